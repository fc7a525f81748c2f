import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { udeskApiRequest } from '../../transport';
import { requiredText, taskIdField } from './fields';

const properties: INodeProperties[] = [taskIdField];

const displayOptions = { show: { resource: ['autoDialTask'], operation: ['stop'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const adTaskId = requiredText(this, 'adTaskId', 'Task ID', itemIndex);
	await udeskApiRequest.call(this, 'POST', 'ads/task/stop', { body: { AdTaskId: adTaskId } });
	return [{ AdTaskId: adTaskId, stopped: true }];
}
