import { createHash } from 'node:crypto';

import { WebhookContext } from 'n8n-core';

import { packageNode } from '../harness/engine';
import { fakeVendor } from '../harness/http';
import type { ReceivedRequest } from '../harness/http';
import { requireFromRepo, runWithSandboxModule } from '../harness/system';
import { createTriggerHarness, WEBHOOK_BASE, WEBHOOK_TEST_BASE } from '../harness/webhook';

// The same module instances the package loader hands n8n (jest's registry): a fresh n8n process per test.
const { resetReplayMemoryForTests } = requireFromRepo<{ resetReplayMemoryForTests: () => void }>('dist/nodes/UdeskTrigger/replay.js');
const { clearSecretCacheForTests, CACHE_TTL_MS } = requireFromRepo<{ clearSecretCacheForTests: () => void; CACHE_TTL_MS: number }>(
	'dist/nodes/UdeskTrigger/credentialCache.js',
);

/** n8n's logger as the trigger's context sees it (`this.logger`, replaced by a recorder below). */
const logged: Array<{ level: string; message: string; meta: unknown }> = [];
beforeEach(() => {
	resetReplayMemoryForTests();
	clearSecretCacheForTests();
	logged.length = 0;
	// The webhook context's `logger` (n8n's Logger from its DI container) is replaced by a recorder.
	const record = (level: string) => (message: string, meta?: unknown) => logged.push({ level, message, meta });
	const logger = { warn: record('warn'), info: record('info'), debug: record('debug'), error: record('error') };
	jest.spyOn(WebhookContext.prototype, 'logger', 'get').mockReturnValue({ ...logger, scoped: () => logger } as never);
});
afterEach(() => jest.restoreAllMocks());
const HOST = 'http://udesk.test:8043';
const APP_ID = 'a54a8b77-f12d-4ac9-742d-5b2bef5c4d11';
const SECRET = 'dummy-app-secret-5ca7561e1748f1b7';
const AUTH_TOKEN = 'auth-token-xyz';

const credentials = (overrides: Record<string, string> = {}) => ({
	udeskApi: { host: HOST, sid: '123456789abcdef', authToken: AUTH_TOKEN, appId: APP_ID, secret: SECRET, ...overrides },
});

const EVENTS = ['user_answer', 'user_hangup', 'acd_agent_state'];

const trigger = (parameters: Record<string, unknown> = {}) =>
	packageNode('udeskTrigger', { events: EVENTS, ...parameters } as never, {
		name: 'Udesk Trigger',
		id: 'node-trigger-1',
		webhookId: '6b1c1f3e-2a7d-4c5e-9f0a-1d2e3f4a5b6c',
		credentialType: 'udeskApi',
	});

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
const nowSeconds = () => Math.floor(Date.now() / 1000);
const signed = (timestamp: number | string = nowSeconds(), { appId = APP_ID, secret = SECRET } = {}) => ({
	AppId: appId,
	Timestamp: String(timestamp),
	Sign: sha1(`${appId}${secret}${timestamp}`),
});

const PRODUCTION_URL = `${WEBHOOK_BASE}/6b1c1f3e-2a7d-4c5e-9f0a-1d2e3f4a5b6c/webhook`;
const TEST_URL = `${WEBHOOK_TEST_BASE}/6b1c1f3e-2a7d-4c5e-9f0a-1d2e3f4a5b6c/webhook`;
const DEFAULT_NAME = 'n8n wf1 node-trigger-1';

/** A stateful udesk subscriptions endpoint, for the lifecycle tests. */
function subscriptionServer(options: { failCreate?: boolean; failDelete?: boolean } = {}) {
	const store = new Map<number, { callback: string; name: string; events: string[]; enable: boolean }>();
	let nextId = 7;
	let maxLive = 0;
	const vendor = fakeVendor(HOST, (request: ReceivedRequest) => {
		const match = /^\/ccapi\/v2\/subscriptions(?:\/(\d+))?$/.exec(request.path);
		if (!match) return undefined;
		const id = match[1] === undefined ? undefined : Number(match[1]);
		if (request.method === 'POST' && id === undefined) {
			const [sub] = (request.body as { subscriptions: Array<{ callback: string; name: string; events: string[] }> })
				.subscriptions;
			const taken = [...store.values()].some((existing) => existing.name === sub.name);
			if (options.failCreate || taken) {
				return { body: { ErrCode: '000000', ErrDesc: 'OK', Result: { sub_succ: [], sub_fail: [sub.name] } } };
			}
			const newId = nextId++;
			store.set(newId, { ...sub, enable: true });
			maxLive = Math.max(maxLive, store.size);
			return { body: { ErrCode: '000000', ErrDesc: 'OK', Result: { sub_succ: [{ id: newId, name: sub.name }], sub_fail: [] } } };
		}
		if (id !== undefined && request.method === 'GET') {
			const sub = store.get(id);
			return sub
				? { body: { ErrCode: '000000', ErrDesc: 'OK', Result: sub } }
				: { body: { ErrCode: '100018', ErrDesc: 'RecordNotFound', Result: null } };
		}
		if (id !== undefined && request.method === 'DELETE') {
			if (options.failDelete) return { body: { ErrCode: '000003', ErrDesc: 'System internal error', Result: null } };
			return store.delete(id)
				? { body: { ErrCode: '000000', ErrDesc: 'OK', Result: '' } }
				: { body: { ErrCode: '000004', ErrDesc: 'Data does not exist', Result: null } };
		}
		return undefined;
	});
	return { vendor, store, maxLive: () => maxLive, setOptions: (next: typeof options) => Object.assign(options, next) };
}

