/**
 * The shared request policy (nodes/shared/requestPolicy.ts) as each transport uses it, with the vendor faked at the
 * socket: what is resent, what is not, what the user sees at the end.
 */
import { packageNode, runWorkflow } from './harness/engine';
import { fakeVendor } from './harness/http';
import { requireFromRepo } from './harness/system';
import { credentials as udeskCredentials, HOST as UDESK, ok, udesk } from './udesk/part3.helpers';
import { statusListExample } from './zohoVoice/fixtures';

const ZOHO = 'https://voice.zoho.com';
const zohoCredentials = () => ({
	zohoVoiceOAuth2Api: {
		dataCenter: 'us',
		clientId: '1000.CLIENTID',
		clientSecret: 'client-secret-xyz',
		oauthTokenData: { access_token: '1000.access', refresh_token: '1000.refresh', token_type: 'Bearer', expires_in: 3600 },
	},
});
const statusLog = () =>
	packageNode(
		'zohoVoice',
		{
			resource: 'agentStatus',
			operation: 'getStatusLog',
			start: '2024-10-16T00:00:00',
			end: '2024-10-23T00:00:00',
			agentIds: '3029000000002015',
			returnAll: false,
			limit: 50,
			options: {},
		} as never,
		{ name: 'Zoho', credentialType: 'zohoVoiceOAuth2Api' },
	);

const SERVER_ERROR = { status: 500, body: { ErrCode: '000003', ErrDesc: 'System internal error', Result: null } };

let policy: { setRetryDelaysForTests(base?: number, max?: number): void };
beforeAll(() => {
	policy = requireFromRepo('dist/nodes/shared/requestPolicy.js');
	// the shipped backoff is 250 ms doubling to 4 s; these tests only count requests
	policy.setRetryDelaysForTests(5, 20);
});
afterAll(() => {
	policy.setRetryDelaysForTests();
});

test('udesk read: a 500 on every send gives up after 5 sends with udesk\'s own message', async () => {
	const vendor = fakeVendor(UDESK, () => SERVER_ERROR);
	const result = await runWorkflow({ nodes: [udesk({ resource: 'queue', operation: 'getAll' })], credentials: udeskCredentials() });
	expect(vendor.received).toHaveLength(5);
	expect(result.error?.name).toBe('NodeApiError');
	expect(result.error?.message).toBe('udesk error 000003: System internal error');
});

test('udesk read: 500, then a good answer → one retry, the rows', async () => {
	const vendor = fakeVendor(UDESK, (_request, index) => (index === 0 ? SERVER_ERROR : ok([{ QueueId: '9001' }])));
	const result = await runWorkflow({ nodes: [udesk({ resource: 'queue', operation: 'getAll' })], credentials: udeskCredentials() });
	expect(result.error).toBeUndefined();
	expect(vendor.received.map((r) => r.method)).toEqual(['GET', 'GET']);
	expect(result.json('Udesk')).toMatchObject([{ QueueId: '9001' }]);
});

test('udesk write: a 500 is not resent, the error carries udesk\'s message', async () => {
	const vendor = fakeVendor(UDESK, () => SERVER_ERROR);
	const result = await runWorkflow({
		nodes: [udesk({ resource: 'agent', operation: 'create', agents: { agent: [{ agentId: '301', workId: '301' }] } })],
		credentials: udeskCredentials(),
	});
	expect(vendor.received.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /ccapi/v2/agents']);
	expect(result.error?.message).toBe('udesk error 000003: System internal error');
});

test('udesk write: a 429 with Retry-After is waited out and sent again, for POST too', async () => {
	const vendor = fakeVendor(UDESK, (_request, index) =>
		index === 0 ? { status: 429, body: { ErrDesc: 'Too Many Requests' }, headers: { 'content-type': 'application/json', 'retry-after': '1' } } : ok(null),
	);
	const started = Date.now();
	const result = await runWorkflow({
		nodes: [udesk({ resource: 'agent', operation: 'create', agents: { agent: [{ agentId: '302', workId: '302' }] } })],
		credentials: udeskCredentials(),
	});
	expect(result.error).toBeUndefined();
	expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
	expect(vendor.received.map((r) => r.method)).toEqual(['POST', 'POST']);
});

test('Zoho (n8n OAuth2 path, which throws on errors): a 503 is retried, a 429 honours Retry-After', async () => {
	const vendor = fakeVendor(ZOHO, (_request, index) => {
		if (index === 0) return { status: 503, body: { status: 'error', message: 'Service Unavailable' } };
		if (index === 1) return { status: 429, body: { status: 'error', message: 'Too many requests' }, headers: { 'content-type': 'application/json', 'retry-after': '1' } };
		return { body: statusListExample };
	});
	const started = Date.now();
	const result = await runWorkflow({ nodes: [statusLog()], credentials: zohoCredentials() });
	expect(result.error).toBeUndefined();
	expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
	expect(vendor.received).toHaveLength(3);
	expect(vendor.received.every((r) => r.headers.authorization === 'Bearer 1000.access')).toBe(true);
	expect(result.json('Zoho').length).toBeGreaterThan(0);
});

test('Zoho: a 500 on every send ends with Zoho\'s own message after 5 sends', async () => {
	const vendor = fakeVendor(ZOHO, () => ({ status: 500, body: { status: 'error', message: 'Internal error in Voice' } }));
	const result = await runWorkflow({ nodes: [statusLog()], credentials: zohoCredentials() });
	expect(vendor.received).toHaveLength(5);
	expect(result.error?.message).toBe('Internal error in Voice');
});
