import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readLimit, returnAllOrLimit } from '../../../shared/fields';
import { byMapping, shapeOutput, simplifyProperties } from '../../../shared/simplify';
import { includePasswordsOption } from '../../helpers/fields';
import { formatAgent } from '../../helpers/format';
import { UDESK_AGENT } from '../../helpers/simplify';
import { invalid } from '../../helpers/validation';
import { udeskRequestAllPages } from '../../transport';

const properties: INodeProperties[] = [
	...returnAllOrLimit,
	includePasswordsOption,
	...simplifyProperties('agent ID and name, state, email, work ID'),
];

const displayOptions = { show: { resource: ['agent'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Only reads at the vendor: items may run in parallel (nodes/shared/router.ts). */
export const readOnly = true;

/** GET agents, walking PageNum with PageSize ≤ 100; one item per agent, StateName/ExtStateName added. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const entered = readLimit(this, itemIndex);
	const returnAll = entered === undefined;
	const limit = returnAll ? 0 : Number(entered);
	if (!returnAll && (!Number.isInteger(limit) || limit < 1)) {
		throw invalid(this, `Limit: "${limit}" is not valid — use a whole number of 1 or more`, itemIndex);
	}
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const includePasswords = options.includePasswords === true;
	const rows = await udeskRequestAllPages.call(this, 'GET', 'agents', {}, 'AgentList', {
		returnAll,
		limit,
		uniqueKey: 'AgentId',
		map: (agent) => formatAgent(agent, { includePasswords }),
	});
	return shapeOutput(this, itemIndex, rows, byMapping(UDESK_AGENT));
}
