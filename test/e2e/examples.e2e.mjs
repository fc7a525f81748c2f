// The example workflows of examples/, run by the real pinned n8n (2.41.1 on Node 24) against the offline sandbox:
// the three headless ones with `n8n execute` (Schedule Triggers swapped for Manual Triggers in an imported copy), and
// the udesk trigger one on a running `n8n start` — activated over n8n's REST API, fed signed and forged callbacks by the
// sandbox, deactivated again. One n8n user folder, one credential import and one workflow import serve every test.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { postEvent } from '../../sandbox/udesk-trigger.mjs';
import { SANDBOX_CREDENTIAL_IDS, startSandbox } from '../../sandbox/index.mjs';
import { createN8n, nodeOutput, readExamples, restClient, waitFor, withManualTrigger } from './lib.mjs';

const DAY = 86_400_000;
const REPORT = 'exDailyAgentRpt1';
const REPORT_NO_OZONETEL_DATA = 'exDailyAgentRptS'; // a test-only copy asking Ozonetel for a Sunday (no data)
const CALL_ENDED = 'exUdeskCallEnd01';
const ONBOARDING = 'exUdeskOnboard01';
const TEAM_BREAK = 'exCcaiTeamBreak1';
const BREAK_MESSAGE = 'exCcaiBreakMsg01'; // polling trigger: activated and run in polling.e2e.mjs

let sandbox;
let n8n;
let examples;

before(async () => {
	// timeScale 60: Ozonetel's 5-a-minute report limit and token lifetimes shrink so no pacing wait is real minutes.
	sandbox = await startSandbox({ timeScale: 60 });
	n8n = createN8n();
	examples = Object.fromEntries(readExamples().map((workflow) => [workflow.id, workflow]));

	const noOzonetelData = withManualTrigger(examples[REPORT]);
	noOzonetelData.id = REPORT_NO_OZONETEL_DATA;
	noOzonetelData.name += ' (Ozonetel: a Sunday)';
	const sunday = lastSundayBefore(yesterday());
	const ozonetel = noOzonetelData.nodes.find((node) => node.type === 'n8n-nodes-contact-center.ozonetel');
	ozonetel.parameters.fromDate = `${sunday}T00:00:00`;
	ozonetel.parameters.toDate = `${sunday}T23:59:59`;

	await n8n.importCredentials(sandbox.credentials);
	await n8n.importWorkflows([...Object.values(examples).map(withManualTrigger), noOzonetelData]);
});

after(async () => {
	n8n?.cleanup();
	await sandbox?.close();
});

/** Yesterday in UTC (the examples' workflow time zone) as yyyy-MM-dd. */
function yesterday() {
	return new Date(Math.floor(Date.now() / DAY) * DAY - DAY).toISOString().slice(0, 10);
}

function lastSundayBefore(isoDate) {
	const day = new Date(`${isoDate}T00:00:00Z`);
	do day.setUTCDate(day.getUTCDate() - 1);
	while (day.getUTCDay() !== 0);
	return day.toISOString().slice(0, 10);
}

describe('examples as files', () => {
	test('every example has a fixed 16-character id, uses only sandbox credential IDs and is described in the README', async () => {
		const { readFileSync } = await import('node:fs');
		const docs = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
		assert.deepEqual(Object.keys(examples).sort(), [TEAM_BREAK, REPORT, CALL_ENDED, ONBOARDING, BREAK_MESSAGE].sort());
		for (const workflow of Object.values(examples)) {
			assert.match(workflow.id, /^[A-Za-z0-9]{16}$/);
			assert.equal(workflow.active, false);
			for (const node of workflow.nodes) {
				for (const [type, { id }] of Object.entries(node.credentials ?? {})) {
					assert.equal(id, SANDBOX_CREDENTIAL_IDS[type], `${workflow.id} ${node.name} ${type}`);
				}
			}
			assert.ok(docs.includes(workflow.id), `README.md mentions ${workflow.id}`);
		}
		// The scheduled examples stay scheduled in the files; only the test copies get a Manual Trigger.
		assert.equal(examples[REPORT].nodes[0].type, 'n8n-nodes-base.scheduleTrigger');
		assert.equal(examples[TEAM_BREAK].nodes[0].type, 'n8n-nodes-base.scheduleTrigger');
	});
});

