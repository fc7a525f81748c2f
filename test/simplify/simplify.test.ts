/**
 * Simplify (issue 14 §3): the same report-ready shape from every vendor's read operations, in the workflow's time
 * zone, on by default from node version 1.1; version 1 keeps the vendor's record; as an AI tool the Output option.
 * Every test runs the node inside n8n's WorkflowExecute (test/harness/engine.ts) against a fake vendor at the socket.
 */
import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { deepCopy } from 'n8n-workflow';

import { loadPackage, packageNode, PACKAGE_NAME, runWorkflow } from '../harness/engine';
import { fakeVendor } from '../harness/http';
import type { ReceivedRequest } from '../harness/http';
import { credentials as udeskCredentials, HOST as UDESK, ok, udesk } from '../udesk/part3.helpers';
import { BASE as OZONETEL, credentials as ozonetelCredentials, distModules, ozonetel } from '../ozonetel/helpers';
import { calendarSummaryExample, callLogExample, overviewExample, statusListExample } from '../zohoVoice/fixtures';

const V11 = { typeVersion: 1.1 };

// ---- udesk ----------------------------------------------------------------------------------------------------------

const CALL_LOG = {
	CallId: '50def7e0-cf70-411e-9e05-4381817b441c',
	StartTime: 1566351290766,
	EndTime: 1566351302186,
	AgentAnswerTime: 1566351292686,
	UserAnswerTime: 0,
	CallDuration: 10,
	TotalDuration: 12,
	DestNumber: '13716429603',
	UNProvince: '',
	UNCity: '',
	SpNumber: '057128091649',
	AgentId: '10031',
	AgentName: 'Li',
	WorkId: '',
	Email: '',
	CallType: 'Incoming',
	EndType: 'callResult',
	HangupBy: 'agent',
	HangupReason: '',
	HangupCode: '',
	AgentDevType: 'voip',
	RobotVars: null,
	AIRecordLen: 0,
	AdCallId: '',
	AdTaskId: '',
};

function udeskVendor(result: (request: ReceivedRequest) => unknown) {
	return fakeVendor(UDESK, (request) => ok(result(request)));
}

