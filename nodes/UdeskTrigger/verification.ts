import { createHash, timingSafeEqual } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';

/**
 * udesk callback authentication ("Callback Authentication" in the ccapi v2 doc):
 *   AppId, Timestamp (seconds since 1970-01-01 UTC) and Sign = SHA1(AppId + Secret + Timestamp), Secret being the
 *   application Secret returned when the application was created.
 * The doc lists the three as "callback Request Parameters" without saying where they travel. Every other signed
 * request in the doc carries its signature parameters in the URL query string, so the query is read first; as the
 * doc is ambiguous, a parameter missing from the query is also looked up at the top level of a JSON body. This list
 * is the one place that decision lives.
 */
export const SIGNATURE_SOURCES = ['query', 'body'] as const;

/** Default accepted clock difference between udesk and n8n, in seconds. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** Timestamps from this value up are read as milliseconds (1e12 ms = 2001-09-09; 1e12 s is ~31,000 years away). */
const MILLISECONDS_FROM = 1e12;

/** Callbacks are a few hundred bytes; anything above this is refused without being looked at. */
export const MAX_BODY_BYTES = 1024 * 1024;

export function callbackSign(appId: string, secret: string, timestamp: string | number): string {
	return createHash('sha1').update(`${appId}${secret}${timestamp}`).digest('hex');
}

export interface VerificationInput {
	query: IDataObject;
	body: IDataObject;
	appId: string;
	secret: string;
	toleranceSeconds: number;
	nowMs: number;
}

export type VerificationResult = { ok: true } | { ok: false; reason: string };

function pick(input: VerificationInput, name: string): unknown {
	for (const source of SIGNATURE_SOURCES) {
		const value = input[source][name];
		if (value !== undefined && value !== null && value !== '') return value;
	}
	return undefined;
}

function single(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value === 'string') return value;
	return undefined; // arrays (repeated query keys), objects, booleans: malformed
}

const fail = (reason: string): VerificationResult => ({ ok: false, reason });

/** A callback Timestamp as epoch ms: the doc says seconds; values from 10^12 up are taken as milliseconds. */
function toMs(timestamp: string): number {
	const value = Number(timestamp);
	return value >= MILLISECONDS_FROM ? value : value * 1000;
}

/** The callback's Timestamp as sent (text, '' when absent) and, when it is digits, as epoch ms. */
export function callbackTimestamp(query: IDataObject, body: IDataObject): { text: string; ms?: number } {
	const text = single(pick({ query, body, appId: '', secret: '', toleranceSeconds: 0, nowMs: 0 }, 'Timestamp')) ?? '';
	return /^\d{1,16}$/.test(text) ? { text, ms: toMs(text) } : { text };
}

/** Checks one callback. Never returns or throws anything that contains the Secret or the expected signature. */
export function verifyCallback(input: VerificationInput): VerificationResult {
	const appIdValue = pick(input, 'AppId');
	const timestampValue = pick(input, 'Timestamp');
	const signValue = pick(input, 'Sign');
	if (appIdValue === undefined) return fail('AppId is missing');
	if (timestampValue === undefined) return fail('Timestamp is missing');
	if (signValue === undefined) return fail('Sign is missing');

	const appId = single(appIdValue);
	const timestamp = single(timestampValue);
	const sign = single(signValue);
	if (appId === undefined || appId.length > 128) return fail('AppId is malformed');
	if (timestamp === undefined || !/^\d{1,16}$/.test(timestamp)) return fail('Timestamp is malformed');
	if (sign === undefined || !/^[0-9a-fA-F]{40}$/.test(sign)) return fail('Sign is malformed');

	if (appId.trim().toLowerCase() !== input.appId.trim().toLowerCase()) return fail('AppId does not match');

	const timestampMs = toMs(timestamp);
	if (Math.abs(input.nowMs - timestampMs) > input.toleranceSeconds * 1000) {
		return fail('Timestamp is outside the allowed window');
	}

	// Both sides are 20 bytes once decoded from 40 hex characters (checked above), as timingSafeEqual requires.
	const expected = Buffer.from(callbackSign(appId, input.secret, timestamp), 'hex');
	const received = Buffer.from(sign, 'hex');
	if (expected.length !== received.length || !timingSafeEqual(expected, received)) {
		return fail('Sign does not match');
	}
	return { ok: true };
}

/** Keys tried, in order, for the event name, the call ID and the agent ID of a callback. */
export const EVENT_KEYS = ['event', 'Event', 'EventName', 'event_name', 'EventType', 'event_type', 'evt', 'Evt'];
export const CALL_ID_KEYS = ['CallId', 'call_id', 'callId', 'CallID', 'callid'];
export const AGENT_ID_KEYS = ['AgentId', 'agent_id', 'agentId', 'AgentID', 'agentid'];
/** Nested objects a payload may wrap its fields in. */
const WRAPPERS = ['data', 'Data', 'Result', 'result', 'payload'];

function scalar(value: unknown): string | undefined {
	if (typeof value === 'string' && value !== '') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return undefined;
}

/** Finds the first of `keys` at the top level of the body, then inside a wrapper object. A dotted path is followed as is. */
export function findField(body: IDataObject, keys: string[]): string | undefined {
	for (const key of keys) {
		if (key.includes('.')) {
			let current: unknown = body;
			for (const part of key.split('.')) {
				current = current && typeof current === 'object' ? (current as IDataObject)[part] : undefined;
			}
			const found = scalar(current);
			if (found !== undefined) return found;
			continue;
		}
		const found = scalar(body[key]);
		if (found !== undefined) return found;
	}
	for (const wrapper of WRAPPERS) {
		const inner = body[wrapper];
		if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
			for (const key of keys) {
				const found = scalar((inner as IDataObject)[key]);
				if (found !== undefined) return found;
			}
		}
	}
	return undefined;
}