const signatureQuery = (request: ReceivedRequest) => {
	const { Timestamp, AppId, Sid, Sign } = request.query as Record<string, string>;
	expect(AppId).toBe(APP_ID);
	expect(Sid).toBe('123456789abcdef');
	expect(Sign).toBe(sha1(`123456789abcdef${AUTH_TOKEN}${Timestamp}`));
};

describe('Udesk Trigger → subscription lifecycle', () => {
	test('activation creates one message subscription to the production URL and stores its ID', async () => {
		const server = subscriptionServer();
		const harness = await createTriggerHarness({ node: trigger(), credentials: credentials() });
		await harness.activate();

		expect(server.vendor.received).toHaveLength(1);
		const [request] = server.vendor.received;
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/ccapi/v2/subscriptions');
		signatureQuery(request);
		expect(request.headers['content-type']).toBe('application/json;charset=utf-8');
		expect(request.body).toEqual({
			subscriptions: [{ callback: PRODUCTION_URL, name: DEFAULT_NAME, events: EVENTS }],
		});
		expect(harness.nodeStaticData()).toEqual({ subscriptions: { [PRODUCTION_URL]: '7' } });
	});

	test('a custom subscription name is sent as is', async () => {
		const server = subscriptionServer();
		const harness = await createTriggerHarness({
			node: trigger({ options: { subscriptionName: 'crm-calls' } }),
			credentials: credentials(),
		});
		await harness.activate();
		expect((server.vendor.received[0].body as { subscriptions: Array<{ name: string }> }).subscriptions[0].name).toBe(
			'crm-calls',
		);
	});

	test('checkExists confirms the stored subscription (same callback and events, any order) and nothing is created', async () => {
		const server = subscriptionServer();
		server.store.set(7, { callback: PRODUCTION_URL, name: DEFAULT_NAME, events: [...EVENTS].reverse(), enable: true });
		const harness = await createTriggerHarness({
			node: trigger(),
			credentials: credentials(),
			staticData: { 'node:Udesk Trigger': { subscriptions: { [PRODUCTION_URL]: '7' } } },
		});
		await harness.activate();
		expect(server.vendor.received.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /ccapi/v2/subscriptions/7']);
		signatureQuery(server.vendor.received[0]);
		expect(server.store.size).toBe(1);
	});

	test('a stored subscription the server no longer has is re-created', async () => {
		const server = subscriptionServer();
		const harness = await createTriggerHarness({
			node: trigger(),
			credentials: credentials(),
			staticData: { 'node:Udesk Trigger': { subscriptions: { [PRODUCTION_URL]: '3' } } },
		});
		await harness.activate();
		expect(server.vendor.received.map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET /ccapi/v2/subscriptions/3',
			'POST /ccapi/v2/subscriptions',
		]);
		expect(harness.nodeStaticData()).toEqual({ subscriptions: { [PRODUCTION_URL]: '7' } });
	});

	test('a stored subscription with other events is deleted before the new one is created (no orphan)', async () => {
		const server = subscriptionServer();
		server.store.set(5, { callback: PRODUCTION_URL, name: 'old', events: ['begin'], enable: true });
		const harness = await createTriggerHarness({
			node: trigger(),
			credentials: credentials(),
			staticData: { 'node:Udesk Trigger': { subscriptions: { [PRODUCTION_URL]: '5' } } },
		});
		await harness.activate();
		expect(server.vendor.received.map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET /ccapi/v2/subscriptions/5',
			'DELETE /ccapi/v2/subscriptions/5',
			'POST /ccapi/v2/subscriptions',
		]);
		expect([...server.store.keys()]).toEqual([7]);
		expect(harness.nodeStaticData()).toEqual({ subscriptions: { [PRODUCTION_URL]: '7' } });
	});

	test('n8n moved (a new WEBHOOK_URL): the old production subscription is deleted, the new one created under the same name', async () => {
		const server = subscriptionServer();
		const OLD_URL = 'http://old-host.example:5678/webhook/wh-1/webhook';
		const OLD_TEST_URL = 'http://old-host.example:5678/webhook-test/wh-1/webhook';
		server.store.set(5, { callback: OLD_URL, name: DEFAULT_NAME, events: EVENTS, enable: true });
		server.store.set(6, { callback: OLD_TEST_URL, name: `${DEFAULT_NAME} (test)`, events: EVENTS, enable: true });
		const harness = await createTriggerHarness({
			node: trigger(),
			credentials: credentials(),
			staticData: { 'node:Udesk Trigger': { subscriptions: { [OLD_URL]: '5', [OLD_TEST_URL]: '6' } } },
		});
		await harness.activate();
		expect(server.vendor.received.map((r) => `${r.method} ${r.path}`)).toEqual([
			'DELETE /ccapi/v2/subscriptions/5',
			'POST /ccapi/v2/subscriptions',
		]);
		expect(server.vendor.received[1].body).toEqual({ subscriptions: [{ callback: PRODUCTION_URL, name: DEFAULT_NAME, events: EVENTS }] });
		// the test-URL subscription is the editor's, not this activation's: left alone
		expect([...server.store.keys()].sort()).toEqual([6, 7]);
		expect(harness.nodeStaticData()).toEqual({ subscriptions: { [OLD_TEST_URL]: '6', [PRODUCTION_URL]: '7' } });
	});

	test('sub_fail fails activation with the subscription name and stores nothing', async () => {
		subscriptionServer({ failCreate: true });
		const harness = await createTriggerHarness({ node: trigger(), credentials: credentials() });
		await expect(harness.activate()).rejects.toThrow(`udesk refused the subscription "${DEFAULT_NAME}" (sub_fail)`);
		expect(harness.nodeStaticData()).toEqual({ subscriptions: {} });
	});

	test('an error code fails activation with udesk’s own message', async () => {
		fakeVendor(HOST, () => ({ body: { ErrCode: '100002', ErrDesc: 'AppId AppNotFound or forbidden', Result: null } }));
		const harness = await createTriggerHarness({ node: trigger(), credentials: credentials() });
		await expect(harness.activate()).rejects.toThrow('udesk error 100002: AppId AppNotFound or forbidden');
	});

	test('a checkExists failure other than "not found" fails activation instead of creating a duplicate', async () => {
		const vendor = fakeVendor(HOST, () => ({ status: 401, body: { ErrCode: '401', ErrDesc: 'Sign invalid' } }));
		const harness = await createTriggerHarness({
			node: trigger(),
			credentials: credentials(),
			staticData: { 'node:Udesk Trigger': { subscriptions: { [PRODUCTION_URL]: '7' } } },
		});
		await expect(harness.activate()).rejects.toThrow('udesk error 401: Sign invalid');
		expect(vendor.received.map((r) => r.method)).toEqual(['GET']);
	});

	test('deactivation deletes the stored subscription and forgets it; a second deactivation sends nothing', async () => {
		const server = subscriptionServer();
		const harness = await createTriggerHarness({ node: trigger(), credentials: credentials() });
		await harness.activate();
		expect(await harness.deactivate()).toBe(true);
		const deletion = server.vendor.received[1];
		expect(`${deletion.method} ${deletion.path}`).toBe('DELETE /ccapi/v2/subscriptions/7');
		signatureQuery(deletion);
		expect(server.store.size).toBe(0);
		expect(harness.nodeStaticData()).toEqual({ subscriptions: {} });
		expect(await harness.deactivate()).toBe(true);
		expect(server.vendor.received).toHaveLength(2);
	});

	test('a subscription already gone on the server counts as deleted', async () => {
		const server = subscriptionServer();
		const harness = await createTriggerHarness({
			node: trigger(),
			credentials: credentials(),
			staticData: { 'node:Udesk Trigger': { subscriptions: { [PRODUCTION_URL]: '42' } } },
		});
		expect(await harness.deactivate()).toBe(true);
		expect(server.vendor.received.map((r) => `${r.method} ${r.path}`)).toEqual(['DELETE /ccapi/v2/subscriptions/42']);
		expect(harness.nodeStaticData()).toEqual({ subscriptions: {} });
	});

	test('a failed deletion keeps the ID so the next activation reuses the subscription', async () => {
		const server = subscriptionServer();
		const harness = await createTriggerHarness({ node: trigger(), credentials: credentials() });
		await harness.activate();
		server.setOptions({ failDelete: true });
		expect(await harness.deactivate()).toBe(false);
		expect(harness.nodeStaticData()).toEqual({ subscriptions: { [PRODUCTION_URL]: '7' } });
		server.setOptions({ failDelete: false });
		await harness.activate();
		expect(server.vendor.received.map((r) => r.method)).toEqual(['POST', 'DELETE', 'GET']);
		expect(server.store.size).toBe(1);
	});

	test('100 activate/deactivate cycles leave no orphan and never two live subscriptions', async () => {
		const server = subscriptionServer();
		const harness = await createTriggerHarness({ node: trigger(), credentials: credentials() });
		for (let cycle = 0; cycle < 100; cycle++) {
			await harness.activate();
			expect(server.store.size).toBe(1);
			await harness.deactivate();
			expect(server.store.size).toBe(0);
		}
		expect(server.maxLive()).toBe(1);
		const methods = server.vendor.received.map((r) => r.method);
		expect(methods.filter((m) => m === 'POST')).toHaveLength(100);
		expect(methods.filter((m) => m === 'DELETE')).toHaveLength(100);
		expect(harness.nodeStaticData()).toEqual({ subscriptions: {} });
	});

	test('test mode subscribes the test URL under its own name and key, and cleans up without touching production', async () => {
		const server = subscriptionServer();
		const harness = await createTriggerHarness({ node: trigger(), credentials: credentials() });
		await harness.activate();
		await harness.activate(true);
		expect(server.vendor.received[1].body).toEqual({
			subscriptions: [{ callback: TEST_URL, name: `${DEFAULT_NAME} (test)`, events: EVENTS }],
		});
		expect(harness.nodeStaticData()).toEqual({ subscriptions: { [PRODUCTION_URL]: '7', [TEST_URL]: '8' } });
		await harness.deactivate(true);
		expect(server.vendor.received[2].path).toBe('/ccapi/v2/subscriptions/8');
		expect([...server.store.keys()]).toEqual([7]);
		expect(harness.nodeStaticData()).toEqual({ subscriptions: { [PRODUCTION_URL]: '7' } });
	});

	test('activation without an App Secret is refused before any request, saying where the Secret is', async () => {
		const vendor = fakeVendor(HOST, () => undefined);
		const harness = await createTriggerHarness({ node: trigger(), credentials: credentials({ secret: '' }) });
		const error = await harness.activate().then(
			() => undefined,
			(caught: Error & { description?: string }) => caught,
		);
		expect(error?.message).toBe('The udesk credential has no App Secret, so callbacks cannot be verified');
		expect(error?.description).toContain('"Secret" field of the create-application response');
		expect(vendor.received).toHaveLength(0);
	});

	test('with verification explicitly off, activation works without a Secret', async () => {
		const server = subscriptionServer();
		const harness = await createTriggerHarness({
			node: trigger({ verifySignature: false }),
			credentials: credentials({ secret: '' }),
		});
		await harness.activate();
		expect(server.store.size).toBe(1);
	});

	test('activation without events is refused before any request', async () => {
		const vendor = fakeVendor(HOST, () => undefined);
		const harness = await createTriggerHarness({ node: trigger({ events: [] }), credentials: credentials() });
		await expect(harness.activate()).rejects.toThrow('Events: select at least one event to subscribe to');
		expect(vendor.received).toHaveLength(0);
	});
});

