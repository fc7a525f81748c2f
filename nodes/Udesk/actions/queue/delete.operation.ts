import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readId } from '../../../shared/locator';
import { queueSelectField } from '../../helpers/fields';
import { requireFormat } from '../../helpers/validation';
import { udeskApiRequest } from '../../transport';
import { picker } from '../../helpers/locators';

const properties: INodeProperties[] = [
	...picker(queueSelectField({
		description:
			'The queue to delete; udesk refuses while agents are still bound to it. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	})),
];

const displayOptions = { show: { resource: ['queue'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const queueId = requireFormat(this, readId(this, 'queueId', itemIndex), 'Queue', 'queueId', itemIndex);
	await udeskApiRequest.call(this, 'DELETE', 'queues', { body: { QueueId: queueId } });
	return [{ QueueId: queueId, deleted: true }];
}
