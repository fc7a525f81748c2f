import type { INodeProperties } from 'n8n-workflow';

/**
 * Agent picker used by agent and relay-number operations: a dropdown from GET agents (methods/loadOptions getAgents),
 * or any agent ID given as an expression.
 */
export const agentIdField: INodeProperties = {
	displayName: 'Agent Name or ID',
	name: 'agentId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getAgents' },
	default: '',
	required: true,
	description:
		'The agent (seat). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const relayNumberField: INodeProperties = {
	displayName: 'Relay Number Name or ID',
	name: 'relayNumber',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getRelayNumbers' },
	default: '',
	required: true,
	description:
		'One of the application\'s relay numbers. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};
