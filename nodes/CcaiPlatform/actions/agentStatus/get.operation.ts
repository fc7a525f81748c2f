import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
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
 * GET /agent_statuses with the doc's JSON body: {"agent_ids": [11, 12], "team_ids": [1]} — each list only when given,
 * `{}` to get every agent. The transport sends a GET body through n8n's request path that keeps it
 * (nodes/shared/getWithBody.ts).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const agentIds = parseIntegerList(this, this.getNodeParameter('agentIds', itemIndex), 'Agent IDs', itemIndex);
	const teamIds = parseIntegerList(this, this.getNodeParameter('teamIds', itemIndex), 'Team IDs', itemIndex);

	const body: IDataObject = {};
	if (agentIds.length) body.agent_ids = agentIds;
	if (teamIds.length) body.team_ids = teamIds;

	const response = await ccaiApiRequest.call(this, 'GET', '/agent_statuses', { body });
	return Array.isArray(response) ? (response as IDataObject[]) : [response as IDataObject];
}
