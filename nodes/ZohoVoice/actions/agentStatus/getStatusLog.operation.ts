import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/fields';
import {
	agentIdsField,
	endField,
	excludeOptions,
	optionsField,
	readIds,
	readPeriod,
	readSortAndExclusions,
	reportReadyField,
	sortOptions,
	startField,
	timeZoneOption,
} from './fields';
import { shapeOutput, simplifyProperties } from '../../../shared/simplify';
import { simplifyStatusLog } from '../../helpers/simplify';
import { fetchAgentPages } from './paging';
import { statusLogAgents, statusLogRows } from './report';

const properties: INodeProperties[] = [
	startField,
	endField,
	{
		...agentIdsField,
		required: true,
		description: 'Comma-separated IDs of the agents whose status changes to list',
	},
	...returnAllOrLimit,
	...simplifyProperties('one item per status period: agent, status, start, end, duration, next status'),
	reportReadyField,
	optionsField([...excludeOptions, ...sortOptions, timeZoneOption]),
];

const displayOptions = { show: { resource: ['agentStatus'], operation: ['getStatusLog'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Only reads at the vendor: items may run in parallel (nodes/shared/router.ts). */
export const readOnly = true;

/** GET statusaudit/list — every status change of the given agents in the period. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const period = readPeriod(this, itemIndex, options);
	const agentIds = readIds(this, itemIndex, 'agentIds', 'Agent IDs');
	if (agentIds.length === 0) {
		throw new NodeOperationError(this.getNode(), 'Agent IDs is required: give at least one agent ID, e.g. 3029000000002015', {
			itemIndex,
		});
	}
	const qs = { ...period, agentIds: agentIds.join(','), ...readSortAndExclusions(options) };
	const rows = await fetchAgentPages(this, itemIndex, 'statusaudit/list', qs, statusLogAgents, (body) =>
		statusLogRows(body, period.tz as string),
	);
	return shapeOutput(this, itemIndex, rows, simplifyStatusLog);
}
