import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { byMapping, shapeOutput, simplifyProperties } from '../../../shared/simplify';
import { UDESK_RECORDING } from '../../helpers/simplify';
import type { OperationItems } from '../../../shared/router';
import { callIdFilter, reportProperties, runCallReport } from './common';
import { downloadProperties, withRecordingFiles } from './download';

const properties = [
	...reportProperties('Recordings', callIdFilter('Only the recordings of this call; udesk gives it priority over the time range')),
	...simplifyProperties('call ID, start, end, duration, recording URL'),
];

const displayOptions = { show: { resource: ['report'], operation: ['recordings'] } };

export const description = updateDisplayOptions(displayOptions, [...properties, ...downloadProperties]);

/** Only reads at the vendor: items may run in parallel (nodes/shared/router.ts). */
export const readOnly = true;

/** Call recordings of the last week (the doc's retention), one item per recording with its file URL (and, with Download Recording, the file). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[] | OperationItems> {
	const rows = await runCallReport(this, 'recordings', itemIndex);
	return shapeOutput(this, itemIndex, await withRecordingFiles(this, itemIndex, 'recordings', rows), byMapping(UDESK_RECORDING));
}
