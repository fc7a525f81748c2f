// The polling triggers in the real pinned n8n (2.41.1 on Node 24, `n8n start`) against the offline sandbox: the
// example "CCAI Platform agent on break → Slack-style message" and a Zoho Voice Trigger workflow are activated over
// n8n's REST API with the every-minute Poll Time, a status is changed in each sandbox (CCAI: the documented POST
// agent_statuses; Zoho: a recorded status-log entry), and each workflow gets exactly one execution carrying that
// change — also after one more poll, so nothing is emitted twice.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { SANDBOX_CREDENTIAL_IDS, startSandbox } from '../../sandbox/index.mjs';
import { createN8n, readExample, restClient, waitFor } from './lib.mjs';

const BREAK_MESSAGE = 'exCcaiBreakMsg01';
const ZOHO_STATUS = 'e2eZohoStatus001';
const JAN = '3029000000002015';
// every-minute polls: a change is seen within ~60 s of the poll before it, plus n8n's start-up
const POLL_WAIT = { timeoutMs: 150_000 };

const zohoWorkflow = {
	id: ZOHO_STATUS,
	name: 'e2e: Zoho Voice agent status changed',
	active: false,
	isArchived: false,
	settings: { executionOrder: 'v1', timezone: 'Asia/Kolkata' },
	nodes: [
		{
			id: 'zoho-status',
			name: 'Zoho Status Changed',
			type: 'n8n-nodes-contact-center.zohoVoiceTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: { pollTimes: { item: [{ mode: 'everyMinute' }] }, agentIds: JAN, statuses: [], options: {} },
			credentials: { zohoVoiceOAuth2Api: { id: SANDBOX_CREDENTIAL_IDS.zohoVoiceOAuth2Api, name: 'Zoho Voice sandbox' } },
		},
	],
	connections: {},
	pinData: {},
};

let sandbox;
let n8n;
let server;
let rest;
let availableSince;

const ccaiGets = () => sandbox.vendors.ccai.state.requests.filter((r) => r.method === 'GET');
const zohoLists = () => sandbox.vendors.zoho.state.requests.filter((r) => r.path === '/rest/json/zv/metrics/statusaudit/list');
const finished = (list) => list.filter((execution) => !['new', 'running'].includes(execution.status));

before(async () => {
	sandbox = await startSandbox({ timeScale: 1 });
	// From its first recorded change on, a sandbox agent follows only recorded changes: no generated change can
	// happen while the test runs.
	availableSince = Date.now() - 60_000;
	sandbox.vendors.zoho.recordStatus(JAN, 'Available', { at: availableSince });
	n8n = createN8n();
	await n8n.importCredentials(sandbox.credentials);
	await n8n.importWorkflows([readExample('ccai-agent-on-break-message.json'), zohoWorkflow]);
	server = await n8n.start();
	rest = restClient(server.url);
	await rest.setupOwner();
});

after(async () => {
	await server?.stop();
	n8n?.cleanup();
	await sandbox?.close();
});

