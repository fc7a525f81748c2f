/**
 * Reads that survive faults, writes that are never sent twice — every vendor, over real HTTP against the sandbox
 * (sandbox/index.mjs) wrapped by the fault injector (sandbox/faults.mjs), inside n8n's engine.
 *
 * Reads: each workflow runs once without faults (the reference) and once with 10% HTTP 500 + 5% connection resets
 * (+ 5% slow answers), seeded; the rows must be exactly the reference rows — nothing lost, nothing duplicated, same
 * order. Writes: a write hit by a 500 or a reset must fail with the vendor's message and reach the sandbox once.
 * The figures (requests, faults injected, retries) are printed for the report.
 */
import nock from 'nock';
import type { ICredentialDataDecryptedObject, IDataObject, INode, INodeExecutionData } from 'n8n-workflow';

import { loadPackage, packageNode, runWorkflow } from '../harness/engine';
import { startFaultSandbox, type FaultSandbox } from '../harness/faultSandbox';
import { requireFromRepo } from '../harness/system';

const TIME_SCALE = 600;
const SEED = 20261201;
const FAULTY = { serverError: 0.1, reset: 0.05, slow: 0.05 };

interface VendorStats {
	requests: number;
	passed: number;
	faults: Record<'serverError' | 'reset' | 'rateLimit' | 'slow', number>;
	routes: Record<string, { requests: number; faults: number }>;
}
type Stats = Record<string, VendorStats>;

let sandbox: FaultSandbox;
let control = '';
let store: Record<string, ICredentialDataDecryptedObject> = {};
let ccaiState = '';
let policy: {
	policyCounters: { sends: number; retries: number; rateLimitWaits: number };
	resetPolicyCountersForTests(): void;
	setRequestTimeoutForTests(ms?: number): void;
};
const figures: string[] = [];

beforeAll(async () => {
	await loadPackage();
	// the same module instances the engine loaded from dist/
	policy = requireFromRepo<typeof policy>('dist/nodes/shared/requestPolicy.js');
	requireFromRepo<{ setRateWindowForTests(ms: number): void }>('dist/nodes/Ozonetel/transport/rateLimiter.js').setRateWindowForTests(
		60_000 / TIME_SCALE,
	);
	sandbox = await startFaultSandbox({ seed: SEED, timeScale: TIME_SCALE, slowMs: 150 });
	control = sandbox.control;
	ccaiState = `${control}/vendor-state`;
	store = Object.fromEntries(sandbox.credentials.map(({ type, data }) => [type, data]));
	nock.enableNetConnect('127.0.0.1');
});

afterAll(() => {
	sandbox?.stop();
	// eslint-disable-next-line no-console
	console.log(`Fault test figures (seed ${SEED}):\n${figures.join('\n')}`);
});

