/**
 * Ozonetel allows at most 10 token generations per account per hour, and every new token invalidates the previous
 * one. This module-level ledger records, per account (API base URL + user name, never the API key), when this n8n
 * process generated tokens, so neither the credential's preAuthentication nor the node's renewal logic can burn
 * through the allowance.
 *
 * The credential file and the node share this module through Node's require cache (n8n loads both from dist/).
 *
 * Everything here is per n8n process: in queue mode every worker keeps its own ledger (see README, "Running at scale").
 */
import { createHash } from 'node:crypto';

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

/** https://{domain}, or the custom base URL, without a trailing slash. */
export function ozonetelBaseUrl(credentials: { domain?: unknown; baseUrl?: unknown }): string {
	if (credentials.domain === 'custom') return String(credentials.baseUrl ?? '').trim().replace(/\/+$/, '');
	return `https://${String(credentials.domain ?? 'in1-ccaas-api.ozonetel.com')}`;
}

/**
 * The latest token this process knows per account *and* API key (a hash of it, never the key), so that two
 * credentials of one account in the same n8n process use one token instead of invalidating each other's: every new
 * Ozonetel token kills the previous one, so two holders that each generate their own would take turns killing each
 * other's token. Per process (module level), like the ledger above: other n8n processes (queue-mode workers) share
 * only the credential stored in n8n's database, which the node re-reads before renewing (see tokenRenewal.ts).
 */
const latestTokens = new Map<string, string>();

export function tokenShareKey(key: string, apiKey: unknown): string {
	return `${key}|${createHash('sha256').update(String(apiKey ?? '')).digest('hex').slice(0, 16)}`;
}

export function rememberToken(shareKey: string, token: unknown): void {
	if (typeof token !== 'string' || token === '') return;
	latestTokens.set(shareKey, token);
	generationClaims.delete(shareKey);
}

/** How long one execution's claim to generate the next token of an account holds the others back (ms). */
export const GENERATION_CLAIM_MS = 5_000;

const generationClaims = new Map<string, number>();

/**
 * Several executions of this process may find the same token rejected at once; only the first may generate the
 * next one (the others wait for it, see tokenRenewal.ts). True when the caller may generate; the claim ends when a
 * token is remembered or after GENERATION_CLAIM_MS.
 */
export function claimGeneration(shareKey: string, now = Date.now()): boolean {
	const claimed = generationClaims.get(shareKey);
	if (claimed !== undefined && now - claimed < GENERATION_CLAIM_MS) return false;
	generationClaims.set(shareKey, now);
	return true;
}

/** The token other credentials of this account in this process last got, unless it is `except` (a rejected one). */
export function sharedToken(shareKey: string, except?: string): string | undefined {
	const token = latestTokens.get(shareKey);
	return token !== undefined && token !== except ? token : undefined;
}

/** Ozonetel rejected `token`: nobody in this process should adopt it any more. */
export function forgetToken(shareKey: string, token: string): void {
	if (latestTokens.get(shareKey) === token) latestTokens.delete(shareKey);
}

/** Test hook: forget every recorded generation and every shared token. */
export function resetTokenLedgerForTests(): void {
	generations.clear();
	latestTokens.clear();
	generationClaims.clear();
}
