import { runWorkflow } from '../harness/engine';
import { fakeVendor } from '../harness/http';
import type { ReceivedRequest, Reply } from '../harness/http';
import { BASE, credentials, distModules, ozonetel } from './helpers';

const SUMMARY_ROW = {
	AgentIncrID: '101',
	AgentName: 'Asha',
	AgentUniqueID: 'agent1',
	CallDate: '2025-09-23',
	ModeType: 'Inbound',
	TotalBusyTime: '00:10:00',
	TotalDialTime: '00:00:00',
	TotalIdleTime: '01:00:05',
	TotalLoginDuration: '08:00:00',
	TotalPauseTime: '00:00:00',
	TotalWrapupTime: '00:05:00',
};
const SUMMARY_OUT = {
	...SUMMARY_ROW,
	TotalBusyTimeSeconds: 600,
	TotalDialTimeSeconds: 0,
	TotalIdleTimeSeconds: 3605,
	TotalLoginDurationSeconds: 28800,
	TotalPauseTimeSeconds: 0,
	TotalWrapupTimeSeconds: 300,
};

const summary = (extra: Record<string, unknown> = {}) =>
	ozonetel({
		resource: 'report',
		operation: 'agentStateSummary',
		fromDate: '2025-09-23T00:00:00',
		toDate: '2025-09-23T23:59:59',
		agentIds: 'agent1, agent2',
		modeTypes: ['inbound', 'manual'],
		options: {},
		...extra,
	});
const aht = (extra: Record<string, unknown> = {}, nodeExtra = {}) =>
	ozonetel({ resource: 'agent', operation: 'averageHandlingTime', by: 'agent', agentId: 'agent1', ...extra }, nodeExtra);

const isToken = (r: ReceivedRequest) => r.path === '/ca_apis/CAToken/generateToken';
const success = (message: unknown): Reply => ({ body: { status: 'success', message } });

let modules: Awaited<ReturnType<typeof distModules>>;
beforeAll(async () => {
	modules = await distModules();
});
beforeEach(() => {
	modules.limiter.setRateWindowForTests(60_000);
	modules.ledger.resetTokenLedgerForTests();
});

