import { runWorkflow } from '../harness/engine';
import { fakeVendor } from '../harness/http';
import { APP_ID, AUTH_TOKEN, BASE, SID, credentials, expectNoSecrets, ok, sha1, udesk } from './u1Fixtures';

describe('udesk credential: query-string signing', () => {
	test('Sign is lowercase hex sha1(Sid + AuthToken + Timestamp) with Timestamp in epoch milliseconds', async () => {
		const vendor = fakeVendor(BASE, () => ok({ SpNumbers: [], DefSpNumber: '' }));
		const before = Date.now();
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'relayNumber', operation: 'getAll' })],
			credentials: credentials(),
		});
		const after = Date.now();
		expect(result.error).toBeUndefined();
		expect(vendor.received).toHaveLength(1);
		const { query, headers } = vendor.received[0];
		expect(Object.keys(query).sort()).toEqual(['AppId', 'Sid', 'Sign', 'Timestamp']);
		expect(query.Sid).toBe(SID);
		expect(query.AppId).toBe(APP_ID);
		expect(query.Timestamp).toMatch(/^\d{13}$/);
		expect(Number(query.Timestamp)).toBeGreaterThanOrEqual(before);
		expect(Number(query.Timestamp)).toBeLessThanOrEqual(after);
		expect(query.Sign).toMatch(/^[0-9a-f]{40}$/);
		expect(query.Sign).toBe(sha1(`${SID}${AUTH_TOKEN}${query.Timestamp as string}`));
		expect(headers.accept).toBe('application/json');
		// The token only ever travels inside the hash.
		expect(JSON.stringify(vendor.received)).not.toContain(AUTH_TOKEN);
		expectNoSecrets(result.run.data);
	});

	test('known answers: the exported signer matches sha1 values computed outside the package', async () => {
		const { udeskSign } = await import('../../credentials/UdeskApi.credentials');
		expect(udeskSign(SID, AUTH_TOKEN, 1566446286000)).toBe('a268068813585e7e502571261dbe07f488dd58a1');
		expect(udeskSign('1234567890', 'mytoken', '1519468251000')).toBe('457b61ce679eb172723f461d89dea343827d8481');
	});

	test('each request is signed afresh (new Timestamp and Sign per call)', async () => {
		const vendor = fakeVendor(BASE, () => ok({ SpNumbers: [], DefSpNumber: '' }));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'relayNumber', operation: 'getAll' })],
			credentials: credentials(),
			input: [{ json: {} }, { json: {} }],
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received).toHaveLength(2);
		for (const { query } of vendor.received) {
			expect(query.Sign).toBe(sha1(`${SID}${AUTH_TOKEN}${query.Timestamp as string}`));
		}
	});

	test('APP_ID_QUIRKS: Create Application sends no AppId at all', async () => {
		const vendor = fakeVendor(BASE, () => ok({ AppId: 'new-app', Secret: 's' }));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'application', operation: 'create', name: 'test02', type: 1, callbackUrl: '' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const { query } = vendor.received[0];
		expect(Object.keys(query).sort()).toEqual(['Sid', 'Sign', 'Timestamp']);
		expect(query.Sign).toBe(sha1(`${SID}${AUTH_TOKEN}${query.Timestamp as string}`));
	});

	test('APP_ID_QUIRKS: agent logout names the application app_id, not AppId', async () => {
		const vendor = fakeVendor(BASE, () => ({ body: { ErrCode: '000000', ErrDesc: 'OK', msg_id: '', results: '', data: null } }));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'agent', operation: 'logout', agentId: '10032' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const { query } = vendor.received[0];
		expect(Object.keys(query).sort()).toEqual(['Sid', 'Sign', 'Timestamp', 'app_id']);
		expect(query.app_id).toBe(APP_ID);
	});

	test('the host may be a bare IP and port with a trailing slash; /ccapi/v2 is added once', async () => {
		const vendor = fakeVendor('http://127.0.0.1:8089', () => ok({ SpNumbers: [], DefSpNumber: '' }));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'relayNumber', operation: 'getAll' })],
			credentials: credentials({ host: 'http://127.0.0.1:8089//' }),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /ccapi/v2/spnumbers']);
	});

	test('HTTP 401 (wrong Sid/Auth Token) becomes a NodeApiError pointing at the credential, without secrets', async () => {
		fakeVendor(BASE, () => ({ status: 401, body: { ErrDesc: 'Unauthorized: Sign mismatch' } }));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'relayNumber', operation: 'getAll' })],
			credentials: credentials(),
		});
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('udesk error HTTP 401: Unauthorized: Sign mismatch');
		expect(result.error?.description).toBe(
			'udesk refused the request signature (HTTP 401): check Sid, Auth Token and Host in the udesk credential (Sign = SHA1(Sid + Auth Token + Timestamp); Host without /ccapi/v2).',
		);
		expectNoSecrets(result.run.data);
	});

	test('HTTP 401 with an ErrCode still points at Sid / Auth Token / Host first, not at the code\'s parameter meaning', async () => {
		fakeVendor(BASE, () => ({ status: 401, body: { ErrCode: '000001', ErrDesc: 'Parameter error' } }));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'relayNumber', operation: 'getAll' })],
			credentials: credentials(),
		});
		expect(result.error?.message).toBe('udesk error 000001: Parameter error');
		expect(result.error?.description).toBe(
			'udesk refused the request signature (HTTP 401): check Sid, Auth Token and Host in the udesk credential (Sign = SHA1(Sid + Auth Token + Timestamp); Host without /ccapi/v2). The error code\'s general meaning: Missing or invalid request parameters (AgentId, AppId, WorkId, IVR file name…).',
		);
		expectNoSecrets(result.run.data);
	});

	test('the same ErrCode with HTTP 200 keeps the table meaning as the description', async () => {
		fakeVendor(BASE, () => ({ status: 200, body: { ErrCode: '000001', ErrDesc: 'Parameter error' } }));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'relayNumber', operation: 'getAll' })],
			credentials: credentials(),
		});
		expect(result.error?.description).toBe('Missing or invalid request parameters (AgentId, AppId, WorkId, IVR file name…)');
	});
});
