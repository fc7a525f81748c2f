import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { udeskApiRequest } from '../../transport';
import { categoryFields, eventsBody } from './fields';

const displayOptions = { show: { resource: ['eventSubscription'], operation: ['replace'] } };

export const description = updateDisplayOptions(displayOptions, categoryFields);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const events = eventsBody(this, itemIndex);
	await udeskApiRequest.call(this, 'PUT', 'webhooks/events', { body: { Events: events } });
	return [{ action: 'replaced', Events: events }];
}