describe('Ozonetel token credential', () => {
	test('an empty token is generated first, saved, and sent as Bearer', async () => {
		const vendor = fakeVendor(BASE, (r) => (isToken(r) ? { body: { token: 'tok-1', message: '' } } : success([SUMMARY_ROW])));
		const result = await runWorkflow({ nodes: [summary()], credentials: credentials() });
		expect(result.error).toBeUndefined();
		expect(vendor.received).toHaveLength(2);
		const [token, report] = vendor.received;
		expect([token.method, token.path]).toEqual(['POST', '/ca_apis/CAToken/generateToken']);
		expect(token.headers.apikey).toBe('key-secret-123');
		expect(token.headers['content-type']).toMatch(/^application\/json/);
		expect(token.body).toEqual({ userName: 'acme' });
		expect(token.headers.authorization).toBeUndefined();
		expect([report.method, report.path, report.query]).toEqual(['POST', '/ca_reports/summaryReport', {}]);
		expect(report.headers.authorization).toBe('Bearer tok-1');
		expect(report.headers.apikey).toBeUndefined();
		expect(report.body).toEqual({
			userName: 'acme',
			fromDate: '2025-09-23 00:00:00',
			toDate: '2025-09-23 23:59:59',
			agentId: 'agent1,agent2',
			modeType: 'inbound,manual',
		});
		expect(result.credentialsHelper.writes).toEqual([
			{ type: 'ozonetelApi', kind: 'preAuthentication', data: { token: 'tok-1' } },
		]);
		expect(result.json('Ozonetel')).toEqual([SUMMARY_OUT]);
		expect(JSON.stringify(result.run.data)).not.toContain('key-secret-123');
	});

	test('a stored token is reused for every item: no generation', async () => {
		const vendor = fakeVendor(BASE, () => success({ AgentID: 'agent1', AgentName: 'Asha', AHT: '00:02:37' }));
		const result = await runWorkflow({
			nodes: [aht()],
			credentials: credentials({ token: 'tok-stored' }),
			input: [{ json: {} }, { json: {} }, { json: {} }],
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((r) => `${r.path} ${r.headers.authorization}`)).toEqual(
			new Array(3).fill('/ca_apis/aht Bearer tok-stored'),
		);
		expect(result.credentialsHelper.writes).toEqual([]);
		expect(result.json('Ozonetel')).toEqual(
			new Array(3).fill({ AgentID: 'agent1', AgentName: 'Asha', AHT: '00:02:37', AHTSeconds: 157 }),
		);
	});

	test.each([
		['invalidated (HTTP 200)', { status: 200, body: { status: 'false', message: 'Invalid Token', data: null } }],
		['expired (HTTP 200)', { status: 200, body: { status: 'false', message: 'Token Expired', data: null } }],
		['HTTP 401', { status: 401, body: { message: 'Unauthorized' } }],
	])('a token rejected as %s is renewed once, saved, and the call repeated', async (_label, rejection) => {
		const vendor = fakeVendor(BASE, (r) => {
			if (isToken(r)) return { body: { token: 'tok-new', message: '' } };
			return r.headers.authorization === 'Bearer tok-new' ? success([SUMMARY_ROW]) : rejection;
		});
		const store = credentials({ token: 'tok-old' });
		const result = await runWorkflow({ nodes: [summary()], credentials: store, input: [{ json: {} }, { json: {} }] });
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((r) => `${r.path} ${r.headers.authorization ?? ''}`)).toEqual([
			'/ca_reports/summaryReport Bearer tok-old',
			'/ca_apis/CAToken/generateToken ',
			'/ca_reports/summaryReport Bearer tok-new',
			'/ca_reports/summaryReport Bearer tok-new',
		]);
		expect(store.ozonetelApi.token).toBe('tok-new');
		expect(result.json('Ozonetel')).toEqual([SUMMARY_OUT, SUMMARY_OUT]);
	});

	test('a token rejected again right after renewal fails with the vendor message: one generation only', async () => {
		const vendor = fakeVendor(BASE, (r) =>
			isToken(r) ? { body: { token: 'tok-new', message: '' } } : { body: { status: 'false', message: 'Invalid Token' } },
		);
		const result = await runWorkflow({ nodes: [summary()], credentials: credentials({ token: 'tok-old' }) });
		expect(vendor.received.filter(isToken)).toHaveLength(1);
		expect(vendor.received).toHaveLength(3);
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('Invalid Token');
		expect(result.error?.description).toContain('rejected a token generated moments ago');
	});

	test('renewals stop before the hourly allowance is used up', async () => {
		const key = modules.ledger.accountKey(BASE, 'acme');
		for (let i = 0; i < 5; i++) modules.ledger.recordGeneration(key);
		const vendor = fakeVendor(BASE, (r) =>
			isToken(r) ? { body: { token: 'tok-new', message: '' } } : { body: { status: 'false', message: 'Token Expired' } },
		);
		const result = await runWorkflow({ nodes: [summary()], credentials: credentials({ token: 'tok-old' }) });
		expect(vendor.received.filter(isToken)).toHaveLength(0);
		expect(result.error?.message).toBe('Token Expired');
		expect(result.error?.description).toContain('5 tokens were already generated for this account in the last hour');
	});

	test('a run of many items with a constantly stolen token never generates more than the renewal budget', async () => {
		modules.limiter.setRateWindowForTests(20);
		let n = 0;
		const used = new Set<string>();
		// every token works for exactly one call, then "someone else" invalidates it
		const vendor = fakeVendor(BASE, (r) => {
			if (isToken(r)) return { body: { token: `tok-${++n}`, message: '' } };
			const auth = r.headers.authorization ?? '';
			if (auth === `Bearer tok-${n}` && !used.has(auth)) {
				used.add(auth);
				return success([SUMMARY_ROW]);
			}
			return { body: { status: 'false', message: 'Invalid Token' } };
		});
		const result = await runWorkflow({
			nodes: [summary()],
			credentials: credentials(),
			input: new Array(12).fill({ json: {} }),
		});
		// 1 initial generation + 4 renewals reach the budget of 5; the 6th item fails instead of generating more
		expect(vendor.received.filter(isToken)).toHaveLength(5);
		expect(result.error?.message).toBe('Invalid Token');
		expect(result.error?.description).toContain('5 tokens were already generated for this account in the last hour');
	});

	test.each([
		['Invalid userName or apiKey', { status: 'false', message: 'Invalid userName or apiKey', data: null }],
		['UserName is null', { status: 'false', message: 'UserName is null', data: null }],
	])('token generation error "%s" reaches the user verbatim, nothing else is sent', async (message, body) => {
		const vendor = fakeVendor(BASE, () => ({ body }));
		const result = await runWorkflow({ nodes: [aht()], credentials: credentials() });
		expect(vendor.received.map((r) => r.path)).toEqual(['/ca_apis/CAToken/generateToken']);
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe(message);
		expect(JSON.stringify(result.run.data)).not.toContain('key-secret-123');
	});

	test('a custom base URL (partner, local simulator) is used for the token and the calls', async () => {
		const vendor = fakeVendor('http://127.0.0.1:8093', (r) =>
			isToken(r) ? { body: { token: 'tok-1', message: '' } } : success({ AgentID: 'agent1', AHT: '00:00:01' }),
		);
		const result = await runWorkflow({
			nodes: [aht()],
			credentials: credentials({ domain: 'custom', baseUrl: 'http://127.0.0.1:8093/' }),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((r) => r.path)).toEqual(['/ca_apis/CAToken/generateToken', '/ca_apis/aht']);
	});
});

describe('Ozonetel → Report → Agent State Summary', () => {
	test('GET sends the same fields as query parameters and no body', async () => {
		const vendor = fakeVendor(BASE, () => success([SUMMARY_ROW]));
		const result = await runWorkflow({
			nodes: [summary({ agentIds: '', modeTypes: [], options: { method: 'GET' } })],
			credentials: credentials({ token: 'tok' }),
		});
		expect(result.error).toBeUndefined();
		const [request] = vendor.received;
		expect(request.method).toBe('GET');
		expect(request.query).toEqual({ userName: 'acme', fromDate: '2025-09-23 00:00:00', toDate: '2025-09-23 23:59:59' });
		expect(request.body).toBeUndefined();
	});

	test('dates are sent in the chosen timezone, default the workflow one; other mode types are appended', async () => {
		const vendor = fakeVendor(BASE, () => success([]));
		await runWorkflow({
			nodes: [summary({ fromDate: '2025-09-23T00:00:00Z', toDate: '2025-09-23T06:30:00Z', modeTypes: ['preview'], options: { otherModeTypes: 'blended' } })],
			credentials: credentials({ token: 'tok' }),
			timezone: 'Asia/Kolkata',
		});
		await runWorkflow({
			nodes: [summary({ fromDate: '2025-09-23T00:00:00Z', toDate: '2025-09-23T06:30:00Z', options: { timezone: 'America/New_York' } })],
			credentials: credentials({ token: 'tok' }),
			timezone: 'Asia/Kolkata',
		});
		expect(vendor.received.map((r) => [(r.body as Record<string, string>).fromDate, (r.body as Record<string, string>).toDate])).toEqual([
			['2025-09-23 05:30:00', '2025-09-23 12:00:00'],
			['2025-09-22 20:00:00', '2025-09-23 02:30:00'],
		]);
		expect((vendor.received[0].body as Record<string, string>).modeType).toBe('preview,blended');
	});

	test('ranges over 30 days go out as day-aligned windows of at most 30 days, rows merged in order', async () => {
		const vendor = fakeVendor(BASE, (r) =>
			success([{ ...SUMMARY_ROW, CallDate: String((r.body as Record<string, string>).fromDate).slice(0, 10) }]),
		);
		const result = await runWorkflow({
			nodes: [summary({ fromDate: '2025-01-01T10:00:00', toDate: '2025-03-05T09:00:00' })],
			credentials: credentials({ token: 'tok' }),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((r) => [(r.body as Record<string, string>).fromDate, (r.body as Record<string, string>).toDate])).toEqual([
			['2025-01-01 10:00:00', '2025-01-30 23:59:59'],
			['2025-01-31 00:00:00', '2025-03-01 23:59:59'],
			['2025-03-02 00:00:00', '2025-03-05 09:00:00'],
		]);
		expect(result.json('Ozonetel').map((row) => row.CallDate)).toEqual(['2025-01-01', '2025-01-31', '2025-03-02']);
	});

	test('From after To is refused before any request', async () => {
		const vendor = fakeVendor(BASE, () => success([]));
		const result = await runWorkflow({
			nodes: [summary({ fromDate: '2025-09-24T00:00:00', toDate: '2025-09-23T00:00:00' })],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('From (2025-09-24 00:00:00) must not be after To (2025-09-23 00:00:00)');
	});

	test('"No Data Found" is an empty result; with Fail When No Data Found it is an error', async () => {
		fakeVendor(BASE, () => ({ body: { status: 'error', message: 'No Data Found' } }));
		const empty = await runWorkflow({ nodes: [summary()], credentials: credentials({ token: 'tok' }) });
		expect(empty.error).toBeUndefined();
		expect(empty.json('Ozonetel')).toEqual([]);
		const failing = await runWorkflow({
			nodes: [summary({ options: { failOnNoData: true } })],
			credentials: credentials({ token: 'tok' }),
		});
		expect(failing.error?.name).toBe('NodeApiError');
		expect(failing.error?.message).toBe('No Data Found');
	});

	test.each([
		'userName or apiKey is Invalid',
		'apiKey should not be empty',
		'userName should not be empty',
		'From and To Date should be in yyyy-mm-dd HH:mm:ss Format',
		'From Date Should not be Greater than To Date',
		'Difference Between From and To Date should not be Greater than 30 Days',
		'Mode Type is Invalid',
		'agentId is Invalid',
	])('documented error "%s" becomes a NodeApiError with that message (HTTP 200 and HTTP 400)', async (message) => {
		for (const status of [200, 400]) {
			fakeVendor(BASE, () => ({ status, body: { status: 'error', message } }));
			const result = await runWorkflow({ nodes: [summary()], credentials: credentials({ token: 'tok' }) });
			expect(result.error?.name).toBe('NodeApiError');
			expect(result.error?.message).toBe(message);
			expect(result.error?.description).toBeTruthy();
		}
	});
});

describe('Ozonetel → Agent → Average Handling Time', () => {
	test('by agent sends userName and agentId only', async () => {
		const vendor = fakeVendor(BASE, () => success({ AgentID: 'agent1', AgentName: 'Asha', AHT: '00:02:37' }));
		const result = await runWorkflow({ nodes: [aht({ campaignName: 'Renewals' })], credentials: credentials({ token: 'tok' }) });
		expect(result.error).toBeUndefined();
		const [request] = vendor.received;
		expect([request.method, request.path, request.query]).toEqual(['POST', '/ca_apis/aht', {}]);
		expect(request.headers.authorization).toBe('Bearer tok');
		expect(request.body).toEqual({ userName: 'acme', agentId: 'agent1' });
		expect(result.json('Ozonetel')).toEqual([{ AgentID: 'agent1', AgentName: 'Asha', AHT: '00:02:37', AHTSeconds: 157 }]);
	});

	test('by campaign sends userName and campaignName only', async () => {
		const vendor = fakeVendor(BASE, () => success({ CampaignID: '7', CampaignName: 'Renewals', AHT: '00:00:27' }));
		const result = await runWorkflow({
			nodes: [aht({ by: 'campaign', campaignName: 'Renewals', agentId: 'agent1' })],
			credentials: credentials({ token: 'tok' }),
		});
		expect(vendor.received[0].body).toEqual({ userName: 'acme', campaignName: 'Renewals' });
		expect(result.json('Ozonetel')).toEqual([{ CampaignID: '7', CampaignName: 'Renewals', AHT: '00:00:27', AHTSeconds: 27 }]);
	});

	test.each([
		[{ agentId: '={{ "" }}' }, 'Agent ID is required when By is Agent: Ozonetel needs either an agent ID or a campaign name'],
		[{ by: 'campaign', campaignName: '={{ "  " }}' }, 'Campaign Name is required when By is Campaign: Ozonetel needs either an agent ID or a campaign name'],
		[{ agentId: 'agent1,agent2' }, 'Agent ID: give one agent, not a list ("agent1,agent2")'],
	])('%j is refused before sending', async (parameters, message) => {
		const vendor = fakeVendor(BASE, () => success({}));
		const result = await runWorkflow({ nodes: [aht(parameters)], credentials: credentials({ token: 'tok' }) });
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(message);
	});

	test.each([
		'userName should not be empty',
		'apiKey should not be empty',
		'Both agentId and campaignName cannot be passed at a time',
		'Both agentId and campaignName cannot be empty',
		'userName or apiKey is Invalid',
		'agentId is Invalid',
		'campaignName is Invalid',
	])('documented error "%s" becomes a NodeApiError with that message', async (message) => {
		fakeVendor(BASE, () => ({ body: { status: 'error', message } }));
		const result = await runWorkflow({ nodes: [aht()], credentials: credentials({ token: 'tok' }) });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe(message);
	});

	test('continue on fail: the error becomes the item, paired with its input', async () => {
		fakeVendor(BASE, () => ({ body: { status: 'error', message: 'agentId is Invalid' } }));
		const result = await runWorkflow({
			nodes: [aht({}, { onError: 'continueRegularOutput' })],
			credentials: credentials({ token: 'tok' }),
		});
		expect(result.output('Ozonetel')).toEqual([
			{ json: { error: 'agentId is Invalid', description: 'None of the agent IDs exists in this account' }, pairedItem: { item: 0 } },
		]);
	});
});

describe('Ozonetel rate limits', () => {
	test('many items are paced to 5 summary requests per window, with no error', async () => {
		modules.limiter.setRateWindowForTests(250);
		const times: number[] = [];
		const vendor = fakeVendor(BASE, () => {
			times.push(Date.now());
			return success([SUMMARY_ROW]);
		});
		const result = await runWorkflow({
			nodes: [summary()],
			credentials: credentials({ token: 'tok' }),
			input: new Array(12).fill({ json: {} }),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received).toHaveLength(12);
		expect(result.json('Ozonetel')).toHaveLength(12);
		for (let i = 5; i < times.length; i++) expect(times[i] - times[i - 5]).toBeGreaterThanOrEqual(240);
	});

	test('AHT is paced at 50 per window', async () => {
		modules.limiter.setRateWindowForTests(1000);
		const times: number[] = [];
		fakeVendor(BASE, () => {
			times.push(Date.now());
			return success({ AgentID: 'agent1', AHT: '00:00:01' });
		});
		const result = await runWorkflow({ nodes: [aht()], credentials: credentials({ token: 'tok' }), input: new Array(55).fill({ json: {} }) });
		expect(result.error).toBeUndefined();
		expect(times).toHaveLength(55);
		// never more than 50 requests in any window, and the 51st waits for the window instead of failing
		for (let i = 50; i < times.length; i++) expect(times[i] - times[i - 50]).toBeGreaterThanOrEqual(990);
	});

	test('"max limit exceeded" is waited out and the request repeated', async () => {
		modules.limiter.setRateWindowForTests(100);
		const times: number[] = [];
		const vendor = fakeVendor(BASE, (_r, index) => {
			times.push(Date.now());
			return index < 2 ? { body: { status: 'error', message: 'max limit exceeded' } } : success([SUMMARY_ROW]);
		});
		const result = await runWorkflow({ nodes: [summary()], credentials: credentials({ token: 'tok' }) });
		expect(result.error).toBeUndefined();
		expect(vendor.received).toHaveLength(3);
		expect(times[1] - times[0]).toBeGreaterThanOrEqual(90);
		expect(result.json('Ozonetel')).toEqual([SUMMARY_OUT]);
	});

	test('"max limit exceeded" that never clears fails after the bounded retries', async () => {
		modules.limiter.setRateWindowForTests(20);
		const vendor = fakeVendor(BASE, () => ({ body: { status: 'error', message: 'max limit exceeded' } }));
		const result = await runWorkflow({ nodes: [aht()], credentials: credentials({ token: 'tok' }) });
		expect(vendor.received).toHaveLength(4);
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('max limit exceeded');
	});
});
