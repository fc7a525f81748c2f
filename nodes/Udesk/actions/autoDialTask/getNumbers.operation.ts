import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { udeskApiRequest } from '../../transport';
import { credentialAppId } from './cc';
import { numberInRange, requiredText, taskIdField } from './fields';

const properties: INodeProperties[] = [
	taskIdField,
	{
		displayName: 'Count',
		name: 'count',
		type: 'number',
		required: true,
		typeOptions: { minValue: 1 },
		default: 10,
		description: 'How many numbers to fetch',
	},
];

const displayOptions = { show: { resource: ['autoDialTask'], operation: ['getNumbers'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const adTaskId = requiredText(this, 'adTaskId', 'Task ID', itemIndex);
	const count = numberInRange(this, 'count', 'Count', itemIndex, {
		min: 1,
		max: Number.MAX_SAFE_INTEGER,
		integer: true,
	});
	const response = await udeskApiRequest.call(this, 'POST', 'cc_ad_task/numbers', {
		body: { app_id: await credentialAppId(this), ad_task_id: adTaskId, count },
	});
	const numbers = Array.isArray(response.results) ? (response.results as IDataObject[]) : [];
	// One item per call: the numbers and whether the task's list is exhausted belong together.
	return [{ ad_task_id: adTaskId, exhausted: response.exhausted === true, count: numbers.length, numbers }];
}