describe('headless runs (n8n execute)', () => {
	const zohoRows = (date) =>
		[
			['600000000039003', 'Jack'],
			['3029000000002015', 'Jan'],
			['3029000003904005', 'aravindan.e5'],
		].map(([agentId, agentName]) => ({
			vendor: 'Zoho Voice',
			date,
			agentId,
			agentName,
			// the sandbox's working day: 400 min Available, 15 On Call, 20 Busy, 45 On Break, 8 h working time
			availableSeconds: 24_000,
			onCallSeconds: 900,
			wrapUpSeconds: null,
			breakSeconds: 2_700,
			busySeconds: 1_200,
			loggedInSeconds: 28_800,
		}));
	const ozonetelRows = (date) =>
		[
			['agent1', 'Asha'],
			['agent2', 'Ravi'],
		].map(([agentId, agentName]) => ({
			vendor: 'Ozonetel',
			date,
			agentId,
			agentName,
			// sandbox row: idle 01:00:05, busy 00:10:00 + dial 00:00:30, wrap-up 00:05:00, pause 00:45:00, login 08:00:00
			availableSeconds: 3_605,
			onCallSeconds: 630,
			wrapUpSeconds: 300,
			breakSeconds: 2_700,
			busySeconds: null,
			loggedInSeconds: 28_800,
		}));

	test('daily report: Ozonetel Agent State Summary + Zoho Voice daily summary for yesterday → one table', async () => {
		const date = yesterday();
		const zohoBefore = sandbox.vendors.zoho.state.requests.length;
		const ozonetelBefore = sandbox.vendors.ozonetel.state.log.length;
		const result = await n8n.execute(REPORT);
		assert.equal(result.data.resultData.error, undefined);
		// The Ozonetel sandbox has no data on Sundays, like a closed contact centre.
		const expectedOzonetel = new Date(`${date}T00:00:00Z`).getUTCDay() === 0 ? [] : ozonetelRows(date);
		assert.deepEqual(nodeOutput(result, 'One Table'), [...expectedOzonetel, ...zohoRows(date)]);

		const start = Date.parse(`${date}T00:00:00Z`);
		const summaryCalls = sandbox.vendors.ozonetel.state.log.slice(ozonetelBefore).filter((entry) => entry.path === '/ca_reports/summaryReport');
		assert.deepEqual(
			summaryCalls.map(({ method, fields }) => [method, fields.fromDate, fields.toDate, fields.userName]),
			[['POST', `${date} 00:00:00`, `${date} 23:59:59`, 'acme']],
		);
		// At timeScale 60 the sandbox's access token lives 60 s; on a loaded machine the run can start after that, and
		// then n8n refreshes it (POST /oauth/v2/token) and repeats the refused call — the same request a second time.
		const zohoCalls = sandbox.vendors.zoho.state.requests.slice(zohoBefore);
		const apiCalls = zohoCalls
			.filter(({ path }) => path.startsWith('/rest/'))
			.map(({ method, path, query, headers }) => JSON.stringify([method, path, Number(query.fromEpoch), Number(query.toEpoch), query.tz, String(headers.authorization).split(' ')[0]]));
		assert.deepEqual(
			[...new Set(apiCalls)].map((call) => JSON.parse(call)),
			[['GET', '/rest/json/zv/metrics/statusaudit/calendarSummary', start, start + DAY - 1000, 'UTC', 'Bearer']],
		);
		assert.ok(apiCalls.length <= 2, `at most the call and its repeat after a token refresh: ${apiCalls.length}`);
		assert.deepEqual(
			zohoCalls.filter(({ path }) => !path.startsWith('/rest/')).map(({ method, path }) => [method, path]),
			apiCalls.length === 2 ? [['POST', '/oauth/v2/token']] : [],
		);
	});

	test('daily report still comes out when Ozonetel has no data for the day (a Sunday)', async () => {
		const result = await n8n.execute(REPORT_NO_OZONETEL_DATA);
		assert.equal(result.data.resultData.error, undefined);
		assert.deepEqual(nodeOutput(result, 'Ozonetel Agent State Summary'), []);
		assert.deepEqual(nodeOutput(result, 'One Table'), zohoRows(yesterday()));
	});

	test('staffing: udesk bulk onboarding creates each agent and extension, binds them and adds the agent to its queues; a second run updates', async () => {
		const udesk = sandbox.vendors.udesk;
		const app = udesk.state.apps.get(sandbox.udesk.appId);
		const before = udesk.state.requests.length;
		const result = await n8n.execute(ONBOARDING);
		assert.equal(result.data.resultData.error, undefined);
		const sip = (extension) => `${app.ExtensionPrefix}${extension}`;
		const summary = (agentAction, created) => [
			{ agentId: '10041', name: 'Zhao Min', workId: 'zhao_w', extension: '8101', sipNumber: created ? sip('8101') : null, queues: ['9001'], agentAction, extensionCreated: created },
			{ agentId: '10042', name: 'Sun Li', workId: 'sun_l', extension: '8102', sipNumber: created ? sip('8102') : null, queues: ['9001', '9002'], agentAction, extensionCreated: created },
			{ agentId: '10043', name: 'Zhou Yan', workId: 'zhou_y', extension: '8103', sipNumber: created ? sip('8103') : null, queues: ['9002'], agentAction, extensionCreated: created },
		];
		assert.deepEqual(nodeOutput(result, 'Onboarded'), summary('created', true));
		// The generated SIP passwords are in Create Extension's output (and nowhere in the summary).
		for (const row of nodeOutput(result, 'Create Extension')) assert.match(row.Password, /^[0-9a-f]{16}$/);

		const agent = (id, workId, name, email) => ({ Agents: [{ AgentId: id, WorkId: workId, Name: name, Email: email, Role: 'agent', Enable: true }] });
		const tail = [
			['POST', 'extensions', { Extension: '8101' }],
			['POST', 'extensions', { Extension: '8102' }],
			['POST', 'extensions', { Extension: '8103' }],
			['POST', 'agents/extensions', { AgentId: '10041', Extensions: ['8101'] }],
			['POST', 'agents/extensions', { AgentId: '10042', Extensions: ['8102'] }],
			['POST', 'agents/extensions', { AgentId: '10043', Extensions: ['8103'] }],
			['POST', 'agents/queues', { AgentId: '10041', Queues: ['9001'] }],
			['POST', 'agents/queues', { AgentId: '10042', Queues: ['9001', '9002'] }],
			['POST', 'agents/queues', { AgentId: '10043', Queues: ['9002'] }],
		];
		const received = (from) =>
			udesk.state.requests.slice(from).map(({ method, path, body }) => [method, path.replace('/ccapi/v2/', ''), body === '' ? undefined : JSON.parse(body)]);
		const lookups = ['10041', '10042', '10043'].map((id) => ['GET', `agents/${id}`, { AgentId: id }]); // the doc's JSON body
		assert.deepEqual(received(before), [
			...lookups,
			['POST', 'agents', agent('10041', 'zhao_w', 'Zhao Min', 'zhao.min@example.com')],
			['POST', 'agents', agent('10042', 'sun_l', 'Sun Li', 'sun.li@example.com')],
			['POST', 'agents', agent('10043', 'zhou_y', 'Zhou Yan', 'zhou.yan@example.com')],
			...tail,
		]);
		// …and the sandbox's account now holds them that way (next to the seeded agents 10031 Li and 10032 Qian).
		assert.deepEqual(
			['8101', '8102', '8103'].map((extension) => app.extensions.get(extension).AgentId),
			['10041', '10042', '10043'],
		);
		assert.deepEqual(app.queues.get('9001').Agents, ['10031', '10032', '10041', '10042']);
		assert.deepEqual(app.queues.get('9002').Agents, ['10032', '10042', '10043']);

		// Run twice: what exists is updated (PUT), the existing extensions are kept (100015 tolerated), nothing fails.
		const again = udesk.state.requests.length;
		const second = await n8n.execute(ONBOARDING);
		assert.equal(second.data.resultData.error, undefined);
		assert.deepEqual(nodeOutput(second, 'Onboarded'), summary('updated', false));
		assert.deepEqual(received(again), [
			...lookups,
			['PUT', 'agents/10041', { AgentId: '10041', WorkId: 'zhao_w', Name: 'Zhao Min', Email: 'zhao.min@example.com' }],
			['PUT', 'agents/10042', { AgentId: '10042', WorkId: 'sun_l', Name: 'Sun Li', Email: 'sun.li@example.com' }],
			['PUT', 'agents/10043', { AgentId: '10043', WorkId: 'zhou_y', Name: 'Zhou Yan', Email: 'zhou.yan@example.com' }],
			...tail,
		]);
		assert.deepEqual(app.queues.get('9001').Agents, ['10031', '10032', '10041', '10042']);
	});

	test('status: CCAI sets both teams to Break and reports the agents that could not be changed', async () => {
		const ccai = sandbox.vendors.ccai;
		const before = ccai.state.requests.length;
		const result = await n8n.execute(TEAM_BREAK);
		assert.equal(result.data.resultData.error, undefined);
		assert.deepEqual(nodeOutput(result, 'Report'), [
			{ agentId: 12, agent: 'Craig T', email: 'craigT@nelson.com', status: 'In-call', reason: "Agent can't be changed from system status 'In-call'" },
			{ agentId: 13, agent: 'Raymond D', email: 'rayd@nelson.com', status: 'Offline', reason: "Agent's status can't be changed if they are offline or logged out" },
		]);
		assert.deepEqual(
			ccai.state.requests.slice(before).map((r) => [r.method, r.path, r.body]),
			[['POST', '/apps/api/v1/agent_statuses', { status: 'Break', agent_ids: [], team_ids: [1, 2] }]],
		);
		assert.deepEqual(
			ccai.state.agents.map((a) => [a.agent_id, a.status]),
			[[11, 'Break'], [12, 'In-call'], [13, 'Offline'], [14, 'Break']],
		);
	});
});

