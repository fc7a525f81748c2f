import type { IDataObject, IExecuteFunctions, INodeProperties, JsonObject } from 'n8n-workflow';
import { NodeApiError, updateDisplayOptions } from 'n8n-workflow';

import { udeskApiRequest } from '../../transport';
import { callbackField, checkCallback, checkEvents, checkName, eventsField, nameField } from './fields';

const properties: INodeProperties[] = [nameField, callbackField, eventsField];

const displayOptions = { show: { resource: ['messageSubscription'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * One subscription per input item. udesk answers 000000 even when it refuses a subscription and lists the refused
 * names in sub_fail, so a refused subscription is turned into an error here rather than a silent success.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const name = checkName(this, this.getNodeParameter('name', itemIndex), itemIndex);
	const callback = checkCallback(this, this.getNodeParameter('callback', itemIndex), itemIndex);
	const events = checkEvents(this, this.getNodeParameter('events', itemIndex), itemIndex);

	const response = await udeskApiRequest.call(this, 'POST', 'subscriptions', {
		body: { subscriptions: [{ callback, name, events }] },
	});
	const result = (response.Result ?? {}) as IDataObject;
	const succeeded = ((result.sub_succ ?? []) as IDataObject[]).find((entry) => entry.name === name);
	if (succeeded === undefined) {
		const message = `udesk did not create the subscription "${name}"`;
		throw new NodeApiError(this.getNode(), { message, sub_fail: result.sub_fail ?? null } as JsonObject, {
			message,
			description: 'udesk listed it under sub_fail. A subscription with this name may already exist.',
		});
	}
	return [{ id: succeeded.id as number, name, callback, events }];
}
