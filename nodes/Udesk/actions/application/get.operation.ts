import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { udeskApiRequest } from '../../transport';

const properties: INodeProperties[] = [];

const displayOptions = { show: { resource: ['application'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * GET apps for the credential's application. The answer also carries the application Secret; it is dropped here
 * (secrets never travel through workflow data) and `HasSecret` says whether the application has one.
 */
export async function execute(this: IExecuteFunctions): Promise<IDataObject[]> {
	const response = await udeskApiRequest.call(this, 'GET', 'apps');
	const { Secret, ...result } = (response.Result ?? {}) as IDataObject;
	return [{ ...result, HasSecret: typeof Secret === 'string' && Secret !== '' }];
}
