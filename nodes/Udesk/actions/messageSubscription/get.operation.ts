import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { udeskApiRequest } from '../../transport';
import { readSubscriptionId, subscriptionIdField } from './fields';
import { picker } from '../../helpers/locators';

const properties: INodeProperties[] = [...picker(subscriptionIdField)];

const displayOptions = { show: { resource: ['messageSubscription'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Only reads at the vendor: items may run in parallel (nodes/shared/router.ts). */
export const readOnly = true;

export async function getSubscription(this: IExecuteFunctions, id: string): Promise<IDataObject> {
	const response = await udeskApiRequest.call(this, 'GET', `subscriptions/${id}`);
	return (response.Result && typeof response.Result === 'object' ? response.Result : {}) as IDataObject;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const id = readSubscriptionId(this, itemIndex);
	const subscription = await getSubscription.call(this, id);
	return [{ id: Number(id), ...subscription }];
}
