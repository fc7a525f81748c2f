import type { IDataObject, IExecuteFunctions, INodeProperties, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { parseIntegerList } from '../../../shared/validation';
import { ccaiApiRequest } from '../../transport';
import { agentIdsFields, TEAM_IDS_HINT, teamIdsField } from './fields';

const properties: INodeProperties[] = [
	{
		displayName: 'Status',
		name: 'status',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'Available',
		description:
			'Name of the status to set, e.g. Available, Lunch, Break — as configured in your tenant. System statuses such as In-call cannot be set.',
	},
	...agentIdsFields(
		'Comma-separated agent IDs, e.g. 11, 12. Give agent IDs, team IDs or both.',
		'The agents to change. Give agents, Team IDs or both.',
	),
	{
		...teamIdsField,
		description: `Comma-separated team IDs; every agent on these teams is changed. Give agent IDs, team IDs or both. ${TEAM_IDS_HINT}`,
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Fail If Any Agent Is Not Changed',
				name: 'failOnRefusal',
				type: 'boolean',
				default: false,
				description:
					'Whether to stop with an error when the platform refuses some agents (in a call, offline, logged out). Off: every agent is still returned, refused ones with updated = false and the platform\'s message.',
			},
		],
	},
];

const displayOptions = { show: { resource: ['agentStatus'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const status = String(this.getNodeParameter('status', itemIndex) ?? '').trim();
	if (status === '') {
		throw new NodeOperationError(this.getNode(), 'Status is required: give the name of the status to set, e.g. Available', {
			itemIndex,
		});
	}
	const agentIds = parseIntegerList(this, this.getNodeParameter('agentIds', itemIndex), 'Agent IDs', itemIndex);
	const teamIds = parseIntegerList(this, this.getNodeParameter('teamIds', itemIndex), 'Team IDs', itemIndex);
	if (agentIds.length === 0 && teamIds.length === 0) {
		throw new NodeOperationError(
			this.getNode(),
			'Agent IDs or Team IDs: give at least one, so the platform knows whose status to change',
			{ itemIndex },
		);
	}
	const { failOnRefusal = false } = this.getNodeParameter('options', itemIndex, {}) as {
		failOnRefusal?: boolean;
	};

	const response = await ccaiApiRequest.call(this, 'POST', '/agent_statuses', {
		body: { status, agent_ids: agentIds, team_ids: teamIds },
	});
	const rows = (Array.isArray(response) ? response : [response]) as IDataObject[];
	const results: IDataObject[] = rows.map((row) => ({
		...row,
		updated: row.message === undefined || row.message === null,
	}));

	const refused = results.filter((row) => !row.updated);
	if (failOnRefusal && refused.length > 0) {
		const details = refused.map((row) => `${row.name ?? 'agent'} (${row.agent_id}): ${row.message}`).join('; ');
		const message = `${refused.length} of ${results.length} agents were not changed to "${status}"`;
		throw new NodeApiError(this.getNode(), { message, refused } as unknown as JsonObject, {
			message,
			description: details,
			itemIndex,
		});
	}
	return results;
}
