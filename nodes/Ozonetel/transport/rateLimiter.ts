import type { RateLimit } from '../../shared/rateLimiter';
import * as pacing from '../../shared/rateLimiter';

/**
 * Ozonetel's per-account limits, paced by the package's sliding window (nodes/shared/rateLimiter.ts):
 * Agent State Summary 5 requests/minute, AHT 50 requests/minute, per account.
 */
export const RATE_LIMITS = {
	summary: 5,
	aht: 50,
} as const;

export type RateLimitBucket = keyof typeof RATE_LIMITS;

const DEFAULT_WINDOW_MS = 60_000;
let windowMs = DEFAULT_WINDOW_MS;

/** Test hook: shorten the window (tests never wait real minutes); also clears every recorded request. */
export function setRateWindowForTests(ms: number = DEFAULT_WINDOW_MS): void {
	windowMs = ms;
	pacing.clearRateWindows();
}

export function rateWindowMs(): number {
	return windowMs;
}

function rate(bucket: RateLimitBucket): RateLimit {
	return { limit: RATE_LIMITS[bucket], windowMs };
}

/** See acquireSlot in nodes/shared/rateLimiter.ts. */
export async function acquireSlot(key: string, bucket: RateLimitBucket): Promise<() => void> {
	return await pacing.acquireSlot(key, rate(bucket));
}

/** Ozonetel answered "max limit exceeded": the next request waits one whole window. */
export function markSaturated(key: string, bucket: RateLimitBucket): void {
	pacing.markSaturated(key, rate(bucket));
}
