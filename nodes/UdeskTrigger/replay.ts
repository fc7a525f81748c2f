import { createHash } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';

/**
 * Replay protection for udesk callbacks. The doc's callback signature is SHA1(AppId + Secret + Timestamp): it covers
 * neither the body nor a nonce, so a captured callback stays valid for the whole timestamp window. A callback is
 * therefore identified by the doc's message ID (`MsgId`, "a unique identifier for each message" in the standard
 * header) or, without one, by a SHA-256 of Timestamp + body, and accepted at most once while its timestamp is inside
 * the window.
 *
 * Where the record lives (what n8n 2.41 lets a trigger share; see README "Replays and duplicate deliveries"):
 *  - a module-level map per workflow + node: one n8n process. The check and the record happen in one synchronous
 *    step, so two deliveries in flight at the same time in one process cannot both pass. This is what holds.
 *  - the workflow's static data (`acceptedCallbacks`), meant to carry the record to other processes and across
 *    restarts. n8n 2.41 does not save it: LiveWebhooks saves static data after a production webhook call only when its
 *    change flag is set, and before that WorkflowRunner.run (establishContextForPersistence) builds a second Workflow
 *    on the same static-data object, which resets the flag — traced in n8n 2.41.1: the record written, the flag
 *    false at the save (README). It is kept, small and bounded, so that an n8n which saves it extends the protection
 *    to other processes without a change here; test/queue/queue.e2e.mjs asserts what n8n stores, so such an n8n
 *    fails there and the README gets updated.
 */
export const REPLAY_STATIC_KEY = 'acceptedCallbacks';

/** Keys tried for the doc's message ID (standard header `MsgId`), top level first, then inside a wrapper. */
export const MSG_ID_KEYS = ['MsgId', 'msgId', 'msg_id', 'MsgID'];

/** At most this many callbacks are kept in static data (which n8n 2.41 does not save from a webhook: see above). */
export const MAX_STORED = 1000;
/** At most this many per workflow + node in the process (memory only). */
export const MAX_IN_PROCESS = 20000;

const inProcess = new Map<string, Map<string, number>>();

/** The identity of one delivery: its MsgId, else a hash of the Timestamp as sent and the exact body. */
export function callbackIdentity(msgId: string | undefined, timestamp: string, bodyText: string): string {
	if (msgId !== undefined && msgId !== '') return `msg:${msgId}`;
	return `sha256:${createHash('sha256').update(`${timestamp}\n${bodyText}`).digest('hex')}`;
}

/**
 * Drops expired records from the front and the oldest beyond `max`. Maps keep insertion order and records are
 * added with (nearly) increasing expiry, so the walk stops at the first live record instead of visiting all.
 */
function prune(entries: Map<string, number>, now: number, max: number): void {
	for (const [key, expires] of entries) {
		if (expires > now && entries.size <= max) break;
		entries.delete(key);
	}
}

export interface AcceptInput {
	/** Workflow ID + node ID: records never cross workflows (or two triggers of one workflow). */
	scope: string;
	/** The node's static data (`getWorkflowStaticData('node')`). */
	staticData: IDataObject;
	identity: string;
	/** Until when a replay of this delivery could still pass the timestamp check (epoch ms). */
	expiresAt: number;
	now: number;
}

/**
 * Check and record in one synchronous step (no await between them, so concurrent deliveries in this process are
 * serialised by the event loop). Returns true for a first delivery (now recorded), false for a replay.
 */
export function acceptOnce({ scope, staticData, identity, expiresAt, now }: AcceptInput): boolean {
	let local = inProcess.get(scope);
	if (local === undefined) {
		local = new Map();
		inProcess.set(scope, local);
	}
	const storedValue = staticData[REPLAY_STATIC_KEY];
	const stored = new Map<string, number>(
		storedValue !== null && typeof storedValue === 'object' && !Array.isArray(storedValue)
			? Object.entries(storedValue as IDataObject).map(([key, value]) => [key, Number(value)] as [string, number])
			: [],
	);
	prune(local, now, MAX_IN_PROCESS);
	prune(stored, now, MAX_STORED);
	if ((local.get(identity) ?? 0) > now || (stored.get(identity) ?? 0) > now) return false;

	local.set(identity, expiresAt);
	stored.set(identity, expiresAt);
	prune(stored, now, MAX_STORED);
	// Assigned as a new object so n8n's observable static data notices the change and saves it.
	staticData[REPLAY_STATIC_KEY] = Object.fromEntries(stored);
	return true;
}

/** Tests only: forget what this process accepted (a fresh n8n process). */
export function resetReplayMemoryForTests(): void {
	inProcess.clear();
}
