import type { INodeProperties } from 'n8n-workflow';

/** Options from the udesk doc for agent (seat) fields. */
export const AGENT_ROLE_OPTIONS = [
	{ name: 'Agent', value: 'agent' },
	{ name: 'Leader', value: 'leader' },
];

export const CALL_MODE_OPTIONS = [
	{ name: 'IP Phone (VoIP)', value: 'voip' },
	{ name: 'Mobile Phone', value: 'cellphone' },
];

/** Queue picker filled from the account (loadOptions `getQueues`), with an ID by expression as the fallback. */
export function queueSelectField(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Queue Name or ID',
		name: 'queueId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getQueues' },
		required: true,
		default: '',
		description:
			'Queue ID: four digits starting with 9. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		...overrides,
	} as INodeProperties;
}

/** Agent picker filled from the account (loadOptions `getAgents`), with an ID by expression as the fallback. */
export function agentSelectField(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Agent Name or ID',
		name: 'agentId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getAgents' },
		required: true,
		default: '',
		description:
			'The agent (seat) ID, digits. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		...overrides,
	} as INodeProperties;
}

/** The agent picker as the agent and relay-number operations word it. */
export const agentIdField: INodeProperties = agentSelectField({
	description:
		'The agent (seat). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
});

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

/** Agent Get / Get Many: SIP passwords of bound extensions are left out unless this is on (helpers/format.ts). */
export const includePasswordsOption: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	options: [
		{
			displayName: 'Include Extension Passwords',
			name: 'includePasswords',
			type: 'boolean',
			default: false,
			description:
				'Whether to keep the SIP passwords of the agent\'s extensions in the output. Off: every Password field is left out, as anyone who has one can register the agent\'s phone.',
		},
	],
};
