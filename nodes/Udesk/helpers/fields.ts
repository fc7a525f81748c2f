import type { INodeProperties } from 'n8n-workflow';

import type { LocatorSpec } from '../../shared/locator';
import { versionedPicker } from '../../shared/locator';

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

/**
 * The resource locator (node version 1.1) of each list the account offers, keyed by the version-1 dropdown's
 * loadOptions method; From List is filled by `methods/listSearch.ts` from the doc's list endpoint.
 */
export const AGENT_LOCATOR = { displayName: 'Agent', searchListMethod: 'searchAgents', idPlaceholder: 'e.g. 10031' };

export const RELAY_NUMBER_LOCATOR = {
	displayName: 'Relay Number',
	searchListMethod: 'searchRelayNumbers',
	idPlaceholder: 'e.g. 057126200670',
};

const LOCATORS: Record<string, Omit<LocatorSpec, 'name' | 'description'>> = {
	getAgents: AGENT_LOCATOR,
	getQueues: { displayName: 'Queue', searchListMethod: 'searchQueues', idPlaceholder: 'e.g. 9001' },
	getRelayNumbers: RELAY_NUMBER_LOCATOR,
	getMessageSubscriptions: { displayName: 'Subscription', searchListMethod: 'searchMessageSubscriptions', idPlaceholder: 'e.g. 7' },
};

const EXPRESSION_HINT = /\s*Choose from the list, or specify an ID using an <a href="[^"]*">expression<\/a>\.?/;

/**
 * A version-1 dropdown (`options` with a loadOptions method) and, for version 1.1 on, its resource locator under the
 * same name: put `...picker(field)` where the field was. Read the value with `readId` (nodes/shared/locator.ts).
 */
export function picker(legacy: INodeProperties): INodeProperties[] {
	const method = String(legacy.typeOptions?.loadOptionsMethod ?? '');
	const spec = LOCATORS[method];
	if (spec === undefined) throw new Error(`No resource locator for loadOptions method "${method}"`);
	const text = typeof legacy.description === 'string' ? legacy.description.replace(EXPRESSION_HINT, '').trim() : '';
	return versionedPicker(legacy, { ...spec, description: text === '' ? undefined : text });
}

/** Extensions: no endpoint lists them; From List offers the ones bound to agents (GET agents). */
export const EXTENSION_LOCATOR = {
	displayName: 'Extension',
	searchListMethod: 'searchExtensions',
	idPlaceholder: 'e.g. 8001',
} as const;

/** IVR voice files: GET ivrs/vfiles. */
export const VOICE_FILE_LOCATOR = {
	displayName: 'File Name',
	searchListMethod: 'searchVoiceFiles',
	idPlaceholder: 'e.g. welcome.wav',
} as const;
