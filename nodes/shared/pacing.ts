import { sleep } from 'n8n-workflow';

/**
 * The one pacing mechanism of the package: a sliding window per key (an account, a tenant), kept at module level so
 * every item, node and run of this n8n process shares it. Used by the request policy (requestPolicy.ts) for CCAI
 * Platform (10 requests/s per tenant) and by Ozonetel (5 and 50 requests/minute per account, see
 * nodes/Ozonetel/transport/rateLimiter.ts).
 *
 * A request is booked when it leaves and re-booked when its answer arrives (the latest moment the vendor can have
 * counted it), so a slow request can never make the vendor see more than `limit` in its own window.
 */
export interface PaceRule {
	/** Who the vendor counts against: e.g. `ccai|https://acme.uc1.ccaiplatform.com`. */
	key: string;
	/** Requests allowed in one window. */
	limit: number;
	windowMs: number;
}

const sent = new Map<string, number[]>();

function recent(key: string, now: number, windowMs: number): number[] {
	const kept = (sent.get(key) ?? []).filter((time) => now - time < windowMs);
	sent.set(key, kept);
	return kept;
}

/**
 * Waits until one more request fits in the window for `rule.key` and books it. Call the returned function when the
 * answer has arrived (or the request failed).
 */
export async function acquirePace(rule: PaceRule): Promise<() => void> {
	for (;;) {
		const now = Date.now();
		const times = recent(rule.key, now, rule.windowMs);
		if (times.length < rule.limit) {
			const booking = now;
			times.push(booking);
			let released = false;
			return () => {
				if (released) return;
				released = true;
				const list = sent.get(rule.key);
				const index = list?.lastIndexOf(booking) ?? -1;
				if (list && index >= 0) {
					list.splice(index, 1);
					list.push(Date.now());
					list.sort((a, b) => a - b);
				}
			};
		}
		await sleep(Math.max(1, times[0] + rule.windowMs - now));
	}
}

/**
 * The vendor said its limit was reached although this process kept under it (someone else uses the same account):
 * treat the window as full from now on, so the next request waits one whole window.
 */
export function markPaceSaturated(rule: PaceRule): void {
	const now = Date.now();
	sent.set(rule.key, new Array<number>(rule.limit).fill(now));
}

/** Test hook: forget every booking (of every key, or of the keys starting with `prefix`). */
export function resetPacingForTests(prefix = ''): void {
	for (const key of [...sent.keys()]) if (key.startsWith(prefix)) sent.delete(key);
}

/** Test hook: how many requests are booked for `key` in the last `windowMs`. */
export function bookedInWindow(key: string, windowMs: number): number {
	return recent(key, Date.now(), windowMs).length;
}
