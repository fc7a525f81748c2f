import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requireFormat } from '../../helpers/validation';
import { udeskApiRequest } from '../../transport';
import { queueBody, queueNameField, queueSettingsField } from './fields';

const properties: INodeProperties[] = [
	{
		displayName: 'Queue ID',
		name: 'queueId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '9001',
		description: 'ID of the new queue: four digits starting with 9. At most 100 queues per application.',
	},
	queueNameField,
	queueSettingsField('udesk default: 60'),
];

const displayOptions = { show: { resource: ['queue'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const queueId = requireFormat(this, this.getNodeParameter('queueId', itemIndex), 'Queue ID', 'queueId', itemIndex);
	const body: IDataObject = { QueueId: queueId, ...queueBody(this, itemIndex) };
	await udeskApiRequest.call(this, 'POST', 'queues', { body });
	return [{ ...body, created: true }];
}