const ANSWER_EVENT = {
	event: 'user_answer',
	CallId: 'bc1cc555-0b24-4e1c-9979-a514888ea495',
	AgentId: '10031',
	DestNumber: '13716429603',
};

async function harnessFor(parameters: Record<string, unknown> = {}, creds = credentials()) {
	return await createTriggerHarness({ node: trigger(parameters), credentials: creds });
}

/**
 * Refused like n8n's own triggers: a bare 401 "Unauthorized" that names no check; the reason is in n8n's log (warn),
 * and neither the answer nor the log holds the Secret.
 */
const expectRefused = (response: { status: number; body: unknown; executed: boolean }, reason: string) => {
	expect(response.status).toBe(401);
	expect(response.executed).toBe(false);
	expect(response.body).toBe('Unauthorized');
	const refusals = logged.filter((entry) => entry.level === 'warn' && entry.message.includes('callback refused'));
	expect(refusals.map((entry) => entry.message)).toEqual([`udesk Trigger "Udesk Trigger": callback refused (401): ${reason}`]);
	expect(JSON.stringify(logged)).not.toContain(SECRET);
	logged.length = 0;
};

describe('Udesk Trigger → callback verification', () => {
	test('a correctly signed callback (query string, seconds) starts the workflow with the event on top', async () => {
		const harness = await harnessFor();
		const before = Date.now();
		const response = await harness.receive({ query: signed(), body: ANSWER_EVENT });
		expect(response.status).toBe(200);
		expect(response.executed).toBe(true);
		expect(response.items).toEqual([
			{
				...ANSWER_EVENT,
				event: 'user_answer',
				callId: 'bc1cc555-0b24-4e1c-9979-a514888ea495',
				agentId: '10031',
				receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
			},
		]);
		const receivedAt = Date.parse(String(response.items[0].receivedAt));
		expect(receivedAt).toBeGreaterThanOrEqual(before - 1);
		expect(receivedAt).toBeLessThanOrEqual(Date.now());
		expect(response.run?.error).toBeUndefined();
	});

	test('trigger parameters given by expression are resolved by n8n (stored values are read without it)', async () => {
		const harness = await harnessFor({ events: '={{ ["user_answer"] }}', verifySignature: '={{ true }}' });
		const accepted = await harness.receive({ query: signed(), body: ANSWER_EVENT });
		expect([accepted.status, accepted.executed]).toEqual([200, true]);
		const forged = await harness.receive({ query: { ...signed(), Sign: 'f'.repeat(40) }, body: { ...ANSWER_EVENT, CallId: 'other' } });
		expect([forged.status, forged.executed]).toEqual([401, false]);
		logged.length = 0;
		const other = await harness.receive({ query: signed(), body: { ...ANSWER_EVENT, event: 'end', CallId: 'third' } });
		expect([other.status, other.executed, other.body]).toEqual([200, false, { message: 'Event not selected in the trigger: ignored' }]);
	});

	test('the parameters are also accepted in the JSON body (the doc does not say where they travel)', async () => {
		const harness = await harnessFor();
		const response = await harness.receive({ body: { ...ANSWER_EVENT, ...signed() } });
		expect(response.executed).toBe(true);
	});

	test('a millisecond Timestamp is accepted when the signature covers it', async () => {
		const harness = await harnessFor();
		const response = await harness.receive({ query: signed(Date.now()), body: ANSWER_EVENT });
		expect(response.executed).toBe(true);
	});

	test('an upper-case hex Sign is accepted', async () => {
		const harness = await harnessFor();
		const query = signed();
		const response = await harness.receive({ query: { ...query, Sign: query.Sign.toUpperCase() }, body: ANSWER_EVENT });
		expect(response.executed).toBe(true);
	});

	test('a forged Sign is refused', async () => {
		const harness = await harnessFor();
		const query = signed();
		const forged = (query.Sign.startsWith('0') ? '1' : '0') + query.Sign.slice(1);
		expectRefused(await harness.receive({ query: { ...query, Sign: forged }, body: ANSWER_EVENT }), 'Sign does not match');
	});

	test('a Sign made with another Secret is refused', async () => {
		const harness = await harnessFor();
		expectRefused(
			await harness.receive({ query: signed(nowSeconds(), { secret: 'another-secret' }), body: ANSWER_EVENT }),
			'Sign does not match',
		);
	});

	test('another application’s correctly signed callback is refused', async () => {
		const harness = await harnessFor();
		expectRefused(
			await harness.receive({
				query: signed(nowSeconds(), { appId: 'd30fe35c-995d-4921-55b8-ad21b476bbb8' }),
				body: ANSWER_EVENT,
			}),
			'AppId does not match',
		);
	});

	test.each([
		['stale (seconds)', () => nowSeconds() - 301],
		['future (seconds)', () => nowSeconds() + 301],
		['stale (milliseconds)', () => Date.now() - 301_000],
		['future (milliseconds)', () => Date.now() + 301_000],
	])('a %s Timestamp outside the default 300 s window is refused', async (_label, timestamp) => {
		const harness = await harnessFor();
		expectRefused(
			await harness.receive({ query: signed(timestamp()), body: ANSWER_EVENT }),
			'Timestamp is outside the allowed window',
		);
	});

	test('a Timestamp just inside the window is accepted', async () => {
		const harness = await harnessFor();
		const response = await harness.receive({ query: signed(nowSeconds() - 295), body: ANSWER_EVENT });
		expect(response.executed).toBe(true);
	});

	test('the window is configurable', async () => {
		const harness = await harnessFor({ options: { toleranceSeconds: 10 } });
		expectRefused(
			await harness.receive({ query: signed(nowSeconds() - 60), body: ANSWER_EVENT }),
			'Timestamp is outside the allowed window',
		);
		expect((await harness.receive({ query: signed(nowSeconds() - 2), body: ANSWER_EVENT })).executed).toBe(true);
	});

	test.each(['AppId', 'Timestamp', 'Sign'])('a callback without %s is refused', async (name) => {
		const harness = await harnessFor();
		const query: Record<string, string> = signed();
		delete query[name];
		expectRefused(await harness.receive({ query, body: ANSWER_EVENT }), `${name} is missing`);
	});

	test.each([
		['Timestamp', { Timestamp: '17e8' }, 'Timestamp is malformed'],
		['Timestamp', { Timestamp: '-1' }, 'Timestamp is malformed'],
		['Sign', { Sign: 'abc' }, 'Sign is malformed'],
		['Sign', { Sign: 'z'.repeat(40) }, 'Sign is malformed'],
		['Sign', { Sign: ['a'.repeat(40), 'b'.repeat(40)] }, 'Sign is malformed'],
		['AppId', { AppId: 'x'.repeat(200) }, 'AppId is malformed'],
	])('a malformed %s is refused (%p)', async (_name, override, reason) => {
		const harness = await harnessFor();
		expectRefused(await harness.receive({ query: { ...signed(), ...override }, body: ANSWER_EVENT }), reason);
	});

	test('a body above 1 MiB is refused without being parsed', async () => {
		const harness = await harnessFor();
		const huge = JSON.stringify({ ...ANSWER_EVENT, padding: 'x'.repeat(1024 * 1024) });
		expectRefused(await harness.receive({ query: signed(), body: {}, rawBody: huge }), 'Body is too large');
	});

	test('a body that is not JSON is refused', async () => {
		const harness = await harnessFor();
		expectRefused(
			await harness.receive({ query: signed(), body: {}, rawBody: '{"event": "user_answer",' }),
			'Body is not valid JSON',
		);
	});

	test('a JSON body that is not an object is refused', async () => {
		const harness = await harnessFor();
		expectRefused(await harness.receive({ query: signed(), body: [ANSWER_EVENT] }), 'Body is not a JSON object');
	});

	test('when the credential lost its Secret, callbacks are refused', async () => {
		const harness = await harnessFor({}, credentials({ secret: '' }));
		expectRefused(
			await harness.receive({ query: signed(), body: ANSWER_EVENT }),
			'The udesk credential has no App ID or App Secret',
		);
	});

	test('with verification off, an unsigned callback starts the workflow', async () => {
		const harness = await harnessFor({ verifySignature: false }, credentials({ secret: '' }));
		const response = await harness.receive({ body: ANSWER_EVENT });
		expect(response.executed).toBe(true);
		expect(response.items[0].event).toBe('user_answer');
	});

	test('test-mode callbacks are verified the same way', async () => {
		const harness = await harnessFor();
		expectRefused(await harness.receive({ test: true, body: ANSWER_EVENT }), 'AppId is missing');
		expect((await harness.receive({ test: true, query: signed(), body: ANSWER_EVENT })).executed).toBe(true);
	});
});

