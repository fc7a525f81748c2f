import nock from 'nock';
import { sleep } from 'n8n-workflow';

import { runWorkflow } from '../harness/engine';
import { startSandbox, type RunningSandbox } from '../harness/system';
import { credentials, distModules, ozonetel } from './helpers';

// The offline simulator, time-scaled 600x: a "minute" is 100 ms, a token "hour" 6 s.
const TIME_SCALE = 600;

describe('Ozonetel against the offline sandbox', () => {
	let sandbox: RunningSandbox;
	let baseUrl: string;
	const log = () => sandbox.paths;
	const tokenCalls = () => log().filter((p) => p === '/ca_apis/CAToken/generateToken').length;
	let modules: Awaited<ReturnType<typeof distModules>>;

	beforeAll(async () => {
		modules = await distModules();
		// jest cannot import ESM, so the sandbox runs in its own node process and reports each request path on stdout
		sandbox = await startSandbox({
			file: 'ozonetel.mjs',
			factory: 'createOzonetelSandbox',
			options: { timeScale: TIME_SCALE, accounts: [{ userName: 'acme', apiKey: 'key-secret-123' }] },
		});
		baseUrl = sandbox.baseUrl;
		nock.enableNetConnect('127.0.0.1');
	});
	afterAll(async () => {
		modules.limiter.setRateWindowForTests(60_000);
		sandbox.stop();
	});

	test('12 summary items: one token, paced under 5/min, no error; a newer token is detected and renewed', async () => {
		modules.limiter.setRateWindowForTests(60_000 / TIME_SCALE);
		modules.ledger.resetTokenLedgerForTests();
		const store = credentials({ domain: 'custom', baseUrl });
		const node = ozonetel({
			resource: 'report',
			operation: 'agentStateSummary',
			fromDate: '2025-09-22T00:00:00',
			toDate: '2025-09-23T23:59:59',
			agentIds: 'agent1',
			modeTypes: ['inbound'],
			options: {},
		});
		const first = await runWorkflow({ nodes: [node], credentials: store, input: new Array(12).fill({ json: {} }) });
		expect(first.error).toBeUndefined();
		expect(first.json('Ozonetel')).toHaveLength(24);
		expect(first.json('Ozonetel')[0]).toMatchObject({ AgentUniqueID: 'agent1', TotalBusyTimeSeconds: 600 });
		await sleep(50);
		expect(tokenCalls()).toBe(1);
		expect(log().filter((p) => p === '/ca_reports/summaryReport')).toHaveLength(12);

		// Someone generates a token elsewhere: ours is invalidated, the node renews once and carries on.
		await fetch(`${baseUrl}/ca_apis/CAToken/generateToken`, {
			method: 'POST',
			headers: { apiKey: 'key-secret-123', 'content-type': 'application/json' },
			body: JSON.stringify({ userName: 'acme' }),
		});
		const second = await runWorkflow({
			nodes: [ozonetel({ resource: 'agent', operation: 'averageHandlingTime', by: 'campaign', campaignName: 'Renewals' })],
			credentials: store,
		});
		expect(second.error).toBeUndefined();
		expect(second.json('Ozonetel')).toEqual([{ CampaignID: '7', CampaignName: 'Renewals', AHT: '00:00:27', AHTSeconds: 27 }]);
		await sleep(50);
		expect(tokenCalls()).toBe(3);
	});
});
