import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { udeskApiRequest } from '../../transport';
import { numberInRange, ratioField, requiredText, taskIdField } from './fields';

const properties: INodeProperties[] = [taskIdField, ratioField];

const displayOptions = { show: { resource: ['autoDialTask'], operation: ['updateRatio'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const adTaskId = requiredText(this, 'adTaskId', 'Task ID', itemIndex);
	const adTaskRatio = numberInRange(this, 'adTaskRatio', 'Ratio', itemIndex, { min: 1, max: 5 });
	await udeskApiRequest.call(this, 'POST', 'ads/task/update_ratio', {
		body: { AdTaskId: adTaskId, AdTaskRatio: adTaskRatio },
	});
	return [{ AdTaskId: adTaskId, AdTaskRatio: adTaskRatio, updated: true }];
}
