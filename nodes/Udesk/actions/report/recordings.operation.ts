import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { byMapping, shapeOutput, simplifyProperties } from '../../../shared/simplify';
import { UDESK_RECORDING } from '../../helpers/simplify';
import { callIdFilter, reportProperties, runCallReport } from './common';

const properties = [
	...reportProperties('Recordings', callIdFilter('Only the recordings of this call; udesk gives it priority over the time range')),
	...simplifyProperties('call ID, start, end, duration, recording URL'),
];

const displayOptions = { show: { resource: ['report'], operation: ['recordings'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Only reads at the vendor: items may run in parallel (nodes/shared/router.ts). */
export const readOnly = true;

/** Call recordings of the last week (the doc's retention), one item per recording with its file URL. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const rows = await runCallReport(this, 'recordings', itemIndex);
	return shapeOutput(this, itemIndex, rows, byMapping(UDESK_RECORDING));
}
