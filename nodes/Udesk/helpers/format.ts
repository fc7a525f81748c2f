import type { IDataObject } from 'n8n-workflow';

import { epochToMs } from '../../shared/epoch';

/**
 * Output formatting for udesk answers: enum codes get their names next to them, epoch times an ISO twin.
 * Enum maps from the udesk doc, shared by every udesk operation and trigger that returns these codes, so that outputs
 * carry the name next to the code (reports group by names, not by 0–4).
 */
export const AGENT_STATE_NAMES: Record<string, string> = {
	'0': 'Ready',
	'1': 'Ready for work',
	'2': 'Locked',
	'3': 'In call',
	'4': 'Not available',
};

/**
 * The agent client's state words (doc: "Agent Client Interface": login State defaults to `idle`; setState `busy`,
 * `idle`, `onBreak`; logout goes offline) and the words a server reports for the enum states in state logs and agent
 * state events (`CurState`/`OldState` are strings there). `talking` is not spelled out in the doc but is what a udesk
 * server reports for an agent in a call (enum 3, "In call"); it gets that name.
 */
export const AGENT_CLIENT_STATE_NAMES: Record<string, string> = {
	idle: 'Idle',
	busy: 'Busy',
	onBreak: 'On break',
	offline: 'Offline',
	talking: 'In call',
};

/** "wrap_up", "afterCallWork" → "Wrap up", "After call work": a readable fallback for a state word not listed above. */
function humanise(word: string): string {
	const spaced = word
		.replace(/[_-]+/g, ' ')
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.trim()
		.toLowerCase();
	return spaced === '' ? word : spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * The name of an agent state: the doc's enum 0–4, the client's state words, and (so that no state goes without a
 * name) any other word made readable (`notAvailable` → "Not available", `wrap_up` → "Wrap up"). Only a code that is
 * neither a known number nor a word gets none.
 */
export function agentStateName(code: unknown): string | undefined {
	if (code === undefined || code === null || code === '') return undefined;
	const key = String(code).trim();
	const known = AGENT_STATE_NAMES[key] ?? AGENT_CLIENT_STATE_NAMES[key];
	if (known !== undefined) return known;
	const caseless = Object.keys(AGENT_CLIENT_STATE_NAMES).find((word) => word.toLowerCase() === key.toLowerCase());
	if (caseless !== undefined) return AGENT_CLIENT_STATE_NAMES[caseless];
	return /^[A-Za-z][A-Za-z0-9_ -]*$/.test(key) ? humanise(key) : undefined;
}

export const EXTENSION_STATE_NAMES: Record<string, string> = {
	'0': 'Idle',
	'1': 'Busy',
	'2': 'Online',
	'3': 'Offline',
	'4': 'Invalid',
};

/** The name for a code, or undefined when the code is missing or not in the map (the raw code is kept anyway). */
export function enumName(map: Record<string, string>, code: unknown): string | undefined {
	if (code === undefined || code === null || code === '') return undefined;
	return map[String(code)];
}

/**
 * An epoch value as an ISO 8601 UTC date-time. udesk mixes milliseconds (API timestamps) and seconds (callback
 * timestamps); values below 10^11 are taken as seconds (nodes/shared/epoch.ts: 10 digits are seconds).
 */
export function epochToIso(value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const number = Number(value);
	if (!Number.isFinite(number) || number <= 0) return undefined;
	const date = new Date(epochToMs(number));
	return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Adds `<key>Iso` next to each epoch field present in `row` (the original value is kept). */
export function withIsoTimes(row: IDataObject, keys: string[]): IDataObject {
	const out: IDataObject = { ...row };
	for (const key of keys) {
		const iso = epochToIso(row[key]);
		if (iso !== undefined) out[`${key}Iso`] = iso;
	}
	return out;
}

/**
 * Removes SIP passwords (any `Password` key, at any depth) from a value. Agents list their bound extensions
 * (`Extensions: [Extension]`, the doc's Extension object being {Extension, Password}); those SIP passwords let anyone
 * register the agent's phone, so agent outputs leave them out unless the user asks for them. Extension → Create
 * still returns the password it generated (it is shown only then).
 */
export function withoutPasswords<T>(value: T): T {
	if (Array.isArray(value)) return value.map((entry) => withoutPasswords(entry)) as T;
	if (value === null || typeof value !== 'object') return value;
	const out: IDataObject = {};
	for (const [key, inner] of Object.entries(value as IDataObject)) {
		if (/^password$/i.test(key)) continue;
		out[key] = withoutPasswords(inner);
	}
	return out as T;
}

/**
 * A seat (agent) as returned by GET agents / agents/{AgentId}, with StateName and ExtStateName added and, unless
 * `includePasswords`, without the SIP passwords of its extensions.
 */
export function formatAgent(row: IDataObject, { includePasswords = false }: { includePasswords?: boolean } = {}): IDataObject {
	const out: IDataObject = includePasswords ? { ...row } : withoutPasswords(row);
	const state = agentStateName(row.State);
	if (state !== undefined) out.StateName = state;
	const extState = enumName(EXTENSION_STATE_NAMES, row.ExtState);
	if (extState !== undefined) out.ExtStateName = extState;
	return out;
}
