import nock from 'nock';

import { packageNode, runWorkflow } from '../harness/engine';
import { startSandbox, type RunningSandbox } from '../harness/system';

// The offline sandbox (sandbox/udesk.mjs) answering the real node: proves the routes speak the node's dialect.
const SID = 'sandbox-sid';
const TOKEN = 'sandbox-auth-token';
const APP = '6f142ddb-47ed-442e-83e7-6d2574d77aa2';

let sandbox: RunningSandbox;
let host: string;

// The sandbox is plain ESM; jest (CommonJS) cannot import it, so it runs in its own Node process.
beforeAll(async () => {
	sandbox = await startSandbox({
		file: 'udesk.mjs',
		factory: 'createUdeskSandbox',
		options: { sid: SID, authToken: TOKEN, appId: APP },
	});
	host = sandbox.baseUrl;
	nock.enableNetConnect('127.0.0.1');
});

afterAll(() => {
	sandbox.stop();
});

const node = (parameters: Record<string, unknown>) =>
	packageNode('udesk', parameters as never, { name: 'Udesk', credentialType: 'udeskApi' });
const credentials = () => ({ udeskApi: { host, sid: SID, authToken: TOKEN, appId: APP, secret: 'sandbox-app-secret' } });

describe('udesk sandbox ↔ node (auto-dial, subscriptions, reports)', () => {
	test('Return All pages through all 10,000 sandbox call logs of the last week, each once', async () => {
		const result = await runWorkflow({
			nodes: [
				node({
					resource: 'report',
					operation: 'callLogs',
					startTime: '={{ $now.minus({ days: 7 }).toISO() }}',
					returnAll: true,
				}),
			],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const rows = result.json('Udesk');
		expect(rows).toHaveLength(10_000);
		expect(new Set(rows.map((row) => row.CallId)).size).toBe(10_000);
		expect(typeof rows[0].StartTimeIso).toBe('string');
	});

	test('9 days of state logs come back in two windows the sandbox accepts, in order', async () => {
		const result = await runWorkflow({
			nodes: [
				node({
					resource: 'report',
					operation: 'agentStateLogs',
					startTime: '2026-01-01T00:00:00Z',
					endTime: '2026-01-10T00:00:00Z',
					returnAll: true,
					filters: { agentId: '10031' },
				}),
			],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const rows = result.json('Udesk');
		// one change every 30 minutes, both ends included: 9 × 48 + 1
		expect(rows).toHaveLength(9 * 48 + 1);
		const starts = rows.map((row) => row.StartTime as number);
		expect(starts).toEqual([...starts].sort((a, b) => a - b));
		expect(new Set(starts).size).toBe(starts.length);
		expect(rows[0].CurStateName).toBeDefined();
	});

	test('a message subscription is stored with its callback URL and events, then listed, updated and deleted', async () => {
		const create = await runWorkflow({
			nodes: [
				node({
					resource: 'messageSubscription',
					operation: 'create',
					name: 'crm',
					callback: 'http://127.0.0.1:9/hook',
					events: ['user_answer', 'agent_ringing'],
				}),
			],
			credentials: credentials(),
		});
		expect(create.error).toBeUndefined();
		const [{ id }] = create.json('Udesk');
		const list = async () =>
			(
				await runWorkflow({
					nodes: [node({ resource: 'messageSubscription', operation: 'getAll', returnAll: true })],
					credentials: credentials(),
				})
			).json('Udesk');
		expect(await list()).toEqual([
			{ id, callback: 'http://127.0.0.1:9/hook', name: 'crm', events: ['user_answer', 'agent_ringing'], enable: true },
		]);

		const update = await runWorkflow({
			nodes: [node({ resource: 'messageSubscription', operation: 'update', subscriptionId: String(id), updateFields: { enable: false } })],
			credentials: credentials(),
		});
		expect(update.error).toBeUndefined();
		expect((await list())[0].enable).toBe(false);

		const remove = await runWorkflow({
			nodes: [node({ resource: 'messageSubscription', operation: 'delete', subscriptionId: String(id) })],
			credentials: credentials(),
		});
		expect(remove.json('Udesk')).toEqual([{ id, deleted: true }]);
		expect(await list()).toEqual([]);
	});

	test('auto-dial task: start, get numbers until exhausted, stop', async () => {
		const run = async (parameters: Record<string, unknown>) =>
			await runWorkflow({ nodes: [node({ resource: 'autoDialTask', adTaskId: 't1', ...parameters })], credentials: credentials() });
		const start = await run({
			operation: 'start',
			adTaskType: '2',
			adTaskRatio: 2,
			adCallerNum: '057126200670',
			adDispNum: '057126200670',
			adConCallLimit: 10,
			additionalFields: {},
		});
		expect(start.error).toBeUndefined();
		const first = await run({ operation: 'getNumbers', count: 20 });
		expect(first.json('Udesk')[0]).toMatchObject({ exhausted: false, count: 20 });
		const rest = await run({ operation: 'getNumbers', count: 20 });
		expect(rest.json('Udesk')[0]).toMatchObject({ exhausted: true, count: 5 });
		expect((await run({ operation: 'stop' })).error).toBeUndefined();
		expect((await run({ operation: 'stopNotification' })).json('Udesk')[0]).toMatchObject({ notified: true });
	});
});
