/**
 * Ozonetel allows at most 10 token generations per account per hour, and every new token invalidates the previous
 * one. This module-level ledger records, per account (API base URL + user name, never the API key), when this n8n
 * process generated tokens, so neither the credential's preAuthentication nor the node's renewal logic can burn
 * through the allowance.
 *
 * The credential file and the node share this module through Node's require cache (n8n loads both from dist/).
 */

export const TOKEN_ALLOWANCE_PER_HOUR = 10;

/** Forced renewals (token rejected with HTTP 200 or 401) stop once this many tokens were made in the last hour,
 * leaving the rest of the allowance to other runs, the credential test and the account's other API users. */
export const RENEWAL_BUDGET_PER_HOUR = 5;

const HOUR_MS = 60 * 60 * 1000;

const generations = new Map<string, number[]>();

export function accountKey(baseUrl: string, userName: string): string {
	return `${baseUrl.replace(/\/+$/, '')}|${userName.trim()}`;
}

function recent(key: string, now: number): number[] {
	const kept = (generations.get(key) ?? []).filter((time) => now - time < HOUR_MS);
	generations.set(key, kept);
	return kept;
}

export function generationsInLastHour(key: string, now = Date.now()): number {
	return recent(key, now).length;
}

export function recordGeneration(key: string, now = Date.now()): void {
	recent(key, now).push(now);
}

/** When the oldest generation of the last hour leaves the window (the next allowed generation), as epoch ms. */
export function nextGenerationAllowedAt(key: string, now = Date.now()): number {
	const times = recent(key, now);
	return times.length === 0 ? now : times[0] + HOUR_MS;
}

/** Test hook: forget every recorded generation. */
export function resetTokenLedgerForTests(): void {
	generations.clear();
}

/** https://{domain}, or the custom base URL, without a trailing slash. */
export function ozonetelBaseUrl(credentials: { domain?: unknown; baseUrl?: unknown }): string {
	if (credentials.domain === 'custom') return String(credentials.baseUrl ?? '').trim().replace(/\/+$/, '');
	return `https://${String(credentials.domain ?? 'in1-ccaas-api.ozonetel.com')}`;
}