describe('Simplify: udesk', () => {
	test('version 1.1, Get Call Logs: the shared shape in the workflow time zone, inbound from the user to the relay number', async () => {
		const vendor = udeskVendor(() => ({ CallLogs: [CALL_LOG, { ...CALL_LOG, CallType: 'Outgoing', CallId: 'c2', AgentId: '', AgentName: '' }] }));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'report', operation: 'callLogs', returnAll: true, filters: { callId: CALL_LOG.CallId } }, V11)],
			credentials: udeskCredentials(),
			timezone: 'Asia/Shanghai',
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((r) => [r.method, r.path])).toEqual([['GET', '/ccapi/v2/calls/logs']]);
		expect(result.json('Udesk')).toEqual([
			{
				agentId: '10031',
				agentName: 'Li',
				status: 'callResult',
				startedAt: '2019-08-21T09:34:50.766+08:00',
				endedAt: '2019-08-21T09:35:02.186+08:00',
				durationSeconds: 12,
				duration: '00:00:12',
				callId: '50def7e0-cf70-411e-9e05-4381817b441c',
				direction: 'inbound',
				from: '13716429603',
				to: '057128091649',
				talkSeconds: 10,
				hangupBy: 'agent',
			},
			{
				agentId: null,
				agentName: null,
				status: 'callResult',
				startedAt: '2019-08-21T09:34:50.766+08:00',
				endedAt: '2019-08-21T09:35:02.186+08:00',
				durationSeconds: 12,
				duration: '00:00:12',
				callId: 'c2',
				direction: 'outbound',
				from: '057128091649',
				to: '13716429603',
				talkSeconds: 10,
				hangupBy: 'agent',
			},
		]);
		expect(result.output('Udesk').map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	test('version 1 (default Simplify off) returns the vendor record unchanged', async () => {
		udeskVendor(() => ({ CallLogs: [CALL_LOG] }));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'report', operation: 'callLogs', returnAll: true, filters: { callId: CALL_LOG.CallId } })],
			credentials: udeskCredentials(),
			timezone: 'Asia/Shanghai',
		});
		expect(result.error).toBeUndefined();
		expect(result.json('Udesk')).toEqual([
			{
				...CALL_LOG,
				StartTimeIso: '2019-08-21T01:34:50.766Z',
				EndTimeIso: '2019-08-21T01:35:02.186Z',
				AgentAnswerTimeIso: '2019-08-21T01:34:52.686Z',
			},
		]);
	});

	test('version 1.1 with Simplify turned off returns the vendor record too', async () => {
		udeskVendor(() => ({ CallLogs: [CALL_LOG] }));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'report', operation: 'callLogs', returnAll: true, simplify: false, filters: { callId: CALL_LOG.CallId } }, V11)],
			credentials: udeskCredentials(),
		});
		expect(result.json('Udesk')[0]).toMatchObject({ ...CALL_LOG, StartTimeIso: '2019-08-21T01:34:50.766Z' });
	});

	test('version 1 with Simplify turned on gives the simplified item', async () => {
		udeskVendor(() => ({ CallLogs: [CALL_LOG] }));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'report', operation: 'callLogs', returnAll: true, simplify: true, filters: { callId: CALL_LOG.CallId } })],
			credentials: udeskCredentials(),
		});
		expect(result.json('Udesk')[0]).toMatchObject({ callId: CALL_LOG.CallId, startedAt: '2019-08-21T01:34:50.766Z', duration: '00:00:12' });
	});

	test('Get Recordings and Get Agent State Logs', async () => {
		const recording = { CallId: CALL_LOG.CallId, StartTime: 1566351292686, EndTime: 1566351302186, Duration: 9.5, RecFileUrl: 'https://rec.example/a.wav' };
		const stateLog = {
			AgentId: '10032',
			AgentName: 'Qian',
			WorkId: '2',
			CurState: '3',
			CurStateSubId: 0,
			StartTime: 1566351290766,
			EndTime: 1566358490766,
			Duration: 7200,
			OldState: 'onBreak',
			OldStateSubId: 1,
		};
		udeskVendor((request) => (request.path.endsWith('recfiles') ? { RecFiles: [recording] } : { AgentStateLogs: [stateLog] }));
		const start = new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString();
		const result = await runWorkflow({
			nodes: [
				udesk({ resource: 'report', operation: 'recordings', returnAll: true, filters: { callId: CALL_LOG.CallId } }, { ...V11, name: 'Recordings' }),
				udesk({ resource: 'report', operation: 'agentStateLogs', returnAll: false, limit: 1, startTime: start }, { ...V11, name: 'States' }),
			],
			connections: { Recordings: { main: [[{ node: 'States', type: 'main', index: 0 }]] } },
			credentials: udeskCredentials(),
			timezone: 'Europe/Berlin',
		});
		expect(result.error).toBeUndefined();
		expect(result.json('Recordings')).toEqual([
			{
				startedAt: '2019-08-21T03:34:52.686+02:00',
				endedAt: '2019-08-21T03:35:02.186+02:00',
				durationSeconds: 9.5,
				duration: '00:00:10',
				callId: CALL_LOG.CallId,
				recordingUrl: 'https://rec.example/a.wav',
			},
		]);
		expect(result.json('States')).toEqual([
			{
				agentId: '10032',
				agentName: 'Qian',
				status: 'In call',
				startedAt: '2019-08-21T03:34:50.766+02:00',
				endedAt: '2019-08-21T05:34:50.766+02:00',
				durationSeconds: 7200,
				duration: '02:00:00',
				previousStatus: 'On break',
			},
		]);
	});

	test('Agent → Get Many: agent ID, name and state by name', async () => {
		udeskVendor(() => ({
			AgentList: [{ AppId: 'x', AgentId: '62', WorkId: '565', Name: 'crmtest 2', Mobile: '13716429603', Email: 'crm@test.cn', Role: 'agent', State: 1, ExtState: 0, Enable: true }],
			TotalPage: 1,
		}));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'agent', operation: 'getAll', returnAll: true }, V11)],
			credentials: udeskCredentials(),
		});
		expect(result.error).toBeUndefined();
		expect(result.json('Udesk')).toEqual([
			{ agentId: '62', agentName: 'crmtest 2', status: 'Ready for work', email: 'crm@test.cn', workId: '565' },
		]);
	});
});