describe('Udesk Trigger → event filtering and output', () => {
	test('the webhook leaves responseData empty so that n8n answers with the node\'s webhookResponse', () => {
		// n8n 2.41 fills a missing responseData with 'firstEntryJson' and then sends that literal text as the body
		// (webhook-on-received-response-extractor). An empty string makes it fall back to webhookResponse, which the
		// test above expects; test/e2e/examples.e2e.mjs checks the answer of the real n8n.
		const { UdeskTrigger } = requireFromRepo<{ UdeskTrigger: new () => { description: { webhooks: unknown } } }>(
			'dist/nodes/UdeskTrigger/UdeskTrigger.node.js',
		);
		expect(new UdeskTrigger().description.webhooks).toEqual([
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', responseData: '', path: 'webhook' },
		]);
	});

	test('an event the user did not select is acknowledged with 200 and nothing runs', async () => {
		const harness = await harnessFor();
		const response = await harness.receive({ query: signed(), body: { ...ANSWER_EVENT, event: 'begin' } });
		expect(response).toEqual({
			status: 200,
			body: { message: 'Event not selected in the trigger: ignored' },
			executed: false,
			items: [],
		});
	});

	test('a callback without an event name is acknowledged and dropped', async () => {
		const harness = await harnessFor();
		const withoutName: Record<string, unknown> = { ...ANSWER_EVENT };
		delete withoutName.event;
		const response = await harness.receive({ query: signed(), body: withoutName });
		expect(response.status).toBe(200);
		expect(response.executed).toBe(false);
	});

	test('an unverified callback is refused before filtering, even for an unselected event', async () => {
		const harness = await harnessFor();
		expectRefused(await harness.receive({ body: { ...ANSWER_EVENT, event: 'begin' } }), 'AppId is missing');
	});

	test('names and IDs wrapped in data, with snake_case keys, are lifted to the top', async () => {
		const harness = await harnessFor();
		const body = { data: { evt: 'acd_agent_state', agent_id: '62', call_id: 'c-1', CurState: 'idle' } };
		const response = await harness.receive({ query: signed(), body });
		expect(response.items).toEqual([
			{ ...body, event: 'acd_agent_state', agentId: '62', callId: 'c-1', receivedAt: expect.any(String) },
		]);
	});

	test('the event name field can be set explicitly (dotted path)', async () => {
		const harness = await harnessFor({ options: { eventField: 'payload.kind' } });
		const body = { event: 'begin', payload: { kind: 'user_hangup' } };
		const response = await harness.receive({ query: signed(), body });
		expect(response.items).toEqual([{ ...body, event: 'user_hangup', receivedAt: expect.any(String) }]);
	});
});

