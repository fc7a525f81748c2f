import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { udeskApiRequest } from '../../transport';

const properties: INodeProperties[] = [];

const displayOptions = { show: { resource: ['relayNumber'], operation: ['deleteDefault'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** DELETE spnumbers/default: outbound calls fall back to the system's random choice. */
export async function execute(this: IExecuteFunctions): Promise<IDataObject[]> {
	await udeskApiRequest.call(this, 'DELETE', 'spnumbers/default');
	return [{ deleted: true }];
}