// ---- CCAI Platform --------------------------------------------------------------------------------------------------

describe('Simplify: Google CCAI Platform', () => {
	const CCAI = 'https://acme.uc1.ccaiplatform.com';
	const credentials = () => ({
		ccaiPlatformApi: { domain: 'uc1.ccaiplatform.com', subdomain: 'acme', username: 'api-user', password: 'dummy-token-123' },
	});
	const rows = [
		{ agent_id: 11, name: 'Darth Vader', email: 'notanakinskywalker@empire.com', agent_number: 'Agent No.111', status: 'lunch', ip_addrs: ['34.211.11.101'] },
	];

	test.each([
		[1.1, [{ agentId: '11', agentName: 'Darth Vader', status: 'lunch', email: 'notanakinskywalker@empire.com' }]],
		[1, rows],
	])('version %s: Get', async (typeVersion, expected) => {
		fakeVendor(CCAI, () => ({ body: rows }));
		const result = await runWorkflow({
			nodes: [packageNode('ccaiPlatform', { resource: 'agentStatus', operation: 'get', agentIds: '11', teamIds: '' }, { name: 'CCAI', credentialType: 'ccaiPlatformApi', typeVersion })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(result.json('CCAI')).toEqual(expected);
	});
});

// ---- Ozonetel -------------------------------------------------------------------------------------------------------

describe('Simplify: Ozonetel CloudAgent', () => {
	const SUMMARY_ROW = {
		AgentIncrID: '101',
		AgentName: 'Asha',
		AgentUniqueID: 'agent1',
		CallDate: '2025-09-23',
		ModeType: 'Inbound',
		TotalBusyTime: '00:10:00',
		TotalDialTime: '00:01:00',
		TotalIdleTime: '01:00:05',
		TotalLoginDuration: '08:00:00',
		TotalPauseTime: '00:00:30',
		TotalWrapupTime: '00:05:00',
	};
	let modules: Awaited<ReturnType<typeof distModules>>;
	beforeAll(async () => {
		modules = await distModules();
	});
	beforeEach(() => {
		modules.limiter.setRateWindowForTests(60_000);
		modules.ledger.resetTokenLedgerForTests();
	});
	const vendor = (message: unknown) =>
		fakeVendor(OZONETEL, (r) =>
			r.path === '/ca_apis/CAToken/generateToken' ? { body: { token: 'tok-1', message: '' } } : { body: { status: 'success', message } },
		);

	test('Agent State Summary: one item per agent, day and mode with the summary seconds', async () => {
		vendor([SUMMARY_ROW]);
		const result = await runWorkflow({
			nodes: [
				ozonetel(
					{ resource: 'report', operation: 'agentStateSummary', fromDate: '2025-09-23T00:00:00', toDate: '2025-09-23T23:59:59', agentIds: 'agent1', modeTypes: [], options: {} },
					V11,
				),
			],
			credentials: ozonetelCredentials(),
		});
		expect(result.error).toBeUndefined();
		expect(result.json('Ozonetel')).toEqual([
			{
				agentId: 'agent1',
				agentName: 'Asha',
				durationSeconds: 28800,
				duration: '08:00:00',
				direction: 'inbound',
				date: '2025-09-23',
				availableSeconds: 3605,
				onCallSeconds: 660,
				breakSeconds: 30,
				wrapUpSeconds: 300,
				loggedInSeconds: 28800,
				mode: 'Inbound',
			},
		]);
	});

	test('Average Handling Time: the AHT as durationSeconds and HH:mm:ss', async () => {
		vendor({ AgentID: 'agent1', AgentName: 'Asha', AHT: '00:02:37' });
		const result = await runWorkflow({
			nodes: [ozonetel({ resource: 'agent', operation: 'averageHandlingTime', by: 'agent', agentId: 'agent1' }, V11)],
			credentials: ozonetelCredentials(),
		});
		expect(result.error).toBeUndefined();
		expect(result.json('Ozonetel')).toEqual([
			{ agentId: 'agent1', agentName: 'Asha', durationSeconds: 157, duration: '00:02:37', campaignId: null, campaignName: null },
		]);
	});
});

// ---- Zoho Voice -----------------------------------------------------------------------------------------------------

describe('Simplify: Zoho Voice', () => {
	const US = 'https://voice.zoho.com';
	const credentials = () => ({
		zohoVoiceOAuth2Api: {
			dataCenter: 'us',
			clientId: '1000.CLIENTID',
			clientSecret: 'client-secret-xyz',
			oauthTokenData: { access_token: '1000.access-dummy', refresh_token: '1000.refresh-dummy', token_type: 'Bearer', expires_in: 3600 },
		},
	});
	const zoho = (parameters: Record<string, unknown>, extra = {}) =>
		packageNode('zohoVoice', { resource: 'agentStatus', ...parameters } as never, {
			name: 'Zoho',
			credentialType: 'zohoVoiceOAuth2Api',
			...V11,
			...extra,
		});
	const period = { start: '2024-10-16T00:00:00', end: '2024-10-23T00:00:00' };
	const JACK = {
		agentId: '600000000039003',
		agentName: 'Jack',
		durationSeconds: 202133.44,
		duration: '56:08:53',
		availableSeconds: 201326.269,
		onCallSeconds: 807.171,
		busySeconds: 0,
		breakSeconds: 0,
		loggedInSeconds: 202133.44,
		email: 'jacques@zylker.com',
	};

	test('Get Status Log: one item per status period, times in the workflow time zone (not the report\'s)', async () => {
		const vendor = fakeVendor(US, () => ({ body: statusListExample }));
		const result = await runWorkflow({
			nodes: [zoho({ operation: 'getStatusLog', ...period, agentIds: '3029000000002015', returnAll: true, options: { timeZone: 'UTC' } })],
			credentials: credentials(),
			timezone: 'Asia/Kolkata',
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received[0].query.tz).toBe('UTC');
		expect(result.json('Zoho')).toEqual([
			{
				agentId: '3029000000002015',
				agentName: 'Jan',
				status: 'Available',
				startedAt: '2024-10-15T13:06:54.592+05:30',
				endedAt: '2024-10-16T10:55:00.109+05:30',
				durationSeconds: 78485.517,
				duration: '21:48:06',
				nextStatus: 'Available',
				reason: 'Agent Schedule',
			},
			{
				agentId: '3029000000002015',
				agentName: 'Jan',
				status: 'Available',
				startedAt: '2024-10-16T10:55:00.109+05:30',
				endedAt: '2024-10-16T12:26:48.945+05:30',
				durationSeconds: 5508.836,
				duration: '01:31:49',
				nextStatus: 'Offline',
				reason: null,
			},
		]);
		expect(result.output('Zoho').map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	test('Get Summary and Get Daily Summary: the summary seconds (Report-Ready Output off does not matter)', async () => {
		fakeVendor(US, (request) => ({ body: request.path.endsWith('overview') ? overviewExample : calendarSummaryExample }));
		const result = await runWorkflow({
			nodes: [
				zoho({ operation: 'getSummary', ...period, agentIds: '600000000039003', queueIds: '', returnAll: true, reportReady: false, options: {} }, { name: 'Summary' }),
				zoho({ operation: 'getDailySummary', ...period, agentIds: '', queueIds: '', returnAll: true, options: {} }, { name: 'Daily' }),
			],
			connections: { Summary: { main: [[{ node: 'Daily', type: 'main', index: 0 }]] } },
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(result.json('Summary')).toEqual([JACK]);
		expect(result.json('Daily')).toEqual([
			{
				agentId: '600000000039003',
				agentName: 'Jack',
				durationSeconds: 29333.44,
				duration: '08:08:53',
				date: '2024-10-18',
				availableSeconds: 28661.275,
				onCallSeconds: 672.165,
				busySeconds: 0,
				breakSeconds: 0,
				loggedInSeconds: 29333.44,
				email: 'jacques@zylker.com',
			},
		]);
	});

	test('Get Call Status Activity: one item per agent of the queue, the call as an inbound call', async () => {
		const LOG_ID = '33549725-33d3-40e2-b4b8-e8fac35023d8';
		fakeVendor(US, () => ({ body: callLogExample }));
		const result = await runWorkflow({
			nodes: [zoho({ operation: 'getCallStatusActivity', logId: LOG_ID, start: '2024-10-18T11:30:00Z', end: '2024-10-18T11:45:00Z', queueIds: '', options: {} })],
			credentials: credentials(),
			timezone: 'America/New_York',
		});
		expect(result.error).toBeUndefined();
		const items = result.json('Zoho');
		expect(items).toHaveLength(5);
		expect(items[0]).toEqual({
			agentId: '3029000003904005',
			agentName: 'aravindan.e5',
			status: 'not answered',
			startedAt: '2024-10-18T07:39:47-04:00',
			endedAt: '2024-10-18T07:40:47-04:00',
			durationSeconds: 60,
			duration: '00:01:00',
			callId: LOG_ID,
			direction: 'inbound',
			queueName: 'All in One',
			rings: 1,
		});
	});
});

// ---- as an AI-agent tool ----------------------------------------------------------------------------------------------

/**
 * The tool variant n8n builds for `usableAsTool` nodes (n8n's convertNodeToAiTool: the same node, its name + "Tool",
 * which is what `@tool` display options test). Built here from the node loaded from dist.
 */
async function toolVariant(name: string): Promise<Record<string, INodeType>> {
	const loader = await loadPackage();
	const original = loader.getNode(name).type as INodeType;
	const description = deepCopy(original.description) as INodeTypeDescription;
	description.name = `${name}Tool`;
	const tool: INodeType = { description, methods: original.methods, execute: original.execute };
	return { [`${PACKAGE_NAME}.${name}Tool`]: tool };
}

describe('Simplify as an AI-agent tool: the Output option', () => {
	const toolNode = (parameters: Record<string, unknown>) =>
		packageNode('udeskTool', { resource: 'report', operation: 'callLogs', returnAll: true, filters: { callId: CALL_LOG.CallId }, ...parameters } as never, {
			name: 'Udesk Tool',
			credentialType: 'udeskApi',
			...V11,
		});

	test.each([
		['default (Simplified)', {}, { callId: CALL_LOG.CallId, duration: '00:00:12', direction: 'inbound' }],
		['Raw', { output: 'raw' }, { CallId: CALL_LOG.CallId, TotalDuration: 12, StartTimeIso: '2019-08-21T01:34:50.766Z' }],
	])('%s', async (_label, parameters, expected) => {
		udeskVendor(() => ({ CallLogs: [CALL_LOG] }));
		const result = await runWorkflow({
			nodes: [toolNode(parameters)],
			credentials: udeskCredentials(),
			extraNodeTypes: await toolVariant('udesk'),
		});
		expect(result.error).toBeUndefined();
		expect(result.json('Udesk Tool')[0]).toMatchObject(expected);
	});

	test('Selected Fields: only the named vendor fields', async () => {
		udeskVendor(() => ({ CallLogs: [CALL_LOG] }));
		const result = await runWorkflow({
			nodes: [toolNode({ output: 'fields', outputFields: 'CallId, AgentId, RecFileUrl' })],
			credentials: udeskCredentials(),
			extraNodeTypes: await toolVariant('udesk'),
		});
		expect(result.error).toBeUndefined();
		expect(result.json('Udesk Tool')).toEqual([{ CallId: CALL_LOG.CallId, AgentId: '10031' }]);
	});

	test('the Simplify toggle is not offered to a tool, and Output is not offered to a plain node', async () => {
		const loader = await loadPackage();
		const { NodeHelpers } = await import('n8n-workflow');
		const tool = (await toolVariant('udesk'))[`${PACKAGE_NAME}.udeskTool`];
		const plain = loader.getNode('udesk').type as INodeType;
		const shown = (type: INodeType) =>
			NodeHelpers.getNodeParameters(
				type.description.properties,
				{ resource: 'report', operation: 'callLogs' },
				true,
				false,
				{ typeVersion: 1.1, parameters: {} } as never,
				type.description,
			) ?? {};
		expect(Object.keys(shown(tool))).toContain('output');
		expect(Object.keys(shown(tool))).not.toContain('simplify');
		expect(shown(plain)).toMatchObject({ simplify: true });
		expect(Object.keys(shown(plain))).not.toContain('output');
	});
});
