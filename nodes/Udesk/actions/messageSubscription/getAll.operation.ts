import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readLimit, returnAllOrLimit } from '../../../shared/fields';
import { udeskApiRequest } from '../../transport';

const properties: INodeProperties[] = [...returnAllOrLimit];

const displayOptions = { show: { resource: ['messageSubscription'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Only reads at the vendor: items may run in parallel (nodes/shared/router.ts). */
export const readOnly = true;

/** GET subscriptions is not paged: the whole list comes in one answer, the limit is applied here. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const limit = readLimit(this, itemIndex);
	const response = await udeskApiRequest.call(this, 'GET', 'subscriptions');
	const rows = Array.isArray(response.Result) ? (response.Result as IDataObject[]) : [];
	return limit === undefined ? rows : rows.slice(0, limit);
}
