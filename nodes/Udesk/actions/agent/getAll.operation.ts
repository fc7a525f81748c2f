import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { formatAgent } from '../../helpers/format';
import { invalid } from '../../helpers/validation';
import { udeskRequestAllPages } from '../../transport';

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

const displayOptions = { show: { resource: ['agent'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** GET agents, walking PageNum with PageSize ≤ 100; one item per agent, StateName/ExtStateName added. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? 0 : Number(this.getNodeParameter('limit', itemIndex, 50));
	if (!returnAll && (!Number.isInteger(limit) || limit < 1)) {
		throw invalid(this, `Limit: "${limit}" is not valid — use a whole number of 1 or more`, itemIndex);
	}
	const agents = await udeskRequestAllPages.call(this, 'GET', 'agents', {}, 'AgentList', {
		returnAll,
		limit,
		uniqueKey: 'AgentId',
	});
	return agents.map(formatAgent);
}
