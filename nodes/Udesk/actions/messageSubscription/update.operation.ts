import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { udeskApiRequest } from '../../transport';
import { getSubscription } from './get.operation';
import {
	callbackField,
	checkCallback,
	checkEvents,
	checkName,
	eventsField,
	nameField,
	readSubscriptionId,
	subscriptionIdField,
} from './fields';
import { picker } from '../../helpers/locators';

const properties: INodeProperties[] = [
	...picker(subscriptionIdField),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ ...callbackField, required: false },
			{
				displayName: 'Enabled',
				name: 'enable',
				type: 'boolean',
				default: true,
				description: 'Whether udesk sends the events of this subscription',
			},
			{ ...eventsField, required: false },
			{ ...nameField, required: false },
		],
	},
];

const displayOptions = { show: { resource: ['messageSubscription'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * PUT subscriptions/{id} replaces the whole subscription (callback, name, events and enable are all required), so the
 * current subscription is read first and only the fields given here are changed.
 * The doc's parameter table wraps them in a `subscription` object, while its request example sends them flat (with
 * `state` instead of `enable`); the flat form of the example with the table's field names — the shape GET returns — is
 * what is sent.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const id = readSubscriptionId(this, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const changes: IDataObject = {};
	if (fields.name !== undefined) changes.name = checkName(this, fields.name, itemIndex);
	if (fields.callback !== undefined) changes.callback = checkCallback(this, fields.callback, itemIndex);
	if (fields.events !== undefined) changes.events = checkEvents(this, fields.events, itemIndex);
	if (fields.enable !== undefined) changes.enable = fields.enable === true;

	const current = await getSubscription.call(this, id);
	const subscription: IDataObject = {
		callback: current.callback,
		name: current.name,
		events: current.events,
		enable: current.enable,
		...changes,
	};
	await udeskApiRequest.call(this, 'PUT', `subscriptions/${id}`, { body: subscription });
	return [{ id: Number(id), ...subscription }];
}
