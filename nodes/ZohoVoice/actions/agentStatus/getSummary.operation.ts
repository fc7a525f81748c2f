import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/fields';
import {
	agentIdsField,
	endField,
	excludeOptions,
	queueIdsField,
	readIds,
	readPeriod,
	readSortAndExclusions,
	reportReadyField,
	sortOptions,
	startField,
	timeZoneOption,
} from './fields';
import { fetchAgentPages } from './paging';
import { summaryAgents, summaryRows } from './report';

const properties: INodeProperties[] = [
	startField,
	endField,
	{
		...agentIdsField,
		description: 'Comma-separated agent IDs. Give agent IDs or queue IDs; when both are given Zoho uses only the queues.',
	},
	{
		...queueIdsField,
		description:
			'Comma-separated queue IDs: every agent of these queues. When both agent and queue IDs are given, Zoho uses only the queue IDs.',
	},
	...returnAllOrLimit,
	reportReadyField,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [...excludeOptions, ...sortOptions, timeZoneOption],
	},
];

const displayOptions = { show: { resource: ['agentStatus'], operation: ['getSummary'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * GET statusaudit/overview — totals per agent over the whole period. The doc marks both agentIds and queueIds as
 * required but also says queues win when both are given; we require at least one and send what was given.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const period = readPeriod(this, itemIndex, options);
	const agentIds = readIds(this, itemIndex, 'agentIds', 'Agent IDs');
	const queueIds = readIds(this, itemIndex, 'queueIds', 'Queue IDs');
	if (agentIds.length === 0 && queueIds.length === 0) {
		throw new NodeOperationError(this.getNode(), 'Agent IDs or Queue IDs: give at least one, so Zoho knows whose figures to sum up', {
			itemIndex,
		});
	}
	const qs: IDataObject = { ...period };
	if (agentIds.length) qs.agentIds = agentIds.join(',');
	if (queueIds.length) qs.queueIds = queueIds.join(',');
	Object.assign(qs, readSortAndExclusions(options));
	return await fetchAgentPages(this, itemIndex, 'statusaudit/overview', qs, summaryAgents, summaryRows);
}
