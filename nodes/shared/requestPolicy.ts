import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import type { PaceRule } from './pacing';
import { acquirePace, markPaceSaturated } from './pacing';

/**
 * The one request policy of the package, used by all four transports (udesk, CCAI Platform, Zoho Voice, Ozonetel):
 *  - reads are sent again after a 5xx, a connection reset or a time-out, with bounded exponential backoff and jitter
 *    (at most READ_ATTEMPTS sends in all);
 *  - a 429 is honoured for every method: the request waits `Retry-After` (or the backoff) and goes again, at most
 *    MAX_RATE_LIMIT_WAITS times — a 429 means the vendor did nothing, so even a write may be resent;
 *  - a write is never sent again after a 5xx or a lost answer (reset, time-out): the vendor may have applied it
 *    (udesk's doc on 500: "the user will not be able to determine if the request was successful");
 *  - optional pacing (pacing.ts) keeps a vendor's documented rate limit before a 429 happens;
 *  - the last answer (or error) is handed back unchanged, so the transport's error carries the vendor's own message.
 * Transports decide what a read is (a GET, or a documented report that uses POST) and how an answer becomes an error.
 */

/** What a transport's send returns: n8n's full response. */
export interface PolicyAnswer {
	statusCode: number;
	headers?: IDataObject;
	body?: unknown;
}

export interface PolicyOptions {
	/** A read (safe to send again after a 5xx or a lost answer). */
	read: boolean;
	/** Pace requests under this rule before they leave. */
	pace?: PaceRule;
}

/** Every send of a read, first one included. */
export const READ_ATTEMPTS = 5;
export const MAX_RATE_LIMIT_WAITS = 3;
/** A Retry-After longer than this is not waited out: the 429 goes to the user with the vendor's message. */
export const MAX_RETRY_AFTER_MS = 60_000;
/** Transports set this as the request time-out: an answer slower than this counts as lost. */
export const REQUEST_TIMEOUT_MS = 60_000;

let baseDelayMs = 250;
let maxDelayMs = 4_000;

/** Test hook: shorter backoff (the defaults are 250 ms doubling up to 4 s). */
export function setRetryDelaysForTests(base = 250, max = 4_000): void {
	baseDelayMs = base;
	maxDelayMs = max;
}

/** Counters since the process started (or the last reset), for tests and benchmarks to report. */
export const policyCounters = { sends: 0, retries: 0, rateLimitWaits: 0 };

export function resetPolicyCountersForTests(): void {
	policyCounters.sends = 0;
	policyCounters.retries = 0;
	policyCounters.rateLimitWaits = 0;
}

