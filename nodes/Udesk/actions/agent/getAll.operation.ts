import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readLimit, returnAllOrLimit } from '../../../shared/fields';
import { includePasswordsOption } from '../../helpers/fields';
import { formatAgent } from '../../helpers/format';
import { invalid } from '../../helpers/validation';
import { udeskRequestAllPages } from '../../transport';

const properties: INodeProperties[] = [...returnAllOrLimit, includePasswordsOption];

const displayOptions = { show: { resource: ['agent'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** GET agents, walking PageNum with PageSize ≤ 100; one item per agent, StateName/ExtStateName added. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const entered = readLimit(this, itemIndex);
	const returnAll = entered === undefined;
	const limit = returnAll ? 0 : Number(entered);
	if (!returnAll && (!Number.isInteger(limit) || limit < 1)) {
		throw invalid(this, `Limit: "${limit}" is not valid — use a whole number of 1 or more`, itemIndex);
	}
	const agents = await udeskRequestAllPages.call(this, 'GET', 'agents', {}, 'AgentList', {
		returnAll,
		limit,
		uniqueKey: 'AgentId',
	});
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const includePasswords = options.includePasswords === true;
	return agents.map((agent) => formatAgent(agent, { includePasswords }));
}
