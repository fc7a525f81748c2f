/**
 * Every action node reads each credential once per execution (nodes/shared/credentials.ts): n8n's
 * httpRequestWithAuthentication would read and decrypt it again for every request. The read is counted where n8n
 * does it — the credentials helper's getDecrypted — while the credential's authenticate still signs every request.
 */
import { HarnessCredentialsHelper, packageNode, runWorkflow } from './harness/engine';
import { fakeVendor } from './harness/http';
import { credentials as udeskCredentials, HOST as UDESK, ok, signedQuery, udesk } from './udesk/part3.helpers';
import { BASE as OZONETEL, credentials as ozonetelCredentials, distModules, ozonetel } from './ozonetel/helpers';

const CCAI = 'https://acme.uc1.ccaiplatform.com';

function countReads() {
	const spy = jest.spyOn(HarnessCredentialsHelper.prototype, 'getDecrypted');
	return {
		of: (type: string) => spy.mock.calls.filter((call) => call[2] === type).length,
		restore: () => spy.mockRestore(),
	};
}

let reads: ReturnType<typeof countReads>;
beforeEach(() => {
	reads = countReads();
});
afterEach(() => {
	reads.restore();
});

test('udesk Return All over 3 pages, 2 items: one credential read, every request signed', async () => {
	const rows = Array.from({ length: 250 }, (_, i) => ({ CallId: `c${i}`, StartTime: 1, EndTime: 2 }));
	const vendor = fakeVendor(UDESK, (request) => {
		const { PageNum, PageSize } = request.body as { PageNum: number; PageSize: number };
		return ok({ CallLogs: rows.slice((PageNum - 1) * PageSize, PageNum * PageSize), TotalPage: 3 });
	});
	const result = await runWorkflow({
		nodes: [udesk({ resource: 'report', operation: 'callLogs', returnAll: true, filters: { callId: '={{ $json.id }}' } })],
		credentials: udeskCredentials(),
		input: [{ json: { id: 'a' } }, { json: { id: 'b' } }],
	});
	expect(result.error).toBeUndefined();
	expect(vendor.received).toHaveLength(6);
	vendor.received.forEach((request) => signedQuery(request));
	expect(result.json('Udesk')).toHaveLength(500);
	expect(reads.of('udeskApi')).toBe(1);
});

test('CCAI 5 items: one credential read, Basic auth on every request', async () => {
	const vendor = fakeVendor(CCAI, () => ({ body: [] }));
	const result = await runWorkflow({
		nodes: [
			packageNode('ccaiPlatform', { resource: 'agentStatus', operation: 'get', agentIds: '={{ $json.id }}', teamIds: '' } as never, {
				name: 'CCAI',
				credentialType: 'ccaiPlatformApi',
			}),
		],
		credentials: { ccaiPlatformApi: { domain: 'uc1.ccaiplatform.com', subdomain: 'acme', username: 'u', password: 'p' } },
		input: [11, 12, 13, 14, 15].map((id) => ({ json: { id } })),
	});
	expect(result.error).toBeUndefined();
	expect(vendor.received.map((r) => r.headers.authorization)).toEqual(new Array(5).fill(`Basic ${Buffer.from('u:p').toString('base64')}`));
	expect(reads.of('ccaiPlatformApi')).toBe(1);
});

test('Ozonetel 3 items with a rejected token: one read, one renewal, the renewed token used by the later items', async () => {
	const modules = await distModules();
	modules.limiter.setRateWindowForTests(60_000);
	modules.ledger.resetTokenLedgerForTests();
	const vendor = fakeVendor(OZONETEL, (r) => {
		if (r.path === '/ca_apis/CAToken/generateToken') return { body: { token: 'tok-new', message: '' } };
		return r.headers.authorization === 'Bearer tok-new'
			? { body: { status: 'success', message: { AgentID: 'agent1', AgentName: 'Asha', AHT: '00:02:37' } } }
			: { body: { status: 'false', message: 'Token Expired' } };
	});
	const result = await runWorkflow({
		nodes: [ozonetel({ resource: 'agent', operation: 'averageHandlingTime', by: 'agent', agentId: 'agent1' })],
		credentials: ozonetelCredentials({ token: 'tok-old' }),
		input: [{ json: {} }, { json: {} }, { json: {} }],
	});
	expect(result.error).toBeUndefined();
	expect(vendor.received.map((r) => `${r.path} ${r.headers.authorization ?? ''}`)).toEqual([
		'/ca_apis/aht Bearer tok-old',
		'/ca_apis/CAToken/generateToken ',
		'/ca_apis/aht Bearer tok-new',
		'/ca_apis/aht Bearer tok-new',
		'/ca_apis/aht Bearer tok-new',
	]);
	expect(reads.of('ozonetelApi')).toBe(1);
});