describe('Udesk Trigger → replays and duplicate deliveries', () => {
	const IGNORED = { status: 200, body: { message: 'Callback already received: ignored' }, executed: false, items: [] };

	test('an identical signed delivery re-sent 2 s later runs once', async () => {
		const harness = await harnessFor();
		const query = signed();
		const first = await harness.receive({ query, body: ANSWER_EVENT });
		expect(first.executed).toBe(true);
		const realNow = Date.now();
		jest.spyOn(Date, 'now').mockReturnValue(realNow + 2000);
		expect(await harness.receive({ query, body: ANSWER_EVENT })).toEqual(IGNORED);
		expect(logged.filter((entry) => entry.level === 'info').map((entry) => entry.message)).toEqual([
			'udesk Trigger "Udesk Trigger": callback already accepted, not run again (replay or duplicate delivery)',
		]);
	});

	test('two identical deliveries in flight at the same time run once', async () => {
		const harness = await harnessFor();
		const query = signed();
		const answers = await Promise.all([
			harness.receive({ query, body: ANSWER_EVENT }),
			harness.receive({ query, body: ANSWER_EVENT }),
			harness.receive({ query, body: ANSWER_EVENT }),
		]);
		expect(answers.filter((answer) => answer.executed)).toHaveLength(1);
		expect(answers.filter((answer) => !answer.executed)).toEqual([IGNORED, IGNORED]);
	});

	test('with a MsgId, the MsgId identifies the delivery (a replay with another body is dropped)', async () => {
		const harness = await harnessFor();
		const withId = { ...ANSWER_EVENT, MsgId: 'b9e3a5f0-msg-1' };
		expect((await harness.receive({ query: signed(), body: withId })).executed).toBe(true);
		expect(await harness.receive({ query: signed(), body: { ...withId, DestNumber: '13900000000' } })).toEqual(IGNORED);
		// another message with everything else equal is a new delivery
		expect((await harness.receive({ query: signed(), body: { ...withId, MsgId: 'b9e3a5f0-msg-2' } })).executed).toBe(true);
	});

	test('without a MsgId, body + Timestamp identify it: the same body at another Timestamp runs again', async () => {
		const harness = await harnessFor();
		expect((await harness.receive({ query: signed(nowSeconds() - 1), body: ANSWER_EVENT })).executed).toBe(true);
		expect((await harness.receive({ query: signed(nowSeconds()), body: ANSWER_EVENT })).executed).toBe(true);
		expect((await harness.receive({ query: signed(nowSeconds()), body: { ...ANSWER_EVENT, DestNumber: '1' } })).executed).toBe(true);
	});

	test('records are per workflow: the same delivery to another workflow runs there', async () => {
		const one = await harnessFor();
		const other = await createTriggerHarness({ node: trigger(), credentials: credentials(), workflowId: 'wf2' });
		const query = signed();
		expect((await one.receive({ query, body: ANSWER_EVENT })).executed).toBe(true);
		expect((await other.receive({ query, body: ANSWER_EVENT })).executed).toBe(true);
		expect((await other.receive({ query, body: ANSWER_EVENT })).executed).toBe(false);
	});

	test('the record is written to the workflow static data, and a process that loads it drops the replay (n8n 2.41 does not save it from a webhook: README)', async () => {
		const harness = await harnessFor();
		const query = signed();
		const body = { ...ANSWER_EVENT, MsgId: 'msg-77' };
		expect((await harness.receive({ query, body })).executed).toBe(true);
		const stored = harness.nodeStaticData().acceptedCallbacks as Record<string, number>;
		expect(Object.keys(stored)).toEqual(['msg:msg-77']);
		// expires when the Timestamp leaves the window (Timestamp + 300 s)
		expect(stored['msg:msg-77']).toBe(Number(query.Timestamp) * 1000 + 300_000);

		// Another n8n process: empty memory, but the static data n8n saved after the first call.
		resetReplayMemoryForTests();
		const elsewhere = await createTriggerHarness({
			node: trigger(),
			credentials: credentials(),
			staticData: JSON.parse(JSON.stringify(harness.workflow.staticData)),
		});
		expect(await elsewhere.receive({ query, body })).toEqual(IGNORED);
		// …while a process that has neither would run it again: the static data is what carries it across.
		resetReplayMemoryForTests();
		const blank = await createTriggerHarness({ node: trigger(), credentials: credentials() });
		expect((await blank.receive({ query, body })).executed).toBe(true);
	});

	test('expired records are dropped from static data when the next callback is recorded', async () => {
		const harness = await harnessFor({ options: { toleranceSeconds: 10 } });
		expect((await harness.receive({ query: signed(), body: { ...ANSWER_EVENT, MsgId: 'old' } })).executed).toBe(true);
		const realNow = Date.now();
		jest.spyOn(Date, 'now').mockReturnValue(realNow + 11_000);
		const later = signed(Math.floor((realNow + 11_000) / 1000));
		expect((await harness.receive({ query: later, body: { ...ANSWER_EVENT, MsgId: 'new' } })).executed).toBe(true);
		expect(Object.keys(harness.nodeStaticData().acceptedCallbacks as object)).toEqual(['msg:new']);
	});

	test('a forged copy of an accepted delivery is still a bare 401, logged', async () => {
		const harness = await harnessFor();
		const query = signed();
		expect((await harness.receive({ query, body: ANSWER_EVENT })).executed).toBe(true);
		const forged = { ...query, Sign: sha1('forged') };
		expectRefused(await harness.receive({ query: forged, body: ANSWER_EVENT }), 'Sign does not match');
	});
});

