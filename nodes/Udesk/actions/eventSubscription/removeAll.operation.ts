import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { udeskApiRequest } from '../../transport';

export const description: INodeProperties[] = [];

/**
 * DELETE removes every subscribed event; the doc lists no body for it. The server parses a JSON body on this path
 * (POST/PUT need one) and udesk answers "100004 unexpected end of JSON input" where a body is missing. The doc's
 * advice elsewhere is an empty `{}`, but n8n 2.41's httpRequest drops an empty object body, so the doc's body shape
 * with no event, `{"Events": []}`, is sent: harmless if ignored, well-formed if read.
 */
export async function execute(this: IExecuteFunctions): Promise<IDataObject[]> {
	await udeskApiRequest.call(this, 'DELETE', 'webhooks/events', { body: { Events: [] } });
	return [{ deleted: true, Events: [] }];
}
