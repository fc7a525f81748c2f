import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { OperationItems } from '../../../shared/router';
import { callIdFilter, reportProperties, runCallReport } from './common';
import { downloadProperties, withRecordingFiles } from './download';

const properties = reportProperties('Calls', callIdFilter('Only the log of this call; udesk gives it priority over the time range'));

const displayOptions = { show: { resource: ['report'], operation: ['callLogs'] } };

export const description = updateDisplayOptions(displayOptions, [...properties, ...downloadProperties]);

/** Completed calls of the last week (the doc's retention), one item per call, times also as ISO date-times. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[] | OperationItems> {
	const rows = await runCallReport(this, 'callLogs', itemIndex);
	return await withRecordingFiles(this, itemIndex, 'callLogs', rows);
}
