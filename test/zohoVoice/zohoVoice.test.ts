import { packageNode, runWorkflow } from '../harness/engine';
import { fakeVendor } from '../harness/http';
import { calendarSummaryExample, callLogExample, overviewExample, statusListExample } from './fixtures';

const US = 'https://voice.zoho.com';
const METRICS = '/rest/json/zv/metrics';

const tokenData = (accessToken = '1000.access-current') => ({
	access_token: accessToken,
	refresh_token: '1000.refresh-dummy',
	token_type: 'Bearer',
	expires_in: 3600,
	api_domain: 'https://www.zohoapis.com',
});
const credentials = (extra: Record<string, unknown> = {}) => ({
	zohoVoiceOAuth2Api: {
		dataCenter: 'us',
		clientId: '1000.CLIENTID',
		clientSecret: 'client-secret-xyz',
		oauthTokenData: tokenData(),
		...extra,
	},
});

const zoho = (parameters: Record<string, unknown>, extra = {}) =>
	packageNode('zohoVoice', { resource: 'agentStatus', ...parameters } as never, {
		name: 'Zoho',
		credentialType: 'zohoVoiceOAuth2Api',
		...extra,
	});

// 2024-10-16T00:00:00Z and 2024-10-23T00:00:00Z — the week of the doc's status-log example
const START = '2024-10-16T00:00:00';
const END = '2024-10-23T00:00:00';
const FROM = '1729036800000';
const TO = '1729641600000';

const JACK_COLUMNS = {
	agentId: '600000000039003',
	agentName: 'Jack',
	agentEmail: 'jacques@zylker.com',
	availableSumSeconds: 201326.269,
	availableAvgSeconds: 40265.254,
	availableMaxSeconds: 161471.551,
	onCallSumSeconds: 807.171,
	onCallAvgSeconds: 161.434,
	onCallMaxSeconds: 311.311,
	busySumSeconds: 0,
	busyAvgSeconds: null,
	busyMaxSeconds: null,
	onBreakSumSeconds: 0,
	onBreakAvgSeconds: null,
	onBreakMaxSeconds: null,
	offlineSumSeconds: 0,
	offlineAvgSeconds: null,
	offlineMaxSeconds: null,
	workingTimeSumSeconds: 202133.44,
	workingTimeAvgSeconds: 40426.688,
	workingTimeMaxSeconds: 161471.551,
};

