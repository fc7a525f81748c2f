import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { udeskApiRequest } from '../../transport';
import { credentialAppId } from './cc';
import { requiredText, taskIdField } from './fields';

const properties: INodeProperties[] = [taskIdField];

const displayOptions = { show: { resource: ['autoDialTask'], operation: ['stopNotification'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const adTaskId = requiredText(this, 'adTaskId', 'Task ID', itemIndex);
	const response = await udeskApiRequest.call(this, 'POST', 'cc_ad_task/stop', {
		body: { app_id: await credentialAppId(this), ad_task_id: adTaskId },
	});
	return [{ ad_task_id: adTaskId, notified: true, code: response.code ?? '000000', message: response.message ?? 'OK' }];
}
