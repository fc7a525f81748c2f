import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { limitField, returnAllField } from '../../../shared/fields';
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
	startField,
	timeZoneOption,
} from './fields';
import { byMapping, shapeOutput, simplifyProperties } from '../../../shared/simplify';
import { ZOHO_DAILY_SUMMARY } from '../../helpers/simplify';
import { fetchAgentPages } from './paging';
import { dailyAgents, dailyRows } from './report';

const properties: INodeProperties[] = [
	startField,
	endField,
	{
		...agentIdsField,
		description:
			'Comma-separated agent IDs. Leave agent and queue IDs empty for every agent; when both are given Zoho uses only the queues.',
	},
	{
		...queueIdsField,
		description:
			'Comma-separated queue IDs: every agent of these queues. When both agent and queue IDs are given, Zoho uses only the queue IDs.',
	},
	returnAllField,
	{ ...limitField, description: 'Max number of agents to return (each gives one item per day)' },
	...simplifyProperties('agent, date, seconds available, on call, busy, on break and working'),
	{
		...reportReadyField,
		description:
			'Whether to return one item per agent and day with durations in seconds and "--" as null. Off: Zoho\'s raw response, one item per page.',
	},
	optionsField([...excludeOptions, timeZoneOption]),
];

const displayOptions = { show: { resource: ['agentStatus'], operation: ['getDailySummary'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Only reads at the vendor: items may run in parallel (nodes/shared/router.ts). */
export const readOnly = true;

/** GET statusaudit/calendarSummary — per agent and per day. The doc lists no sort parameters for it. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const period = readPeriod(this, itemIndex, options);
	const qs: IDataObject = { ...period, ...readAgentsAndQueues(this, itemIndex), ...readSortAndExclusions(options) };
	const rows = await fetchAgentPages(this, itemIndex, 'statusaudit/calendarSummary', qs, dailyAgents, dailyRows);
	return shapeOutput(this, itemIndex, rows, byMapping(ZOHO_DAILY_SUMMARY));
}
