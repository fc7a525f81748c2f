import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readId } from '../../../shared/locator';
import { queueSelectField } from '../../helpers/fields';
import { requireFormat } from '../../helpers/validation';
import { udeskApiRequest } from '../../transport';
import { queueBody, queueNameField, queueSettingsField } from './fields';
import { picker } from '../../helpers/locators';

const properties: INodeProperties[] = [
	...picker(queueSelectField()),
	{
		...queueNameField,
		description: 'Name of the queue (QueueName). udesk requires it on every update, even when it does not change.',
	},
	queueSettingsField('udesk sets 0 when left out of an update, so set it again to keep a timeout'),
];

const displayOptions = { show: { resource: ['queue'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const queueId = requireFormat(this, readId(this, 'queueId', itemIndex), 'Queue', 'queueId', itemIndex);
	const body: IDataObject = { QueueId: queueId, ...queueBody(this, itemIndex) };
	await udeskApiRequest.call(this, 'PUT', 'queues', { body });
	return [{ ...body, updated: true }];
}