describe('Udesk Trigger → credential cache (per process)', () => {
	test('N callbacks within the TTL read the credential once', async () => {
		const harness = await harnessFor();
		const reads = jest.spyOn(harness.credentialsHelper, 'getDecrypted');
		for (let index = 0; index < 5; index++) {
			const response = await harness.receive({ query: signed(), body: { ...ANSWER_EVENT, MsgId: `m-${index}` } });
			expect(response.executed).toBe(true);
		}
		expect(reads.mock.calls.filter(([, , type]) => type === 'udeskApi')).toHaveLength(1);
	});

	test('after the TTL the credential is read again', async () => {
		const harness = await harnessFor();
		const reads = jest.spyOn(harness.credentialsHelper, 'getDecrypted');
		expect((await harness.receive({ query: signed(), body: { ...ANSWER_EVENT, MsgId: 'a' } })).executed).toBe(true);
		const realNow = Date.now();
		jest.spyOn(Date, 'now').mockReturnValue(realNow + CACHE_TTL_MS + 1);
		const later = signed(Math.floor((realNow + CACHE_TTL_MS + 1) / 1000));
		expect((await harness.receive({ query: later, body: { ...ANSWER_EVENT, MsgId: 'b' } })).executed).toBe(true);
		expect(reads.mock.calls.filter(([, , type]) => type === 'udeskApi')).toHaveLength(2);
	});

	test('a forged callback reads the credential once: a value read for this very callback is not read again', async () => {
		const harness = await harnessFor();
		const reads = jest.spyOn(harness.credentialsHelper, 'getDecrypted');
		expectRefused(await harness.receive({ query: { ...signed(), Sign: sha1('forged') }, body: ANSWER_EVENT }), 'Sign does not match');
		expect(reads.mock.calls.filter(([, , type]) => type === 'udeskApi')).toHaveLength(1);
	});

	test('a rotated App Secret is picked up at once: on a mismatch the credential is re-read before refusing', async () => {
		const harness = await harnessFor();
		const reads = jest.spyOn(harness.credentialsHelper, 'getDecrypted');
		expect((await harness.receive({ query: signed(), body: { ...ANSWER_EVENT, MsgId: 'before' } })).executed).toBe(true);

		const rotated = 'rotated-secret-0f1e2d3c';
		await harness.credentialsHelper.updateCredentials({ id: '1', name: 'udeskApi account' }, 'udeskApi', {
			...credentials().udeskApi,
			secret: rotated,
		});
		const response = await harness.receive({ query: signed(nowSeconds(), { secret: rotated }), body: { ...ANSWER_EVENT, MsgId: 'after' } });
		expect(response.executed).toBe(true);
		expect(reads.mock.calls.filter(([, , type]) => type === 'udeskApi')).toHaveLength(2);

		// the old secret no longer passes (one more fresh read, then a bare 401), and nothing logs either secret
		expectRefused(await harness.receive({ query: signed(), body: { ...ANSWER_EVENT, MsgId: 'old' } }), 'Sign does not match');
		expect(JSON.stringify(logged)).not.toContain(rotated);
	});
});