const TRANSIENT_CODES = new Set([
	'ECONNRESET',
	'ETIMEDOUT',
	'ECONNABORTED',
	'ESOCKETTIMEDOUT',
	'EPIPE',
	'ECONNREFUSED',
	'EAI_AGAIN',
	'UND_ERR_SOCKET',
	'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

const NETWORK_WORDS: Record<string, string> = {
	ECONNRESET: 'connection reset',
	EPIPE: 'connection broken',
	UND_ERR_SOCKET: 'connection broken',
	ETIMEDOUT: 'timed out',
	ESOCKETTIMEDOUT: 'timed out',
	ECONNABORTED: 'timed out',
	ERR_SOCKET_CONNECTION_TIMEOUT: 'timed out',
	ECONNREFUSED: 'connection refused',
	EAI_AGAIN: 'host name lookup failed',
};

/** The error and the errors it wraps (n8n wraps the HTTP client's error in a NodeApiError; its `cause` is the original). */
function chain(error: unknown): IDataObject[] {
	const out: IDataObject[] = [];
	let current: unknown = error;
	for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
		out.push(current as IDataObject);
		const next = (current as IDataObject).cause ?? (current as IDataObject).reason;
		if (next === current) break;
		current = next;
	}
	return out;
}

function networkCode(error: unknown): string | undefined {
	for (const link of chain(error)) {
		const code = typeof link.code === 'string' ? link.code : typeof link.httpCode === 'string' ? link.httpCode : '';
		if (TRANSIENT_CODES.has(code)) return code;
		const message = typeof link.message === 'string' ? link.message : '';
		if (/socket hang up/i.test(message)) return 'ECONNRESET';
		if (/timeout of \d+ms exceeded/i.test(message)) return 'ETIMEDOUT';
	}
	return undefined;
}

/**
 * The error a user sees when no HTTP answer arrived, built from plain values (never the request, which carries the
 * credential). A read has been tried READ_ATTEMPTS times; a write was sent once and may have been applied, so the
 * message says so instead of n8n's generic "you can retry the request immediately".
 */
export function noAnswerError(
	node: INode,
	vendor: string,
	error: unknown,
	{ read, hint, itemIndex }: { read: boolean; hint?: string; itemIndex?: number },
): NodeApiError {
	const code = networkCode(error);
	// in words: NodeApiError replaces any message that contains a code such as ECONNRESET with its generic text
	const detail = code ? (NETWORK_WORDS[code] ?? 'no answer') : (error as Error)?.message || 'no answer';
	const message = read
		? `Could not reach ${vendor} (${detail})${code ? ` after ${READ_ATTEMPTS} attempts` : ''}`
		: code
			? `${vendor} did not answer (${detail}): the change may or may not have been applied, and it was not sent again`
			: `Could not reach ${vendor} (${detail})`;
	const description = !read && code
		? `Check in ${vendor} whether it was applied before running this item again.${hint ? ` ${hint}` : ''}`
		: hint;
	// no `code` on the error object: NodeApiError would swap the message for its generic one for ECONNRESET & co.
	return new NodeApiError(node, { message } as JsonObject, {
		message,
		description,
		...(itemIndex !== undefined ? { itemIndex } : {}),
	});
}

/** A connection reset, refused connection or time-out: no HTTP answer arrived. */
export function isTransientNetworkError(error: unknown): boolean {
	return chain(error).some((link) => {
		const code = typeof link.code === 'string' ? link.code : typeof link.httpCode === 'string' ? link.httpCode : '';
		if (TRANSIENT_CODES.has(code)) return true;
		const message = typeof link.message === 'string' ? link.message : '';
		return /socket hang up|timeout of \d+ms exceeded|ECONNRESET|ETIMEDOUT/i.test(message);
	});
}

/** The HTTP status and headers a thrown error carries (n8n's OAuth2 path throws on every non-2xx answer). */
export function answerOfError(error: unknown): PolicyAnswer | undefined {
	const links = chain(error);
	let statusCode: number | undefined;
	for (const link of links) {
		const response = link.response as IDataObject | undefined;
		const status = Number(response?.status ?? link.statusCode ?? link.httpCode);
		if (Number.isInteger(status) && status >= 100 && status < 600) {
			statusCode = status;
			break;
		}
	}
	if (statusCode === undefined) return undefined;
	const withHeaders = links.find((link) => typeof (link.response as IDataObject | undefined)?.headers === 'object');
	return { statusCode, headers: ((withHeaders?.response as IDataObject | undefined)?.headers ?? {}) as IDataObject };
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or invalid. */
export function retryAfterMs(headers: IDataObject | undefined, now = Date.now()): number | undefined {
	if (!headers) return undefined;
	const entry = Object.entries(headers).find(([name]) => name.toLowerCase() === 'retry-after');
	const value = entry ? String(entry[1]).trim() : '';
	if (value === '') return undefined;
	if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
	const date = Date.parse(value);
	return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

function backoff(retry: number): number {
	const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** retry);
	// "equal jitter": half fixed, half random, so parallel runs spread out but none retries at once
	return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

/**
 * Sends `send()` under the policy. `send` must resolve with the full answer for every HTTP status it can see (use
 * `ignoreHttpStatusErrors`/`simple: false`) or throw; a thrown error that carries an HTTP status (n8n's OAuth2 path)
 * is judged by that status. Resolves with the last answer or rethrows the last error.
 */
export async function sendWithPolicy<T extends PolicyAnswer>(send: () => Promise<T>, options: PolicyOptions): Promise<T> {
	let retries = 0;
	let rateLimitWaits = 0;
	for (;;) {
		const release = options.pace ? await acquirePace(options.pace) : undefined;
		let answer: T | undefined;
		let failure: unknown;
		let failed = false;
		policyCounters.sends++;
		try {
			answer = await send();
		} catch (error) {
			failed = true;
			failure = error;
		} finally {
			release?.();
		}
		const seen: PolicyAnswer | undefined = failed ? answerOfError(failure) : answer;

		if (seen?.statusCode === 429) {
			if (options.pace) markPaceSaturated(options.pace);
			const wait = retryAfterMs(seen.headers) ?? backoff(rateLimitWaits);
			if (rateLimitWaits < MAX_RATE_LIMIT_WAITS && wait <= MAX_RETRY_AFTER_MS) {
				rateLimitWaits++;
				policyCounters.rateLimitWaits++;
				await sleep(wait);
				continue;
			}
		} else if (options.read && retries < READ_ATTEMPTS - 1) {
			const transient = seen === undefined ? failed && isTransientNetworkError(failure) : seen.statusCode >= 500;
			if (transient) {
				await sleep(backoff(retries));
				retries++;
				policyCounters.retries++;
				continue;
			}
		}
		if (failed) throw failure;
		return answer as T;
	}
}
