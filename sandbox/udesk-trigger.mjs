// Offline helpers for the udesk CTI Cloud Trigger: sign and post callbacks the way udesk does, and keep message
// subscriptions (ccapi v2 `subscriptions`) in memory. Node built-ins only; standalone so it can be plugged into any
// udesk sandbox route table:
//
//   import { createSubscriptionStore, handleSubscriptionRequest, postEvent, deliverEvent } from './udesk-trigger.mjs';
//   const subscriptions = createSubscriptionStore();
//   // in the sandbox handler, AFTER its own signature check, for paths below /ccapi/v2/:
//   const answer = handleSubscriptionRequest(subscriptions, req.method, apiPath, parsedBody);
//   if (answer) { res.writeHead(answer.status, { 'content-type': 'application/json' }); res.end(JSON.stringify(answer.body)); }
//   // later, make udesk "send" an event to every subscription that asked for it:
//   await deliverEvent(subscriptions, { event: 'user_answer', CallId: '…', AgentId: '10031' }, { appId, secret });
import { createHash } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';

/** Callback authentication of the doc: Timestamp in seconds, Sign = SHA1(AppId + Secret + Timestamp), lowercase hex. */
export function signCallback({ appId, secret, timestampSeconds = Math.floor(Date.now() / 1000) }) {
	const Timestamp = String(timestampSeconds);
	return { AppId: appId, Timestamp, Sign: createHash('sha1').update(`${appId}${secret}${Timestamp}`).digest('hex') };
}

/**
 * POSTs one event (a JSON object) to a callback URL with AppId, Timestamp and Sign in the query string (the doc does
 * not say where they travel; the query is what its signed API requests use). Options:
 *  - forged: true sends a signature made with a wrong secret;
 *  - timestampSeconds: sign another moment (stale/future tests);
 *  - placement: 'query' (default) or 'body' (the three fields merged into the JSON body instead);
 *  - rawBody: send this text instead of JSON.stringify(event).
 * Resolves { status, headers, body } (body parsed as JSON when possible).
 */
export function postEvent(callbackUrl, event, { appId, secret, forged = false, timestampSeconds, placement = 'query', rawBody } = {}) {
	const signature = signCallback({ appId, secret: forged ? `${secret}-forged` : secret, timestampSeconds });
	const url = new URL(callbackUrl);
	let payload = event;
	if (placement === 'body') payload = { ...event, ...signature };
	else for (const [key, value] of Object.entries(signature)) url.searchParams.set(key, value);
	const text = rawBody ?? JSON.stringify(payload);
	const client = url.protocol === 'https:' ? https : http;
	return new Promise((resolve, reject) => {
		const request = client.request(
			url,
			{
				method: 'POST',
				headers: { 'content-type': 'application/json;charset=utf-8', 'content-length': Buffer.byteLength(text) },
			},
			(response) => {
				const chunks = [];
				response.on('data', (chunk) => chunks.push(chunk));
				response.on('end', () => {
					const raw = Buffer.concat(chunks).toString('utf8');
					let body = raw;
					try {
						body = JSON.parse(raw);
					} catch {
						// keep the text
					}
					resolve({ status: response.statusCode, headers: response.headers, body });
				});
			},
		);
		request.on('error', reject);
		request.end(text);
	});
}

/**
 * In-memory message subscriptions. IDs are increasing integers (the doc's examples: 1, 2, 7, 8). A name already in
 * use, or a subscription without callback, name or events, lands in sub_fail — the doc does not say why a
 * subscription fails; a duplicate name is the most plausible reason.
 */
