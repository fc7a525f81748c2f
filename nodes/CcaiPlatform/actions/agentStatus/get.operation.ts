import type { IDataObject, IExecuteFunctions, INodeProperties, IPollFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { byMapping, shapeOutput, simplifyProperties } from '../../../shared/simplify';
import { parseIntegerList } from '../../../shared/validation';
import { CCAI_AGENT_STATUS } from '../../helpers/simplify';
import { ccaiApiRequest } from '../../transport';
import { agentIdsFields, TEAM_IDS_HINT, teamIdsField } from './fields';

const properties: INodeProperties[] = [
	...agentIdsFields(
		'Comma-separated agent IDs, e.g. 11, 12. Leave both Agent IDs and Team IDs empty to get every agent.',
		'The agents to read. Leave both agents and Team IDs empty to get every agent.',
	),
	{
		...teamIdsField,
		description: `Comma-separated team IDs; every agent on these teams is returned as well. ${TEAM_IDS_HINT}`,
	},
	...simplifyProperties('agent ID and name, status, email'),
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
	const rows = await getAgentStatuses.call(this, agentIds, teamIds);
	return shapeOutput(this, itemIndex, rows, byMapping(CCAI_AGENT_STATUS));
}
