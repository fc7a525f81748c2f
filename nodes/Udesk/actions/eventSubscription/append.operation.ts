import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { udeskApiRequest } from '../../transport';
import { categoryFields, eventsBody } from './fields';

const displayOptions = { show: { resource: ['eventSubscription'], operation: ['append'] } };

export const description = updateDisplayOptions(displayOptions, categoryFields);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const events = eventsBody(this, itemIndex);
	await udeskApiRequest.call(this, 'POST', 'webhooks/events', { body: { Events: events } });
	return [{ action: 'appended', Events: events }];
}
