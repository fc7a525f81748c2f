import { sleep } from 'n8n-workflow';

/**
 * Sliding-window pacing, the one pacing mechanism of this package (Ozonetel's per-minute limits, CCAI Platform's
 * 10 requests/s). Module level, so every item, node and execution of this n8n process shares a key's window — items
 * read in parallel (nodes/shared/router.ts) included.
 */
export interface RateLimit {
	/** Requests allowed in any window. */
	limit: number;
	windowMs: number;
}

const sent = new Map<string, number[]>();

/** Test hook: forget every recorded request. */
export function clearRateWindows(): void {
	sent.clear();
}

function recent(key: string, now: number, windowMs: number): number[] {
	const kept = (sent.get(key) ?? []).filter((time) => now - time < windowMs);
	sent.set(key, kept);
	return kept;
}

/**
 * Waits until one more request fits in the window for `key` and books it. Call the returned function when the answer
 * has arrived: the booking moves to that moment, the latest the vendor can have counted the request, so a slow
 * request can never make the vendor see more than the limit in its own window. The check and the booking happen
 * without an await between them, so requests started at the same time cannot both take the last slot.
 */
export async function acquireSlot(key: string, { limit, windowMs }: RateLimit): Promise<() => void> {
	for (;;) {
		const now = Date.now();
		const times = recent(key, now, windowMs);
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
 * The vendor said its limit is exceeded: someone else (another workflow, instance or tool) uses the same account.
 * Treat the window as full from now on, so the next request waits one whole window.
 */
export function markSaturated(key: string, { limit }: RateLimit): void {
	const now = Date.now();
	sent.set(key, new Array<number>(limit).fill(now));
}
