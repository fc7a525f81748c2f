import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { byMapping, shapeOutput, simplifyProperties } from '../../../shared/simplify';
import { UDESK_CALL_LOG } from '../../helpers/simplify';
import type { OperationItems } from '../../../shared/router';
import { callIdFilter, reportProperties, runCallReport } from './common';
import { downloadProperties, withRecordingFiles } from './download';

const properties = [
	...reportProperties('Calls', callIdFilter('Only the log of this call; udesk gives it priority over the time range')),
	...simplifyProperties('agent, call outcome, start, end, duration, call ID, direction, from, to'),
];

const displayOptions = { show: { resource: ['report'], operation: ['callLogs'] } };

export const description = updateDisplayOptions(displayOptions, [...properties, ...downloadProperties]);

/** Only reads at the vendor: items may run in parallel (nodes/shared/router.ts). */
export const readOnly = true;

/** Completed calls of the last week (the doc's retention), one item per call, times also as ISO date-times. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[] | OperationItems> {
	const rows = await runCallReport(this, 'callLogs', itemIndex);
	return shapeOutput(this, itemIndex, await withRecordingFiles(this, itemIndex, 'callLogs', rows), byMapping(UDESK_CALL_LOG));
}
