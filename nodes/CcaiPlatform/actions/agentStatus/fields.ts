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