describe('polling triggers on a running n8n', () => {
	let ccaiBefore;
	let zohoBefore;

	test('activation polls once, records the current state and starts no execution', async () => {
		assert.equal((await rest.activate(BREAK_MESSAGE)).active, true);
		assert.equal((await rest.activate(ZOHO_STATUS)).active, true);
		await waitFor(() => ccaiGets().length >= 1 && zohoLists().length >= 1, { what: 'the activation polls' });

		// CCAI: the action node's Get (the engine tests check its exact query); Zoho: the status log since 5 min ago
		assert.deepEqual([ccaiGets()[0].method, ccaiGets()[0].path], ['GET', '/apps/api/v1/agent_statuses']);
		const [first] = zohoLists();
		assert.deepEqual([first.method, first.query.agentIds, first.query.tz, first.query.from, first.query.size], ['GET', JAN, 'Asia/Kolkata', '0', '100']);
		assert.equal(Number(first.query.toEpoch) - Number(first.query.fromEpoch), 5 * 60_000);
		assert.match(first.headers.authorization, /^Bearer 1000\./);
		assert.deepEqual(await rest.executions(BREAK_MESSAGE), []);
		assert.deepEqual(await rest.executions(ZOHO_STATUS), []);
		ccaiBefore = ccaiGets().length;
		zohoBefore = zohoLists().length;
	});

	test('a status change in each sandbox starts exactly one execution with that change', async () => {
		// CCAI: Ada (team 2) goes on Break and Darth (team 1) back to Available, through the documented POST
		const ccai = sandbox.urls.ccai;
		const auth = `Basic ${Buffer.from('sandbox-user:sandbox-token').toString('base64')}`;
		for (const [status, agentIds] of [['Break', [14]], ['Available', [11]]]) {
			const answer = await fetch(`${ccai}/apps/api/v1/agent_statuses`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', authorization: auth },
				body: JSON.stringify({ status, agent_ids: agentIds, team_ids: [] }),
			});
			assert.equal(answer.status, 200);
		}
		// Zoho: Jan goes On Break (a status-log entry, as when the agent picks the status in Zoho Voice)
		const changedAt = Date.now();
		sandbox.vendors.zoho.recordStatus(JAN, 'On Break', { at: changedAt, reason: 'Lunch' });

		const [ccaiRun] = await waitFor(async () => {
			const list = finished(await rest.executions(BREAK_MESSAGE));
			return list.length ? list : undefined;
		}, { ...POLL_WAIT, what: 'the CCAI trigger execution' });
		const [zohoRun] = await waitFor(async () => {
			const list = finished(await rest.executions(ZOHO_STATUS));
			return list.length ? list : undefined;
		}, { ...POLL_WAIT, what: 'the Zoho trigger execution' });
		assert.deepEqual([ccaiRun.mode, ccaiRun.status], ['trigger', 'success']);
		assert.deepEqual([zohoRun.mode, zohoRun.status], ['trigger', 'success']);

		const output = (data, name) => data.resultData.runData[name][0].data.main[0].map((item) => item.json);
		const ccaiData = (await rest.execution(ccaiRun.id)).data;
		const [trigger] = output(ccaiData, 'Agent Went On Break');
		assert.deepEqual(
			{ ...trigger, changedAt: undefined },
			{
				agentId: '14',
				name: 'Ada L',
				email: 'ada@nelson.com',
				previousStatus: 'Available',
				status: 'Break',
				changedAt: undefined,
				raw: { agent_id: 14, name: 'Ada L', email: 'ada@nelson.com', agent_number: 'Agent No.114', status: 'Break', ip_addrs: ['34.211.11.104'] },
			},
		);
		assert.match(trigger.changedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/); // the workflow's zone is UTC
		assert.deepEqual(output(ccaiData, 'Slack Message'), [
			{
				channel: '#contact-center',
				text: `:coffee: *Ada L* went on break at ${trigger.changedAt.slice(11, 16)} (was Available)`,
				agentId: '14',
				changedAt: trigger.changedAt,
			},
		]);

		const zohoData = (await rest.execution(zohoRun.id)).data;
		const changes = output(zohoData, 'Zoho Status Changed');
		assert.equal(changes.length, 1);
		const { raw, ...change } = changes[0];
		const ist = (ms) => new Date(ms + 19_800_000).toISOString().replace('Z', '+05:30');
		assert.deepEqual(change, {
			agentId: JAN,
			agentName: 'Jan',
			agentEmail: 'janice@zylker.com',
			previousStatus: 'Available',
			status: 'On Break',
			changedAt: ist(changedAt),
			changedAtEpoch: changedAt,
			previousStatusSince: ist(availableSince),
			previousStatusSeconds: (changedAt - availableSince) / 1000,
			triggeredBy: 'User',
			triggeredByUser: 'Jan',
			reason: 'Lunch',
			reasonDescription: null,
			logId: raw.logid,
		});
		assert.equal(raw.current_action_time, changedAt);
		assert.ok(ccaiGets().length > ccaiBefore && zohoLists().length > zohoBefore);
	});

	test('the next poll emits nothing again: still exactly one execution each', async () => {
		const ccaiSeen = ccaiGets().length;
		const zohoSeen = zohoLists().length;
		await waitFor(() => ccaiGets().length > ccaiSeen && zohoLists().length > zohoSeen, { ...POLL_WAIT, what: 'one more poll of each trigger' });
		await new Promise((resolve) => setTimeout(resolve, 1500)); // time for n8n to (wrongly) start something
		assert.equal((await rest.executions(BREAK_MESSAGE)).length, 1);
		assert.equal((await rest.executions(ZOHO_STATUS)).length, 1);
		// the later window overlapped the earlier one and listed Jan's change again: de-duplicated by its log ID
		const last = zohoLists().at(-1);
		assert.ok(Number(last.query.fromEpoch) <= sandbox.vendors.zoho.state.recordedStatuses.get(JAN).at(-1).at);
	});

});
