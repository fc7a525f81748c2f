import { sleep } from 'n8n-workflow';

/**
 * Per-account sliding-window pacing (module level, so every item, node and run of this n8n process shares it).
 * Ozonetel: Agent State Summary 5 requests/minute, AHT 50 requests/minute, per account.
 */
export const RATE_LIMITS = {
	summary: 5,
	aht: 50,
} as const;

export type RateLimitBucket = keyof typeof RATE_LIMITS;

const DEFAULT_WINDOW_MS = 60_000;
let windowMs = DEFAULT_WINDOW_MS;

const sent = new Map<string, number[]>();

/** Test hook: shorten the window (tests never wait real minutes); also clears every recorded request. */
export function setRateWindowForTests(ms: number = DEFAULT_WINDOW_MS): void {
	windowMs = ms;
	sent.clear();
}

export function rateWindowMs(): number {
	return windowMs;
}

function recent(key: string, now: number): number[] {
	const kept = (sent.get(key) ?? []).filter((time) => now - time < windowMs);
	sent.set(key, kept);
	return kept;
}

/**
 * Waits until one more request fits in the window for `key` and books it. Call the returned function when the answer
 * has arrived: the booking moves to that moment, the latest the vendor can have counted the request, so a slow
 * request can never make the vendor see more than the limit in its own window.
 */
export async function acquireSlot(key: string, bucket: RateLimitBucket): Promise<() => void> {
	const limit = RATE_LIMITS[bucket];
	for (;;) {
		const now = Date.now();
		const times = recent(key, now);
		if (times.length < limit) {
			const booking = { at: now };
			times.push(now);
			return () => {
				const list = sent.get(key);
				const index = list?.lastIndexOf(booking.at) ?? -1;
				if (list && index >= 0) {
					list.splice(index, 1);
					list.push(Date.now());
					list.sort((a, b) => a - b);
				}
			};
		}
		await sleep(Math.max(1, times[0] + windowMs - now));
	}
}

/**
 * Ozonetel answered "max limit exceeded": someone else (another workflow, instance or tool) uses the same account.
 * Treat the window as full from now on, so the next request waits one whole window.
 */
export function markSaturated(key: string, bucket: RateLimitBucket): void {
	const now = Date.now();
	sent.set(key, new Array<number>(RATE_LIMITS[bucket]).fill(now));
}