describe('Zoho Voice → Get Summary (statusaudit/overview)', () => {
	test('sends the exact query with the current token and returns one report row per agent', async () => {
		const vendor = fakeVendor(US, () => ({ body: overviewExample }));
		const result = await runWorkflow({
			nodes: [
				zoho({
					operation: 'getSummary',
					start: START,
					end: END,
					agentIds: '600000000039003, 3029000000002015',
					queueIds: '3029000004016033',
					returnAll: false,
					limit: 50,
					options: {
						sortField: 'On Call',
						sortMetric: 'avg',
						sortOrder: 'asc',
						excludeDays: ['7', '6'],
						excludeStatus: ['On Break', 'Offline'],
						timeZone: 'UTC',
					},
				}),
			],
			credentials: credentials(),
		});

		expect(result.error).toBeUndefined();
		expect(vendor.received).toHaveLength(1);
		const [request] = vendor.received;
		expect(request.method).toBe('GET');
		expect(request.path).toBe(`${METRICS}/statusaudit/overview`);
		expect(request.query).toEqual({
			fromEpoch: FROM,
			toEpoch: TO,
			tz: 'UTC',
			agentIds: '600000000039003,3029000000002015',
			queueIds: '3029000004016033',
			sortField: 'On Call',
			sortMetric: 'avg',
			sortOrder: 'asc',
			excludeDays: '67',
			excludeStatus: 'On Break,Offline',
			from: '0',
			size: '50',
		});
		expect(request.headers.authorization).toBe('Bearer 1000.access-current');
		expect(request.headers.accept).toBe('application/json');
		expect(request.body).toBeUndefined();
		expect(result.json('Zoho')).toEqual([JACK_COLUMNS]);
		expect(result.output('Zoho')[0].pairedItem).toEqual({ item: 0 });
		expect(result.credentialsHelper.writes).toEqual([]);
	});

	test('with Report-Ready Output off the raw answer is returned', async () => {
		fakeVendor(US, () => ({ body: overviewExample }));
		const result = await runWorkflow({
			nodes: [
				zoho({ operation: 'getSummary', start: START, end: END, agentIds: '600000000039003', queueIds: '', returnAll: false, limit: 50, reportReady: false, options: {} }),
			],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(result.json('Zoho')).toEqual([overviewExample]);
	});

	test('neither agents nor queues: refused before any request, naming the fields', async () => {
		const vendor = fakeVendor(US, () => ({ body: overviewExample }));
		const result = await runWorkflow({
			nodes: [zoho({ operation: 'getSummary', start: START, end: END, agentIds: '', queueIds: ' ', returnAll: true, options: {} })],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('Agent IDs or Queue IDs: give at least one, so Zoho knows whose figures to sum up');
	});
});

describe('Zoho Voice → data centres', () => {
	const cases: Array<[string, string, string]> = [
		['us', 'https://voice.zoho.com', 'https://accounts.zoho.com'],
		['eu', 'https://voice.zoho.eu', 'https://accounts.zoho.eu'],
		['in', 'https://voice.zoho.in', 'https://accounts.zoho.in'],
		['au', 'https://voice.zoho.com.au', 'https://accounts.zoho.com.au'],
		['jp', 'https://voice.zoho.jp', 'https://accounts.zoho.jp'],
		['uk', 'https://voice.zoho.uk', 'https://accounts.zoho.uk'],
		['sa', 'https://voice.zoho.sa', 'https://accounts.zoho.sa'],
		['ca', 'https://voice.zohocloud.ca', 'https://accounts.zohocloud.ca'],
		['cn', 'https://voice.zoho.com.cn', 'https://accounts.zoho.com.cn'],
	];

	test.each(cases)('%s: API on %s, an expired token is renewed at %s/oauth/v2/token', async (dataCenter, api, accounts) => {
		const vendor = fakeVendor(api, (request) =>
			request.headers.authorization === 'Bearer 1000.access-new'
				? { body: overviewExample }
				: { status: 401, body: { code: 'INVALID_TOKEN', message: 'Invalid OAuth access token', status: 'error' } },
		);
		const accountsServer = fakeVendor(accounts, () => ({
			body: { access_token: '1000.access-new', token_type: 'Bearer', expires_in: 3600, api_domain: 'https://www.zohoapis.com' },
		}));
		const result = await runWorkflow({
			nodes: [zoho({ operation: 'getSummary', start: START, end: END, agentIds: '600000000039003', queueIds: '', returnAll: false, limit: 10, options: { timeZone: 'UTC' } })],
			credentials: credentials({ dataCenter }),
		});

		expect(result.error).toBeUndefined();
		// the call, refused with the old token, then repeated once with the new one
		expect(vendor.received.map((r) => [r.method, r.path, r.headers.authorization])).toEqual([
			['GET', `${METRICS}/statusaudit/overview`, 'Bearer 1000.access-current'],
			['GET', `${METRICS}/statusaudit/overview`, 'Bearer 1000.access-new'],
		]);
		expect(vendor.received[1].query).toEqual(vendor.received[0].query);
		// Zoho's refresh grant: form fields, client credentials in the body
		expect(accountsServer.received).toHaveLength(1);
		const [refresh] = accountsServer.received;
		expect([refresh.method, refresh.path]).toEqual(['POST', '/oauth/v2/token']);
		expect(refresh.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
		expect(new URLSearchParams(refresh.body as string).toString()).toBe(
			new URLSearchParams({
				refresh_token: '1000.refresh-dummy',
				grant_type: 'refresh_token',
				client_id: '1000.CLIENTID',
				client_secret: 'client-secret-xyz',
			}).toString(),
		);
		// n8n saved the new access token and kept the refresh token (Zoho does not send a new one)
		expect(result.credentialsHelper.writes).toHaveLength(1);
		const [write] = result.credentialsHelper.writes;
		expect(write.type).toBe('zohoVoiceOAuth2Api');
		expect(write.kind).toBe('oauthTokenData');
		expect(write.data.oauthTokenData).toMatchObject({ access_token: '1000.access-new', refresh_token: '1000.refresh-dummy' });
		expect(result.json('Zoho')).toEqual([JACK_COLUMNS]);
		expect(JSON.stringify(result.run.data)).not.toContain('client-secret-xyz');
		expect(JSON.stringify(result.run.data)).not.toContain('1000.refresh-dummy');
	});

	test('custom data centre: accounts server and API base URL as given (local sandbox)', async () => {
		let calls = 0;
		const vendor = fakeVendor('http://127.0.0.1:8790', (request) => {
			if (request.path === '/oauth/v2/token') return { body: { access_token: '1000.access-new', token_type: 'Bearer', expires_in: 3600 } };
			calls++;
			return calls === 1 ? { status: 401, body: { message: 'token expired' } } : { body: overviewExample };
		});
		const result = await runWorkflow({
			nodes: [zoho({ operation: 'getSummary', start: START, end: END, agentIds: '600000000039003', queueIds: '', returnAll: false, limit: 10, options: {} })],
			credentials: credentials({
				dataCenter: 'custom',
				customAccountsUrl: 'http://127.0.0.1:8790/',
				customApiBaseUrl: 'http://127.0.0.1:8790/',
			}),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((r) => `${r.method} ${r.path}`)).toEqual([
			`GET ${METRICS}/statusaudit/overview`,
			'POST /oauth/v2/token',
			`GET ${METRICS}/statusaudit/overview`,
		]);
	});

	test('still 401 after the refresh: a NodeApiError with Zoho\'s message, no secret in it', async () => {
		fakeVendor(US, () => ({ status: 401, body: { code: 'INVALID_OAUTHSCOPE', message: 'Invalid OAuth scope', status: 'error' } }));
		fakeVendor('https://accounts.zoho.com', () => ({ body: { access_token: '1000.access-new', token_type: 'Bearer', expires_in: 3600 } }));
		const result = await runWorkflow({
			nodes: [zoho({ operation: 'getSummary', start: START, end: END, agentIds: '600000000039003', queueIds: '', returnAll: false, limit: 10, options: {} })],
			credentials: credentials(),
		});
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('Invalid OAuth scope');
		expect(result.error?.description).toContain('Reconnect the credential');
		const everything = JSON.stringify(result.run.data);
		for (const secret of ['client-secret-xyz', '1000.refresh-dummy', '1000.access-new', '1000.access-current']) {
			expect(everything).not.toContain(secret);
		}
	});
});

describe('Zoho Voice → a token refresh that fails shows the real cause (no "even after n8n renewed it")', () => {
	const summary = () =>
		zoho({ operation: 'getSummary', start: START, end: END, agentIds: '600000000039003', queueIds: '', returnAll: false, limit: 10, options: {} });
	const expired = () =>
		fakeVendor(US, () => ({ status: 401, body: { code: 'INVALID_TOKEN', message: 'Invalid OAuth access token', status: 'error' } }));
	const INVALID_CLIENT_HINT =
		'Zoho does not know this Client ID / Client Secret at accounts.zoho.com. Check both in the credential, and that its Data Centre is the one the client was registered in (api-console.zoho.com for United States, .eu for Europe, .in for India, …): a client of another data centre is invalid_client there.';

	const expectNoSecrets = (data: unknown) => {
		const everything = JSON.stringify(data);
		for (const secret of ['client-secret-xyz', '1000.refresh-secret', '1000.access-current']) expect(everything).not.toContain(secret);
	};

	test('invalid_client answered with HTTP 200 (as Zoho\'s token endpoint does): named, with the data-centre hint', async () => {
		const api = expired();
		const accounts = fakeVendor('https://accounts.zoho.com', () => ({ body: { error: 'invalid_client' } }));
		const result = await runWorkflow({ nodes: [summary()], credentials: credentials() });
		expect(accounts.received.map((r) => [r.method, r.path])).toEqual([['POST', '/oauth/v2/token']]);
		// n8n repeated the call with the same (old) token: nothing was renewed
		expect(api.received.map((r) => r.headers.authorization)).toEqual(['Bearer 1000.access-current', 'Bearer 1000.access-current']);
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('Zoho did not renew the access token: invalid_client');
		expect(result.error?.description).toBe(INVALID_CLIENT_HINT);
		expectNoSecrets(result.run.data);
	});

	test('invalid_client answered with HTTP 400: the same, not "HTTP EAUTH"', async () => {
		expired();
		fakeVendor('https://accounts.zoho.com', () => ({ status: 400, body: { error: 'invalid_client' } }));
		const result = await runWorkflow({ nodes: [summary()], credentials: credentials() });
		expect(result.error?.message).toBe('Zoho did not renew the access token: invalid_client');
		expect(result.error?.description).toBe(INVALID_CLIENT_HINT);
		expectNoSecrets(result.run.data);
	});

	test('an accounts server that does not answer like Zoho (wrong data centre or URL): its answer, and where to look', async () => {
		expired();
		fakeVendor('https://accounts.zoho.com', () => ({ status: 401, body: 'nope' }));
		const result = await runWorkflow({ nodes: [summary()], credentials: credentials() });
		expect(result.error?.message).toBe(
			'Zoho did not renew the access token: Expected JSON response from OAuth2 token endpoint (content-type: application/json) but received: nope',
		);
		expect(result.error?.description).toBe(
			"n8n asked accounts.zoho.com for a new access token and got none. Check the credential's Data Centre (or its custom accounts URL), Client ID and Client Secret, then reconnect it.",
		);
		expect(result.error?.description).not.toContain('even after n8n renewed it');
	});
});

describe('Zoho Voice → Get Status Log (statusaudit/list)', () => {
	test('one row per agent: totals from the hits, the log with ISO times in the report time zone', async () => {
		const vendor = fakeVendor(US, () => ({ body: statusListExample }));
		const result = await runWorkflow({
			nodes: [zoho({ operation: 'getStatusLog', start: START, end: END, agentIds: '3029000000002015', returnAll: false, limit: 50, options: { excludeDays: ['6', '7'] } })],
			credentials: credentials(),
			timezone: 'Asia/Kolkata',
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received[0].path).toBe(`${METRICS}/statusaudit/list`);
		// date-times without an offset are read in the workflow's time zone (IST, +05:30)
		expect(vendor.received[0].query).toEqual({
			fromEpoch: String(1729036800000 - 19800000),
			toEpoch: String(1729641600000 - 19800000),
			tz: 'Asia/Kolkata',
			agentIds: '3029000000002015',
			excludeDays: '67',
			from: '0',
			size: '50',
		});
		expect(result.json('Zoho')).toEqual([
			{
				agentId: '3029000000002015',
				agentName: 'Jan',
				agentEmail: 'janice@zylker.com',
				statusBeforePeriod: 'Available',
				statusBeforePeriodSince: '2024-10-15T13:06:54.592+05:30',
				statusChanges: 2,
				availableSumSeconds: 83994.353,
				availableAvgSeconds: 41997.177,
				availableMaxSeconds: 78485.517,
				onCallSumSeconds: 0,
				onCallAvgSeconds: null,
				onCallMaxSeconds: null,
				busySumSeconds: 0,
				busyAvgSeconds: null,
				busyMaxSeconds: null,
				onBreakSumSeconds: 0,
				onBreakAvgSeconds: null,
				onBreakMaxSeconds: null,
				offlineSumSeconds: 0,
				offlineAvgSeconds: null,
				offlineMaxSeconds: null,
				workingTimeSumSeconds: 83994.353,
				workingTimeAvgSeconds: 41997.177,
				workingTimeMaxSeconds: 78485.517,
				log: [
					{
						logId: '6prJk5IB_xciauz1XOy0',
						status: 'Available',
						nextStatus: 'Available',
						startedAt: '2024-10-15T13:06:54.592+05:30',
						endedAt: '2024-10-16T10:55:00.109+05:30',
						startedAtEpoch: 1728977814592,
						endedAtEpoch: 1729056300109,
						durationSeconds: 78485.517,
						triggeredBy: 'Zoho Voice',
						triggeredByUser: null,
						triggeredByMedium: null,
						reason: 'Agent Schedule',
						reasonDescription: 'Automatic Check In',
					},
					{
						logId: 'b6MdlJIBm7rVk3YNaz3l',
						status: 'Available',
						nextStatus: 'Offline',
						startedAt: '2024-10-16T10:55:00.109+05:30',
						endedAt: '2024-10-16T12:26:48.945+05:30',
						startedAtEpoch: 1729056300109,
						endedAtEpoch: 1729061808945,
						durationSeconds: 5508.836,
						triggeredBy: 'User',
						triggeredByUser: 'Jan',
						triggeredByMedium: 'Web',
						reason: null,
						reasonDescription: null,
					},
				],
			},
		]);
	});

	test('Agent IDs is required: n8n itself stops an empty field, the node stops an expression that gives nothing', async () => {
		const vendor = fakeVendor(US, () => ({ body: statusListExample }));
		await expect(
			runWorkflow({
				nodes: [zoho({ operation: 'getStatusLog', start: START, end: END, agentIds: '', returnAll: true, options: {} })],
				credentials: credentials(),
			}),
		).rejects.toThrow('Parameter "Agent IDs" is required.');
		const result = await runWorkflow({
			nodes: [zoho({ operation: 'getStatusLog', start: START, end: END, agentIds: '={{ $json.agents }}', returnAll: true, options: {} })],
			credentials: credentials(),
			input: [{ json: { agents: ' ' } }],
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('Agent IDs is required: give at least one agent ID, e.g. 3029000000002015');
	});

	test.each([
		[{ agentIds: 'jan' }, 'Agent IDs: "jan" is not a Zoho ID — use the numeric IDs separated by commas, e.g. 3029000000002015, 600000000039003'],
		[{ start: '={{ $json.missing }}' }, 'Start is required: pick a date and time'],
		[{ end: 'next week' }, 'End: "next week" is not a date-time — use the picker or an ISO date such as 2024-10-16T09:00:00'],
		[{ end: START }, 'End must be after Start'],
		[{ options: { timeZone: 'Mars/Olympus' } }, 'Time Zone: "Mars/Olympus" is not a time zone — use an IANA name such as Europe/Berlin or Asia/Kolkata'],
	])('bad input %p is refused before any request', async (override, message) => {
		const vendor = fakeVendor(US, () => ({ body: statusListExample }));
		const result = await runWorkflow({
			nodes: [zoho({ operation: 'getStatusLog', start: START, end: END, agentIds: '3029000000002015', returnAll: true, options: {}, ...override })],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(message);
	});
});

describe('Zoho Voice → Get Call Status Activity (statusaudit/list/log)', () => {
	const LOG_ID = '33549725-33d3-40e2-b4b8-e8fac35023d8';

	test('sends logId and queues; one row per agent of the queue with their rings', async () => {
		const vendor = fakeVendor(US, () => ({ body: callLogExample }));
		const result = await runWorkflow({
			nodes: [zoho({ operation: 'getCallStatusActivity', logId: LOG_ID, start: '2024-10-18T11:30:00Z', end: '2024-10-18T11:45:00Z', queueIds: '3029000004016033', options: { timeZone: 'UTC' } })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received).toHaveLength(1);
		expect(vendor.received[0].path).toBe(`${METRICS}/statusaudit/list/log`);
		expect(vendor.received[0].query).toEqual({
			fromEpoch: '1729251000000',
			toEpoch: '1729251900000',
			tz: 'UTC',
			logId: LOG_ID,
			queueIds: '3029000004016033',
		});
		const rows = result.json('Zoho');
		expect(rows.map((row) => [row.agentId, row.agentName, (row.rings as unknown[]).length])).toEqual([
			['3029000003904005', 'aravindan.e5', 1],
			['3029000004016005', 'aravindan.e3', 0],
			['3029000000002015', 'AravindaN1', 0],
			['3029000000003003', 'aravindan2', 0],
			['3029000000005013', 'aravindan.e4', 0],
		]);
		expect(rows[0]).toMatchObject({
			agentEmail: null,
			queueId: '3029000004016033',
			queueName: 'All in One',
			queueStrategy: 'ring-all',
			ringTimeInQueue: 60,
			customerEntryTime: '2024-10-18T11:39:47.000Z',
			customerExitTime: '2024-10-18T11:40:47.000Z',
			answeredCall: false,
			statusChanges: 0,
			log: [],
			rings: [
				{
					startedAt: '2024-10-18T11:39:48.000Z',
					startedAtEpoch: 1729251588000,
					ringingTime: 0,
					answered: false,
					queueName: 'All in One',
					strategy: 'ring-all',
					hangupCause: 'UNALLOCATED_NUMBER',
					hangupCauseName: 'User unreachable',
					hangupCauseDescription: 'The user you are trying to reach is not available.',
				},
			],
		});
	});

	test('a call log ID that is not a UUID is refused before any request', async () => {
		const vendor = fakeVendor(US, () => ({ body: callLogExample }));
		const result = await runWorkflow({
			nodes: [zoho({ operation: 'getCallStatusActivity', logId: '12345', start: START, end: END, queueIds: '', options: {} })],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.message).toBe(
			'Call Log ID: "12345" is not a call log ID — it is a UUID such as 33549725-33d3-40e2-b4b8-e8fac35023d8',
		);
	});

	test('a Zoho 400 with code and message becomes a NodeApiError with that message (continueOnFail: an error item)', async () => {
		fakeVendor(US, () => ({ status: 400, body: { code: 'ZVE-1002', message: 'Status correlation is only available for incoming queue calls', status: 'error' } }));
		const result = await runWorkflow({
			nodes: [zoho({ operation: 'getCallStatusActivity', logId: LOG_ID, start: START, end: END, queueIds: '', options: {} })],
			credentials: credentials(),
		});
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('Status correlation is only available for incoming queue calls');
		expect(result.error?.description).toBe('Zoho error code: ZVE-1002');

		fakeVendor(US, () => ({ status: 400, body: { code: 'ZVE-1002', message: 'Status correlation is only available for incoming queue calls', status: 'error' } }));
		const tolerant = await runWorkflow({
			nodes: [zoho({ operation: 'getCallStatusActivity', logId: LOG_ID, start: START, end: END, queueIds: '', options: {} }, { onError: 'continueRegularOutput' })],
			credentials: credentials(),
		});
		expect(tolerant.error).toBeUndefined();
		expect(tolerant.json('Zoho')).toEqual([
			{ error: 'Status correlation is only available for incoming queue calls', description: 'Zoho error code: ZVE-1002' },
		]);
	});
});

describe('Zoho Voice → Get Daily Summary (statusaudit/calendarSummary)', () => {
	test('no agents or queues asks for everyone; one row per agent and day', async () => {
		const vendor = fakeVendor(US, () => ({ body: calendarSummaryExample }));
		const result = await runWorkflow({
			nodes: [zoho({ operation: 'getDailySummary', start: START, end: END, agentIds: '', queueIds: '', returnAll: false, limit: 5, options: { excludeStatus: ['Offline'] } })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received[0].path).toBe(`${METRICS}/statusaudit/calendarSummary`);
		expect(vendor.received[0].query).toEqual({ fromEpoch: FROM, toEpoch: TO, tz: 'UTC', excludeStatus: 'Offline', from: '0', size: '5' });
		expect(result.json('Zoho')).toEqual([
			{
				agentId: '600000000039003',
				agentName: 'Jack',
				agentEmail: 'jacques@zylker.com',
				date: '2024-10-18',
				availableSumSeconds: 28661.275,
				availableAvgSeconds: 5732.255,
				availableMaxSeconds: 26068.28,
				onCallSumSeconds: 672.165,
				onCallAvgSeconds: 134.433,
				onCallMaxSeconds: 311.311,
				busySumSeconds: 0,
				busyAvgSeconds: 0,
				busyMaxSeconds: 0,
				onBreakSumSeconds: 0,
				onBreakAvgSeconds: 0,
				onBreakMaxSeconds: 0,
				offlineSumSeconds: 0,
				offlineAvgSeconds: 0,
				offlineMaxSeconds: 0,
				workingTimeSumSeconds: 29333.44,
				workingTimeAvgSeconds: 5866.688,
				workingTimeMaxSeconds: 26068.28,
			},
		]);
	});

	test('Return All pages with from/size until a short page', async () => {
		const agent = (n: number) => ({
			totalRow: { agent_id: String(1000 + n), agentName: `Agent ${n}` },
			intervalsData: { '2024-10-16': { interval: '2024-10-16', previous_status: { Available: { avg: 1000, max: 1000, sum: 1000 } } } },
			intervalsList: ['2024-10-16'],
		});
		const all = Array.from({ length: 130 }, (_, n) => agent(n));
		const vendor = fakeVendor(US, (request) => {
			const from = Number(request.query.from);
			const size = Number(request.query.size);
			return { body: { calendarSummary: { histogramAggregation: all.slice(from, from + size) }, code: '200', status: 'SUCCESS' } };
		});
		const result = await runWorkflow({
			nodes: [zoho({ operation: 'getDailySummary', start: START, end: END, agentIds: '', queueIds: '', returnAll: true, options: {} })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((r) => [r.query.from, r.query.size])).toEqual([
			['0', '100'],
			['100', '100'],
		]);
		const rows = result.json('Zoho');
		expect(rows).toHaveLength(130);
		expect(rows[129]).toMatchObject({ agentId: '1129', date: '2024-10-16', availableSumSeconds: 1 });
	});

	test('Limit asks for no more agents than needed, and raw output gives one item per page', async () => {
		const vendor = fakeVendor(US, () => ({ body: calendarSummaryExample }));
		const result = await runWorkflow({
			nodes: [zoho({ operation: 'getDailySummary', start: START, end: END, agentIds: '', queueIds: '', returnAll: false, limit: 1, reportReady: false, options: {} })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((r) => [r.query.from, r.query.size])).toEqual([['0', '1']]);
		expect(result.json('Zoho')).toEqual([calendarSummaryExample]);
	});
});