describe('Udesk Trigger ↔ sandbox/udesk-trigger.mjs', () => {
	// The sandbox is plain ESM for the end-to-end suite; it runs in its own node process here.
	const sandbox = (code: string): unknown => JSON.parse(runWithSandboxModule('udesk-trigger.mjs', code));

	test('signCallback produces what the trigger accepts, and a forged one what it refuses', async () => {
		const harness = await harnessFor();
		const timestampSeconds = nowSeconds();
		const good = sandbox(
			`console.log(JSON.stringify(s.signCallback({ appId: ${JSON.stringify(APP_ID)}, secret: ${JSON.stringify(SECRET)}, timestampSeconds: ${timestampSeconds} })))`,
		) as Record<string, string>;
		expect(good).toEqual(signed(timestampSeconds));
		expect((await harness.receive({ query: good, body: ANSWER_EVENT })).executed).toBe(true);
		const bad = sandbox(
			`console.log(JSON.stringify(s.signCallback({ appId: ${JSON.stringify(APP_ID)}, secret: 'wrong', timestampSeconds: ${timestampSeconds} })))`,
		) as Record<string, string>;
		expectRefused(await harness.receive({ query: bad, body: ANSWER_EVENT }), 'Sign does not match');
	});

	test('the sandbox subscription store answers create / get / delete as the trigger expects', () => {
		const answers = sandbox(`
			const store = s.createSubscriptionStore({ firstId: 7 });
			const sub = { callback: 'http://n8n/webhook/x', name: 'n', events: ['begin'] };
			console.log(JSON.stringify([
				s.handleSubscriptionRequest(store, 'POST', 'subscriptions', { subscriptions: [sub, sub] }),
				s.handleSubscriptionRequest(store, 'GET', '/subscriptions/7'),
				s.handleSubscriptionRequest(store, 'DELETE', 'subscriptions/7'),
				s.handleSubscriptionRequest(store, 'GET', 'subscriptions/7'),
				s.handleSubscriptionRequest(store, 'GET', 'agents'),
				store.size,
			]));`);
		expect(answers).toEqual([
			{ status: 200, body: { ErrCode: '000000', ErrDesc: 'OK', Result: { sub_succ: [{ id: 7, name: 'n' }], sub_fail: ['n'] } } },
			{
				status: 200,
				body: {
					ErrCode: '000000',
					ErrDesc: 'OK',
					Result: { callback: 'http://n8n/webhook/x', name: 'n', events: ['begin'], enable: true },
				},
			},
			{ status: 200, body: { ErrCode: '000000', ErrDesc: 'OK', Result: '' } },
			{ status: 200, body: { ErrCode: '100018', ErrDesc: 'RecordNotFound', Result: null } },
			null,
			0,
		]);
	});
});
