import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RequestContext } from '../../../shared/credentials';
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

/** Only reads at the vendor: items may run in parallel (nodes/shared/router.ts). */
export const readOnly = true;

/**
 * GET /agent_statuses with the doc's JSON body: {"agent_ids": [11, 12], "team_ids": [1]} — each list only when given,
 * `{}` to get every agent. The transport sends a GET body through n8n's request path that keeps it
 * (nodes/shared/getWithBody.ts). CCAI Platform Trigger polls with this same request.
 */
export async function getAgentStatuses(
	this: RequestContext,
	agentIds: number[],
	teamIds: number[],
): Promise<IDataObject[]> {
	const body: IDataObject = {};
	if (agentIds.length) body.agent_ids = agentIds;
	if (teamIds.length) body.team_ids = teamIds;

	const response = await ccaiApiRequest.call(this, 'GET', '/agent_statuses', { body });
	return Array.isArray(response) ? (response as IDataObject[]) : [response as IDataObject];
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const agentIds = parseIntegerList(this, this.getNodeParameter('agentIds', itemIndex), 'Agent IDs', itemIndex);
	const teamIds = parseIntegerList(this, this.getNodeParameter('teamIds', itemIndex), 'Team IDs', itemIndex);
	const rows = await getAgentStatuses.call(this, agentIds, teamIds);
	// Simplified only here: CCAI Platform Trigger builds its own change items from the raw rows.
	return shapeOutput(this, itemIndex, rows, byMapping(CCAI_AGENT_STATUS));
}
