import type { INodeProperties } from 'n8n-workflow';

import type { LocatorSpec } from '../../shared/locator';
import { versionedPicker } from '../../shared/locator';

/**
 * udesk's resource locators (node version 1.1), keyed by the version-1 dropdown's loadOptions method; From List is
 * filled by `methods/listSearch.ts` from the doc's list endpoint.
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

/** IVR voice files: GET ivrs/vfiles. */
export const VOICE_FILE_LOCATOR = {
	displayName: 'File Name',
	searchListMethod: 'searchVoiceFiles',
	idPlaceholder: 'e.g. welcome.wav',
} as const;
