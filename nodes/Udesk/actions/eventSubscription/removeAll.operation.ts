import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { udeskApiRequest } from '../../transport';

export const description: INodeProperties[] = [];

/**
 * DELETE removes every subscribed event; the doc lists no body for it. The server parses a JSON body on this path
 * (POST/PUT need one) and udesk answers "100004 unexpected end of JSON input" where a body is missing (the doc's own
 * advice for body-less calls is an empty `{}`), so `{}` is sent: harmless if ignored, well-formed if read.
 */
export async function execute(this: IExecuteFunctions, _itemIndex: number): Promise<IDataObject[]> {
	await udeskApiRequest.call(this, 'DELETE', 'webhooks/events', { body: {} });
	return [{ action: 'removedAll', Events: [] }];
}
