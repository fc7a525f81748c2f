import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/fields';
import { runReport, timeFields } from './common';

const properties: INodeProperties[] = [
	...timeFields('Calls'),
	...returnAllOrLimit,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Call ID',
				name: 'callId',
				type: 'string',
				default: '',
				placeholder: 'bc1cc555-0b24-4e1c-9979-a514888ea495',
				description: 'Only the log of this call; udesk gives it priority over the time range',
			},
		],
	},
];

const displayOptions = { show: { resource: ['report'], operation: ['callLogs'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Completed calls of the last week (the doc's retention), one item per call, times also as ISO date-times. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const callId = String(filters.callId ?? '').trim();
	return await runReport(this, 'callLogs', itemIndex, callId ? { CallId: callId } : {}, {
		splitByWindow: callId === '',
	});
}
