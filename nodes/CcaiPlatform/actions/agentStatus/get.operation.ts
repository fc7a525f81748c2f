import type { IDataObject, IExecuteFunctions, INodeProperties, IPollFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { parseIntegerList } from '../../../shared/validation';
import { ccaiApiRequest } from '../../transport';
import { agentIdsField, teamIdsField } from './fields';

const properties: INodeProperties[] = [
	{
		...agentIdsField,
		description:
			'Comma-separated agent IDs, e.g. 11, 12. Leave both Agent IDs and Team IDs empty to get every agent.',
	},
	{
		...teamIdsField,
		description: 'Comma-separated team IDs; every agent on these teams is returned as well',
	},
];

const displayOptions = { show: { resource: ['agentStatus'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * The seed documents GET /agent_statuses with a JSON body. n8n 2.41's httpRequest helpers drop every GET body before
 * sending (proven in test/n8n-facts.test.ts), so the IDs travel as Rails-style query parameters
 * (agent_ids[]=11&agent_ids[]=12&team_ids[]=1), which the platform's Rails controllers read from the same params hash
 * as a JSON body. To move them back into a body, change `qs` to `body` here and the method to one that may carry one.
 * CCAI Platform Trigger polls with this same request.
 */
export async function getAgentStatuses(
	this: IExecuteFunctions | IPollFunctions,
	agentIds: number[],
	teamIds: number[],
): Promise<IDataObject[]> {
	const qs: IDataObject = {};
	if (agentIds.length) qs.agent_ids = agentIds;
	if (teamIds.length) qs.team_ids = teamIds;

	const response = await ccaiApiRequest.call(this, 'GET', '/agent_statuses', { qs });
	return Array.isArray(response) ? (response as IDataObject[]) : [response as IDataObject];
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const agentIds = parseIntegerList(this, this.getNodeParameter('agentIds', itemIndex), 'Agent IDs', itemIndex);
	const teamIds = parseIntegerList(this, this.getNodeParameter('teamIds', itemIndex), 'Team IDs', itemIndex);
	return await getAgentStatuses.call(this, agentIds, teamIds);
}