export function createSubscriptionStore({ firstId = 1 } = {}) {
	const byId = new Map();
	let nextId = firstId;
	const valid = (sub) =>
		sub && typeof sub.callback === 'string' && sub.callback !== '' && typeof sub.name === 'string' && sub.name !== '' &&
		Array.isArray(sub.events) && sub.events.length > 0;
	return {
		create(subscriptions = []) {
			const result = { sub_succ: [], sub_fail: [] };
			for (const sub of subscriptions) {
				const taken = [...byId.values()].some((existing) => existing.name === sub?.name);
				if (!valid(sub) || taken) {
					result.sub_fail.push(String(sub?.name ?? ''));
					continue;
				}
				const id = nextId++;
				byId.set(id, { callback: sub.callback, name: sub.name, events: [...sub.events], enable: true });
				result.sub_succ.push({ id, name: sub.name });
			}
			return result;
		},
		get(id) {
			const sub = byId.get(Number(id));
			return sub ? structuredClone(sub) : undefined;
		},
		update(id, sub) {
			if (!byId.has(Number(id)) || !valid(sub)) return undefined;
			byId.set(Number(id), { callback: sub.callback, name: sub.name, events: [...sub.events], enable: sub.enable !== false });
			return { [sub.name]: Number(id) };
		},
		delete(id) {
			return byId.delete(Number(id));
		},
		/** As the batch query answers: without IDs. */
		list() {
			return [...byId.values()].map((sub) => structuredClone(sub));
		},
		/** With IDs, for tests and the lead's assertions. */
		entries() {
			return [...byId.entries()].map(([id, sub]) => ({ id, ...structuredClone(sub) }));
		},
		get size() {
			return byId.size;
		},
	};
}

const ok = (Result) => ({ status: 200, body: { ErrCode: '000000', ErrDesc: 'OK', Result } });
const notFound = () => ({ status: 200, body: { ErrCode: '100018', ErrDesc: 'RecordNotFound', Result: null } });
const badBody = () => ({ status: 200, body: { ErrCode: '100004', ErrDesc: 'unexpected end of JSON input', Result: null } });

/**
 * Answers the message-subscription endpoints of ccapi v2 (already authenticated by the caller):
 * POST subscriptions, GET subscriptions, GET/PUT/DELETE subscriptions/{id}. `apiPath` is the path after /ccapi/v2/
 * (with or without leading slash); `body` the parsed JSON body (undefined if none). Returns { status, body } or
 * undefined when the path is not a subscriptions path.
 */
export function handleSubscriptionRequest(store, method, apiPath, body) {
	const path = String(apiPath).replace(/^\/+|\/+$/g, '').split('?')[0];
	const match = /^subscriptions(?:\/([^/]+))?$/.exec(path);
	if (!match) return undefined;
	const id = match[1];
	const verb = String(method).toUpperCase();
	if (id === undefined) {
		if (verb === 'POST') {
			if (!body || !Array.isArray(body.subscriptions)) return badBody();
			return ok(store.create(body.subscriptions));
		}
		if (verb === 'GET') return ok(store.list());
		return { status: 405, body: { ErrCode: '000001', ErrDesc: 'Parameter error', Result: null } };
	}
	if (!/^\d+$/.test(id)) return { status: 200, body: { ErrCode: '000001', ErrDesc: 'ParamsInvalid', Result: null } };
	if (verb === 'GET') {
		const sub = store.get(id);
		return sub ? ok(sub) : notFound();
	}
	if (verb === 'PUT') {
		if (store.get(id) === undefined) return notFound();
		// The doc's table nests it under "subscription", its curl example sends the object itself: accept both.
		const result = store.update(id, body?.subscription ?? body);
		return result ? ok(result) : { status: 200, body: { ErrCode: '000001', ErrDesc: 'Parameter error', Result: null } };
	}
	if (verb === 'DELETE') {
		return store.delete(id) ? ok('') : { status: 200, body: { ErrCode: '000004', ErrDesc: 'Data does not exist', Result: null } };
	}
	return { status: 405, body: { ErrCode: '000001', ErrDesc: 'Parameter error', Result: null } };
}

/**
 * Sends `event` (its name in `event.event`) to every enabled subscription listing that name, signed with
 * { appId, secret }. Resolves one { callback, status, body } per delivery.
 */
export async function deliverEvent(store, event, { appId, secret, ...rest } = {}) {
	const deliveries = [];
	for (const sub of store.list()) {
		if (!sub.enable || !sub.events.includes(event.event)) continue;
		const answer = await postEvent(sub.callback, event, { appId, secret, ...rest });
		deliveries.push({ callback: sub.callback, status: answer.status, body: answer.body });
	}
	return deliveries;
}
