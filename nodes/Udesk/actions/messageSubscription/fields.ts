import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { ALL_EVENTS, eventOptions } from '../../helpers/events';

export const subscriptionIdField: INodeProperties = {
	displayName: 'Subscription Name or ID',
	name: 'subscriptionId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getMessageSubscriptions' },
	required: true,
	default: '',
	description:
		'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
};

export const nameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'crm-calls',
	description: 'Name of the subscription',
};

export const callbackField: INodeProperties = {
	displayName: 'Callback URL',
	name: 'callback',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'https://example.com/udesk/events',
	description: 'URL udesk posts the subscribed events to',
};

export const eventsField: INodeProperties = {
	displayName: 'Events',
	name: 'events',
	type: 'multiOptions',
	required: true,
	options: eventOptions(ALL_EVENTS),
	default: [],
	description: 'Events sent to the callback URL',
};

/** The subscription ID as udesk numbers it (1, 2, 7 in the doc); anything else is refused before any request. */
export function readSubscriptionId(ctx: IExecuteFunctions, itemIndex: number): string {
	const id = String(ctx.getNodeParameter('subscriptionId', itemIndex, '') ?? '').trim();
	if (!/^\d+$/.test(id)) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Subscription Name or ID: "${id}" is not a subscription ID — choose one from the list or give its number, e.g. 7`,
			{ itemIndex },
		);
	}
	return id;
}

export function checkName(ctx: IExecuteFunctions, value: unknown, itemIndex: number): string {
	const name = String(value ?? '').trim();
	if (name === '') throw new NodeOperationError(ctx.getNode(), 'Name is required: give the subscription a name, e.g. crm-call-events', { itemIndex });
	return name;
}

export function checkCallback(ctx: IExecuteFunctions, value: unknown, itemIndex: number): string {
	const callback = String(value ?? '').trim();
	let url: URL | undefined;
	try {
		url = new URL(callback);
	} catch {
		url = undefined;
	}
	if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Callback URL: "${callback}" is not an http(s) URL, e.g. https://example.com/udesk/events`,
			{ itemIndex },
		);
	}
	return callback;
}

export function checkEvents(ctx: IExecuteFunctions, value: unknown, itemIndex: number): string[] {
	const events = (Array.isArray(value) ? value : String(value ?? '').split(','))
		.map((event) => String(event).trim())
		.filter((event) => event !== '');
	if (events.length === 0) {
		throw new NodeOperationError(ctx.getNode(), 'Events: choose at least one event', { itemIndex });
	}
	const unknown = events.filter((event) => !ALL_EVENTS.includes(event));
	if (unknown.length) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Events: "${unknown.join('", "')}" is not a udesk event — choose from the list`,
			{ itemIndex },
		);
	}
	return [...new Set(events)];
}
