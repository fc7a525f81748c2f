import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import nock from 'nock';

import { runWorkflow } from '../harness/engine';
import { credentials, distModules, ozonetel } from './helpers';

// The offline simulator, time-scaled 600x: a "minute" is 100 ms, a token "hour" 6 s.
const TIME_SCALE = 600;

describe('Ozonetel against the offline sandbox', () => {
	let child: ChildProcess;
	let baseUrl: string;
	const log: string[] = [];
	const tokenCalls = () => log.filter((p) => p === '/ca_apis/CAToken/generateToken').length;
	let modules: Awaited<ReturnType<typeof distModules>>;

	beforeAll(async () => {
		modules = await distModules();
		// jest cannot import ESM, so the sandbox runs in its own node process and reports each request path on stdout
		const script = `
			import http from 'node:http';
			import { createOzonetelSandbox } from ${JSON.stringify(path.resolve(__dirname, '../../sandbox/ozonetel.mjs'))};
			const sandbox = createOzonetelSandbox({ timeScale: ${TIME_SCALE}, accounts: [{ userName: 'acme', apiKey: 'key-secret-123' }] });
			const server = http.createServer((req, res) => { res.on('finish', () => console.log('PATH ' + new URL(req.url, 'http://x').pathname)); sandbox.handler(req, res); });
			server.listen(0, '127.0.0.1', () => console.log('PORT ' + server.address().port));`;
		child = spawn(process.execPath, ['--input-type=module', '-e', script]);
		baseUrl = await new Promise<string>((resolve) => {
			let buffer = '';
			child.stdout!.on('data', (chunk: Buffer) => {
				buffer += chunk.toString();
				const lines = buffer.split('\n');
				buffer = lines.pop() ?? '';
				for (const line of lines) {
					if (line.startsWith('PORT ')) resolve(`http://127.0.0.1:${line.slice(5)}`);
					if (line.startsWith('PATH ')) log.push(line.slice(5));
				}
			});
		});
		nock.enableNetConnect('127.0.0.1');
	});
	afterAll(async () => {
		modules.limiter.setRateWindowForTests(60_000);
		child.kill();
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
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(tokenCalls()).toBe(1);
		expect(log.filter((p) => p === '/ca_reports/summaryReport')).toHaveLength(12);

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
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(tokenCalls()).toBe(3);
	});
});
