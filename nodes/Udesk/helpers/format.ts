import type { IDataObject } from 'n8n-workflow';

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
 * timestamps); values below 10^11 are taken as seconds (10^11 ms is March 1973, 10^11 s is year 5138).
 */
export function epochToIso(value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const number = Number(value);
	if (!Number.isFinite(number) || number <= 0) return undefined;
	const date = new Date(number < 1e11 ? number * 1000 : number);
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

/** A seat (agent) as returned by GET agents / agents/{AgentId}, with StateName and ExtStateName added. */
export function formatAgent(row: IDataObject): IDataObject {
	const out: IDataObject = { ...row };
	const state = enumName(AGENT_STATE_NAMES, row.State);
	if (state !== undefined) out.StateName = state;
	const extState = enumName(EXTENSION_STATE_NAMES, row.ExtState);
	if (extState !== undefined) out.ExtStateName = extState;
	return out;
}
