import type { INodeProperties } from 'n8n-workflow';

export const agentIdsField: INodeProperties = {
	displayName: 'Agent IDs',
	name: 'agentIds',
	type: 'string',
	default: '',
	placeholder: '11, 12',
};

export const teamIdsField: INodeProperties = {
	displayName: 'Team IDs',
	name: 'teamIds',
	type: 'string',
	default: '',
	placeholder: '1',
};

/** Node versions from which agents are picked from the tenant's list (version 1 keeps the text field). */
const PICKER_VERSIONS = [{ _cnd: { gte: 1.1 } }];

/**
 * Agent IDs as the operation shows them: version 1 the comma-separated text field, version 1.1 on a multi-select of
 * every agent (loadOptions getAgents). Both are read by parseIntegerList, which takes "11, 12" or an array.
 */
export function agentIdsFields(description: string, pickerDescription: string): INodeProperties[] {
	return [
		{ ...agentIdsField, description, displayOptions: { show: { '@version': [1] } } },
		{
			displayName: 'Agent Names or IDs',
			name: 'agentIds',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getAgents' },
			default: [],
			description: `${pickerDescription} Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>`,
			displayOptions: { show: { '@version': PICKER_VERSIONS } },
		},
	];
}

/** Team IDs stay typed in every version: the seed documents no endpoint that lists teams. */
export const TEAM_IDS_HINT = 'Typed, not picked: CCAI Platform\'s API documents no endpoint that lists teams.';
