import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { udeskApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];

const displayOptions = { show: { resource: ['messageSubscription'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** GET subscriptions is not paged: the whole list comes in one answer, the limit is applied here. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex) as boolean;
	const response = await udeskApiRequest.call(this, 'GET', 'subscriptions');
	const rows = Array.isArray(response.Result) ? (response.Result as IDataObject[]) : [];
	if (returnAll) return rows;
	const limit = this.getNodeParameter('limit', itemIndex) as number;
	return rows.slice(0, limit);
}
