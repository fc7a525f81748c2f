import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { udeskApiRequest } from '../../transport';
import { readSubscriptionId, subscriptionIdField } from './fields';
import { picker } from '../../helpers/locators';

const properties: INodeProperties[] = [...picker(subscriptionIdField)];

const displayOptions = { show: { resource: ['messageSubscription'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const id = readSubscriptionId(this, itemIndex);
	await udeskApiRequest.call(this, 'DELETE', `subscriptions/${id}`);
	return [{ id: Number(id), deleted: true }];
}
