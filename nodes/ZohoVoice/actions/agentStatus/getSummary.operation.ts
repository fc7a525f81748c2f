import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/fields';
import {
	agentIdsField,
	endField,
	excludeOptions,
	optionsField,
	queueIdsField,
	readAgentsAndQueues,
	readPeriod,
	readSortAndExclusions,
	reportReadyField,
	sortOptions,
	startField,
	timeZoneOption,
} from './fields';
import { byMapping, shapeOutput, simplifyProperties } from '../../../shared/simplify';
import { ZOHO_SUMMARY } from '../../helpers/simplify';
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
	...simplifyProperties('agent, seconds available, on call, busy, on break and working'),
	reportReadyField,
	optionsField([...excludeOptions, ...sortOptions, timeZoneOption]),
];

const displayOptions = { show: { resource: ['agentStatus'], operation: ['getSummary'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Only reads at the vendor: items may run in parallel (nodes/shared/router.ts). */
export const readOnly = true;

/**
 * GET statusaudit/overview — totals per agent over the whole period. The doc marks both agentIds and queueIds as
 * required but also says queues win when both are given; we require at least one and send what was given.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const period = readPeriod(this, itemIndex, options);
	const who = readAgentsAndQueues(this, itemIndex);
	if (who.agentIds === undefined && who.queueIds === undefined) {
		throw new NodeOperationError(this.getNode(), 'Agent IDs or Queue IDs: give at least one, so Zoho knows whose figures to sum up', {
			itemIndex,
		});
	}
	const qs: IDataObject = { ...period, ...who, ...readSortAndExclusions(options) };
	const rows = await fetchAgentPages(this, itemIndex, 'statusaudit/overview', qs, summaryAgents, summaryRows);
	return shapeOutput(this, itemIndex, rows, byMapping(ZOHO_SUMMARY));
}