async function controlCall(route: string, body?: unknown): Promise<{ stats: Stats }> {
	const response = await fetch(`${control}${route}`, {
		method: body === undefined ? 'GET' : 'POST',
		headers: { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return (await response.json()) as { stats: Stats };
}

const configure = async (settings: IDataObject) => await controlCall('/configure', settings);
const stats = async () => (await controlCall('/stats')).stats;
const resetStats = async () => await controlCall('/reset', {});

async function run(node: INode, input: INodeExecutionData[] = [{ json: {} }]) {
	// a fresh copy per run: what n8n persists (tokens) stays within this test's store
	return await runWorkflow({ nodes: [node], credentials: structuredClone(store), input });
}

/** Runs `node` without faults, then with FAULTY rates, and returns both outputs and what the sandbox saw. */
async function referenceAndFaulty(vendor: string, node: INode, input?: INodeExecutionData[]) {
	await configure({ rates: {}, seed: SEED });
	await resetStats();
	const reference = await run(node, input);
	expect(reference.error).toBeUndefined();
	const clean = (await stats())[vendor];
	expect(clean.passed).toBe(clean.requests);

	await configure({ rates: FAULTY, seed: SEED });
	await resetStats();
	policy.resetPolicyCountersForTests();
	// Each run starts like a fresh n8n process: without this the faulty run's Ozonetel credential would take over the
	// token the clean run got (one process shares an account's token between credentials), sending one request less.
	requireFromRepo<{ resetTokenLedgerForTests(): void }>('dist/nodes/shared/ozonetelTokenLedger.js').resetTokenLedgerForTests();
	const faulty = await run(node, input);
	const seen = (await stats())[vendor];
	const counters = { ...policy.policyCounters };
	await configure({ rates: {} });

	const injected = seen.faults.serverError + seen.faults.reset;
	figures.push(
		`  ${vendor}: ${reference.json(node.name).length} rows; clean run ${clean.requests} requests; faulty run ${seen.requests} requests, ` +
			`${seen.faults.serverError} × HTTP 500 + ${seen.faults.reset} resets + ${seen.faults.slow} slow injected, ${counters.retries} retries`,
	);
	return { reference, faulty, seen, clean, injected, counters };
}

describe('reads under 10% HTTP 500 + 5% resets + 5% slow answers: every row exactly once', () => {
	test('udesk Report → Get Call Logs, Return All (10,000 rows, pages of 100 in the GET body)', async () => {
		const node = packageNode(
			'udesk',
			{ resource: 'report', operation: 'callLogs', startTime: '={{ $now.minus({ days: 7 }).toISO() }}', returnAll: true } as never,
			{ name: 'Udesk', credentialType: 'udeskApi' },
		);
		const { reference, faulty, seen, clean, injected, counters } = await referenceAndFaulty('udesk', node);
		expect(faulty.error).toBeUndefined();
		const rows = faulty.json('Udesk');
		expect(rows).toHaveLength(10_000);
		expect(new Set(rows.map((row) => row.CallId)).size).toBe(10_000);
		expect(rows).toEqual(reference.json('Udesk'));
		expect(injected).toBeGreaterThan(0);
		// every faulted read was sent again, and nothing else was
		expect(seen.requests).toBe(clean.requests + injected);
		expect(counters.retries).toBe(injected);
	}, 300_000);

	test('CCAI Platform Get agent statuses, 30 items (GET body), paced under 10 requests/s', async () => {
		const node = packageNode(
			'ccaiPlatform',
			{ resource: 'agentStatus', operation: 'get', agentIds: '={{ $json.agent }}', teamIds: '' } as never,
			{ name: 'CCAI', credentialType: 'ccaiPlatformApi' },
		);
		const input = Array.from({ length: 30 }, (_, i) => ({ json: { agent: 11 + (i % 4) } }));
		const before = ((await (await fetch(ccaiState)).json()) as { ccaiRateLimited: number }).ccaiRateLimited;
		const { reference, faulty, seen, clean, injected, counters } = await referenceAndFaulty('ccai', node, input);
		expect(faulty.error).toBeUndefined();
		expect(faulty.json('CCAI')).toEqual(reference.json('CCAI'));
		expect(faulty.json('CCAI').map((row) => row.agent_id)).toEqual(input.map((item) => item.json.agent));
		expect(faulty.output('CCAI').map((item) => item.pairedItem)).toEqual(input.map((_, item) => ({ item })));
		expect(seen.requests).toBe(clean.requests + injected);
		expect(counters.retries).toBe(injected);
		// paced before the limit: the sandbox's 10/s window never had to answer 429
		const after = ((await (await fetch(ccaiState)).json()) as { ccaiRateLimited: number }).ccaiRateLimited;
		expect(after - before).toBe(0);
	}, 300_000);

	test('Zoho Voice Get Status Log, 30 items', async () => {
		const node = packageNode(
			'zohoVoice',
			{
				resource: 'agentStatus',
				operation: 'getStatusLog',
				start: '2024-10-14T00:00:00',
				end: '2024-10-19T00:00:00',
				agentIds: '={{ $json.agents }}',
				returnAll: true,
				options: {},
			} as never,
			{ name: 'Zoho', credentialType: 'zohoVoiceOAuth2Api' },
		);
		const input = Array.from({ length: 30 }, (_, i) => ({
			json: { agents: i % 2 ? '600000000039003,3029000000002015' : '3029000003904005' },
		}));
		const { reference, faulty, seen, clean, injected, counters } = await referenceAndFaulty('zoho', node, input);
		expect(faulty.error).toBeUndefined();
		expect(reference.json('Zoho').length).toBeGreaterThan(0);
		expect(faulty.json('Zoho')).toEqual(reference.json('Zoho'));
		// The sandbox's access token lives 1 h / TIME_SCALE = 6 s, so n8n also refreshes it during the runs (a 401, then
		// POST /oauth/v2/token, then the request once more): those requests are n8n's OAuth2 path, not retries.
		const refreshes = (stats: typeof seen) => stats.routes['POST /oauth/v2/token']?.requests ?? 0;
		figures.push(`  zoho: OAuth2 refreshes by n8n: ${refreshes(clean)} in the clean run, ${refreshes(seen)} in the faulty run`);
		expect(counters.retries).toBe(injected);
	}, 300_000);

	test('Ozonetel Average Handling Time, 30 items (token generation included in the faults)', async () => {
		const node = packageNode(
			'ozonetel',
			{ resource: 'agent', operation: 'averageHandlingTime', by: 'agent', agentId: '={{ $json.agent }}' } as never,
			{ name: 'Ozonetel', credentialType: 'ozonetelApi' },
		);
		const input = Array.from({ length: 30 }, (_, i) => ({ json: { agent: i % 2 ? 'agent2' : 'agent1' } }));
		const { reference, faulty, seen, clean, injected, counters } = await referenceAndFaulty('ozonetel', node, input);
		expect(faulty.error).toBeUndefined();
		expect(faulty.json('Ozonetel')).toEqual(reference.json('Ozonetel'));
		expect(faulty.json('Ozonetel')).toHaveLength(30);
		expect(seen.requests).toBe(clean.requests + injected);
		expect(counters.retries).toBe(injected);
	}, 300_000);
});

describe('writes are never sent twice after a 5xx or a lost answer', () => {
	const createAgent = (agentId: string) =>
		packageNode(
			'udesk',
			{ resource: 'agent', operation: 'create', agents: { agent: [{ agentId, workId: agentId }] } } as never,
			{ name: 'Udesk', credentialType: 'udeskApi' },
		);

	test.each([
		['HTTP 500', 'serverError', 'udesk error 000003: System internal error'],
		['a connection reset', 'reset', 'udesk did not answer (connection reset): the change may or may not have been applied, and it was not sent again'],
	])('udesk Agent → Create hit by %s: one POST, the error shown', async (_label, fault, message) => {
		await resetStats();
		await configure({ rates: {}, plan: [{ vendor: 'udesk', method: 'POST', path: '/ccapi/v2/agents$', fault }] });
		const agentId = fault === 'reset' ? '77002' : '77001';
		const result = await run(createAgent(agentId));
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toContain(message);
		const seen = (await stats()).udesk;
		expect(seen.routes['POST /ccapi/v2/agents']).toEqual({ requests: 1, faults: 1 });
		figures.push(`  udesk write (${fault}): POST agents reached the sandbox ${seen.routes['POST /ccapi/v2/agents'].requests} time(s)`);
	});

	test('an answer slower than the time-out: a read is sent again and returns its rows; a write is not', async () => {
		policy.setRequestTimeoutForTests(400);
		try {
			const queues = packageNode('udesk', { resource: 'queue', operation: 'getAll' } as never, { name: 'Udesk', credentialType: 'udeskApi' });
			await configure({ rates: {}, slowMs: 1500 });
			const clean = await run(queues);
			expect(clean.json('Udesk').length).toBeGreaterThan(0);
			await resetStats();
			await configure({ plan: [{ vendor: 'udesk', method: 'GET', path: '/ccapi/v2/queues$', fault: 'slow' }] });
			const read = await run(queues);
			expect(read.error).toBeUndefined();
			expect(read.json('Udesk')).toEqual(clean.json('Udesk'));
			expect((await stats()).udesk.routes['GET /ccapi/v2/queues']).toEqual({ requests: 2, faults: 1 });

			await resetStats();
			await configure({ plan: [{ vendor: 'udesk', method: 'POST', path: '/ccapi/v2/agents$', fault: 'slow' }] });
			const write = await run(createAgent('77003'));
			expect(write.error?.message).toBe('udesk did not answer (timed out): the change may or may not have been applied, and it was not sent again');
			expect((await stats()).udesk.routes['POST /ccapi/v2/agents']).toEqual({ requests: 1, faults: 1 });
			figures.push('  time-out (400 ms, answer after 1.5 s): the read was sent twice and returned its rows; the write was sent once');
		} finally {
			policy.setRequestTimeoutForTests();
			await configure({ slowMs: 150 });
		}
	});

	test('CCAI Update agent status hit by HTTP 500: one POST, the error shown', async () => {
		await resetStats();
		await configure({ rates: {}, plan: [{ vendor: 'ccai', method: 'POST', path: 'agent_statuses', fault: 'serverError' }] });
		const result = await run(
			packageNode(
				'ccaiPlatform',
				{ resource: 'agentStatus', operation: 'update', status: 'Break', agentIds: '14', teamIds: '', options: {} } as never,
				{ name: 'CCAI', credentialType: 'ccaiPlatformApi' },
			),
		);
		expect(result.error?.message).toBe('Internal Server Error');
		expect((await stats()).ccai.routes['POST /apps/api/v1/agent_statuses']).toEqual({ requests: 1, faults: 1 });
	});

	test('a 429 with Retry-After on a write is waited out and sent again (the vendor did nothing)', async () => {
		await resetStats();
		await configure({ rates: {}, retryAfterSeconds: 1, plan: [{ vendor: 'ccai', method: 'POST', path: 'agent_statuses', fault: 'rateLimit' }] });
		const started = Date.now();
		const result = await run(
			packageNode(
				'ccaiPlatform',
				{ resource: 'agentStatus', operation: 'update', status: 'Break', agentIds: '14', teamIds: '', options: {} } as never,
				{ name: 'CCAI', credentialType: 'ccaiPlatformApi' },
			),
		);
		expect(result.error).toBeUndefined();
		expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
		expect(result.json('CCAI')).toMatchObject([{ agent_id: 14, current_status: 'Break' }]);
		expect((await stats()).ccai.routes['POST /apps/api/v1/agent_statuses']).toEqual({ requests: 2, faults: 1 });
	});
});