describe('call events: udesk Trigger on a running n8n', () => {
	let server;
	let rest;
	let callback;
	const app = () => sandbox.vendors.udesk.state.apps.get(sandbox.udesk.appId);
	const subscriptions = () => [...app().subscriptions.values()];

	before(async () => {
		server = await n8n.start();
		rest = restClient(server.url);
		await rest.setupOwner();
	});

	after(async () => {
		await server?.stop();
	});

	test('activating the workflow creates the udesk message subscription for `end` at the webhook URL', async () => {
		const workflow = await rest.activate(CALL_ENDED);
		assert.equal(workflow.active, true);
		// n8n 2.x publishes through an outbox: the trigger's create hook runs shortly after the answer.
		const [subscription] = await waitFor(() => (subscriptions().length ? subscriptions() : undefined), { what: 'the udesk subscription' });
		const webhookId = examples[CALL_ENDED].nodes[0].webhookId;
		callback = `${server.url}/webhook/${webhookId}/webhook`;
		assert.deepEqual(subscriptions(), [{ ...subscription, callback, name: `n8n ${CALL_ENDED} call-ended`, events: ['end'], enable: true }]);
	});

	test('a signed `end` event starts one execution that fetches the call log and the recording file of that call', async () => {
		const callId = '00000000-0000-4000-8000-000000000001'; // the sandbox's first call: answered, agent 10031
		const before = sandbox.vendors.udesk.state.requests.length;
		const deliveries = await sandbox.emitUdeskEvent({ event: 'end', CallId: callId, AgentId: '10031' });
		assert.deepEqual(deliveries, [{ callback, status: 200, body: { message: 'Workflow was started' } }]);

		const [execution] = await waitFor(async () => {
			const list = await rest.executions(CALL_ENDED);
			return list.length === 1 && !['new', 'running'].includes(list[0].status) ? list : undefined;
		}, { what: 'the webhook execution' });
		assert.deepEqual([execution.mode, execution.status], ['webhook', 'success']);

		const { data } = await rest.execution(execution.id);
		const output = (name) => data.resultData.runData[name][0].data.main[0].map((item) => item.json);
		const start = Math.floor(Date.now() / DAY) * DAY - 6 * DAY; // sandbox call 1 starts at the first generated day
		const [summary] = output('Call Summary');
		assert.match(summary.recordingUrl, new RegExp(`^${sandbox.urls.udesk}/recordings/${sandbox.udesk.appId}/${callId}\\.wav\\?OSSAccessKeyId=`));
		assert.deepEqual({ ...summary, recordingUrl: undefined }, {
			callId,
			callLogFound: true,
			agentId: '10031',
			agentName: 'Li',
			customerNumber: '13600000000',
			callType: 'Incoming',
			startedAt: new Date(start).toISOString(),
			endedAt: new Date(start + 30_000).toISOString(),
			talkSeconds: 22,
			hangupBy: 'agent',
			recordingUrl: undefined,
			recordingFile: `${callId}.wav`,
			note: 'Call log and recording file (binary field "recording")',
		});
		assert.equal(output('Call Ended')[0].event, 'end');

		const received = sandbox.vendors.udesk.state.requests.slice(before);
		assert.deepEqual(
			// the doc's JSON body on GET, nothing but the signature in the query
			received.map(({ method, path, query, body }) => [method, path, Object.keys(query).sort().join(','), JSON.parse(body)]),
			[
				['GET', '/ccapi/v2/calls/logs', 'AppId,Sid,Sign,Timestamp', { CallId: callId, PageNum: 1, PageSize: 100 }],
				['GET', '/ccapi/v2/calls/recfiles', 'AppId,Sid,Sign,Timestamp', { CallId: callId, PageNum: 1, PageSize: 1 }], // Download Recording: the call's one recording
			],
		);
	});

	test('a forged callback is refused with 401 and starts nothing; an unselected event starts nothing either', async () => {
		const before = sandbox.vendors.udesk.state.requests.length;
		const [forged] = await sandbox.emitUdeskEvent({ event: 'end', CallId: '00000000-0000-4000-8000-000000000002' }, { forged: true });
		// Bare, like n8n's own triggers: nothing in the answer says which check failed (the reason is in n8n's log).
		assert.equal(forged.status, 401);
		assert.equal(forged.body, 'Unauthorized');

		const unselected = await postEvent(callback, { event: 'begin', CallId: '00000000-0000-4000-8000-000000000003' }, {
			appId: sandbox.udesk.appId,
			secret: sandbox.udesk.secret,
		});
		assert.deepEqual([unselected.status, unselected.body], [200, { message: 'Event not selected in the trigger: ignored' }]);

		// Give n8n time to (wrongly) start something, then check nothing was started and nothing was fetched.
		await new Promise((resolve) => setTimeout(resolve, 1500));
		assert.equal((await rest.executions(CALL_ENDED)).length, 1);
		assert.deepEqual(sandbox.vendors.udesk.state.requests.slice(before), []);
	});

	test('a replayed delivery (2 s later) and concurrent duplicates run once each', async () => {
		const signing = { appId: sandbox.udesk.appId, secret: sandbox.udesk.secret, timestampSeconds: Math.floor(Date.now() / 1000) };
		const replayed = { event: 'end', CallId: '00000000-0000-4000-8000-000000000005' };
		const first = await postEvent(callback, replayed, signing);
		assert.deepEqual([first.status, first.body], [200, { message: 'Workflow was started' }]);
		await new Promise((resolve) => setTimeout(resolve, 2000));
		const again = await postEvent(callback, replayed, signing);
		assert.deepEqual([again.status, again.body], [200, { message: 'Callback already received: ignored' }]);

		const duplicate = { event: 'end', CallId: '00000000-0000-4000-8000-000000000006', MsgId: 'e2e-duplicate-1' };
		const answers = await Promise.all([1, 2, 3].map(() => postEvent(callback, duplicate, signing)));
		assert.deepEqual(answers.map((answer) => answer.body.message).sort(), [
			'Callback already received: ignored',
			'Callback already received: ignored',
			'Workflow was started',
		]);
		// one execution per distinct delivery: 1 before + 2 now
		await waitFor(async () => {
			const list = await rest.executions(CALL_ENDED);
			return list.length === 3 && list.every((execution) => !['new', 'running'].includes(execution.status)) ? list : undefined;
		}, { what: 'the two new executions' });
		await new Promise((resolve) => setTimeout(resolve, 1000));
		assert.equal((await rest.executions(CALL_ENDED)).length, 3);
	});

	test('deactivating the workflow deletes the subscription from udesk', async () => {
		const id = subscriptions()[0].id;
		const before = sandbox.vendors.udesk.state.requests.length;
		const workflow = await rest.deactivate(CALL_ENDED);
		assert.equal(workflow.active, false);
		await waitFor(() => subscriptions().length === 0, { what: 'the subscription to be deleted' });
		assert.deepEqual(
			sandbox.vendors.udesk.state.requests.slice(before).map(({ method, path }) => [method, path]),
			[['DELETE', `/ccapi/v2/subscriptions/${id}`]],
		);
		// A signed event after deactivation reaches nobody: no subscription lists it any more.
		assert.deepEqual(await sandbox.emitUdeskEvent({ event: 'end', CallId: '00000000-0000-4000-8000-000000000001' }), []);
	});
});
