import type { PaceRule } from '../../shared/pacing';
import { acquirePace, markPaceSaturated, resetPacingForTests } from '../../shared/pacing';

/**
 * Ozonetel's documented limits, per account: Agent State Summary 5 requests/minute, AHT 50 requests/minute. The
 * pacing itself is the package's one sliding-window mechanism (nodes/shared/pacing.ts); this file only names the
 * buckets and the window.
 */
export const RATE_LIMITS = {
	summary: 5,
	aht: 50,
} as const;

export type RateLimitBucket = keyof typeof RATE_LIMITS;

const DEFAULT_WINDOW_MS = 60_000;
let windowMs = DEFAULT_WINDOW_MS;

const KEY_PREFIX = 'ozonetel|';

/** Test hook: shorten the window (tests never wait real minutes); also clears every recorded Ozonetel request. */
export function setRateWindowForTests(ms: number = DEFAULT_WINDOW_MS): void {
	windowMs = ms;
	resetPacingForTests(KEY_PREFIX);
}

export function rateWindowMs(): number {
	return windowMs;
}

/** The pacing rule of one account's bucket (`key` is the account key plus the bucket). */
export function ozonetelPaceRule(key: string, bucket: RateLimitBucket): PaceRule {
	return { key: `${KEY_PREFIX}${key}`, limit: RATE_LIMITS[bucket], windowMs };
}

/** Waits until one more request fits in the account's window and books it; call the result when the answer arrived. */
export async function acquireSlot(key: string, bucket: RateLimitBucket): Promise<() => void> {
	return await acquirePace(ozonetelPaceRule(key, bucket));
}

/** Ozonetel answered "max limit exceeded": the next request waits one whole window. */
export function markSaturated(key: string, bucket: RateLimitBucket): void {
	markPaceSaturated(ozonetelPaceRule(key, bucket));
}
