// `npm run bench`: side-by-side benchmarks of this package in the real n8n 2.41.1 (Node 24) against the offline
// sandbox (sandbox/index.mjs), all on 127.0.0.1. Not part of the tests. Prints a Markdown table and writes it, with
// the machine it was taken on, to bench/results.md. See the Benchmarks section of README.md for what each scenario measures.
//
//   npm run bench                      # everything (about 5 minutes on 2 cores)
//   node scripts/bench.mjs --only=calls,pages,ozonetel,webhooks,load
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';

import { createOzonetelSandbox } from '../sandbox/ozonetel.mjs';
import { SANDBOX_CREDENTIAL_IDS, startSandbox } from '../sandbox/index.mjs';
import { executeMeasured, nodeRun, runChildJson } from './lib/bench-n8n.mjs';
import { ensureRuntime, freePort, n8nCli, n8nEnv, NODE24_BIN, prepareUserFolder, ROOT, startN8n } from './lib/runtime.mjs';

const CALLS = 1000;
const CALLBACKS = 1000;
const CALLBACK_CONCURRENCY = 10;
const CALLBACK_ROUNDS = 4;
const OZONETEL_CALLS = 20; // full-scale 5/min window: 5 at once, then 5 more after each of three further windows (about 3 minutes)
const OZONETEL_LIMIT = 5;
const OZONETEL_WINDOW_MS = 60_000;
const LOAD_REPEATS = 5;

const only = new Set((process.argv.find((arg) => arg.startsWith('--only='))?.slice(7) ?? 'calls,pages,ozonetel,webhooks,load').split(','));
const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const ms = (value) => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`);
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

const rows = [];
const cleanups = [];

// ───────────────────────── Workflows ─────────────────────────

const PKG = 'n8n-nodes-contact-center';
const udeskCredential = { udeskApi: { id: SANDBOX_CREDENTIAL_IDS.udeskApi, name: 'udesk sandbox' } };
const ozonetelCredential = { ozonetelApi: { id: SANDBOX_CREDENTIAL_IDS.ozonetelApi, name: 'Ozonetel sandbox' } };
const start = { id: 's', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} };
const itemsNode = (count) => ({
	id: 'i',
	name: 'Items',
	type: 'n8n-nodes-base.code',
	typeVersion: 2,
	position: [200, 0],
	parameters: { jsCode: `return Array.from({ length: ${count} }, (_, i) => ({ json: { i } }));` },
});
const chain = (...names) =>
	Object.fromEntries(names.slice(0, -1).map((name, index) => [name, { main: [[{ node: names[index + 1], type: 'main', index: 0 }]] }]));
const workflow = (id, name, nodes) => ({ id, name, active: false, settings: {}, nodes, connections: chain(...nodes.map((node) => node.name)) });

function workflows(sandbox) {
	const udesk = sandbox.udesk;
	return [
		workflow('benchUdeskCalls1', 'Bench: udesk node, 1,000 Queue Get', [
			start,
			itemsNode(CALLS),
			{ id: 'u', name: 'Udesk', type: `${PKG}.udesk`, typeVersion: 1, position: [400, 0], parameters: { resource: 'queue', operation: 'get', queueId: '9001' }, credentials: udeskCredential },
		]),
		workflow('benchHttpCalls01', 'Bench: Code signs + HTTP Request, 1,000 Queue Get', [
			start,
			itemsNode(CALLS),
			{
				id: 'c',
				name: 'Sign',
				type: 'n8n-nodes-base.code',
				typeVersion: 2,
				position: [400, 0],
				parameters: {
					jsCode: [
						"const crypto = require('crypto');",
						`const sid = '${udesk.sid}', authToken = '${udesk.authToken}';`,
						'return $input.all().map((item) => {',
						'  const Timestamp = String(Date.now());',
						"  const Sign = crypto.createHash('sha1').update(sid + authToken + Timestamp).digest('hex');",
						'  return { json: { ...item.json, Timestamp, Sign } };',
						'});',
					].join('\n'),
				},
			},
			{
				id: 'h',
				name: 'HTTP Request',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [600, 0],
				parameters: {
					method: 'GET',
					url: `${sandbox.urls.udesk}/ccapi/v2/queues/9001`,
					sendQuery: true,
					queryParameters: {
						parameters: [
							{ name: 'AppId', value: udesk.appId },
							{ name: 'Sid', value: udesk.sid },
							{ name: 'Timestamp', value: '={{ $json.Timestamp }}' },
							{ name: 'Sign', value: '={{ $json.Sign }}' },
						],
					},
					options: {},
				},
			},
		]),
		workflow('benchHttpCredCal', 'Bench: HTTP Request with the udesk credential, 1,000 Queue Get', [
			start,
			itemsNode(CALLS),
			{
				id: 'h',
				name: 'HTTP Request',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [400, 0],
				parameters: {
					method: 'GET',
					url: `${sandbox.urls.udesk}/ccapi/v2/queues/9001`,
					authentication: 'predefinedCredentialType',
					nodeCredentialType: 'udeskApi',
					options: {},
				},
				credentials: udeskCredential,
			},
		]),
		workflow('benchUdeskPages1', 'Bench: udesk node, Return All call logs', [
			start,
			{ id: 'u', name: 'Udesk', type: `${PKG}.udesk`, typeVersion: 1, position: [200, 0], parameters: { resource: 'report', operation: 'callLogs', returnAll: true, filters: {} }, credentials: udeskCredential },
		]),
		workflow('benchEmptyWorkf1', 'Bench: Manual Trigger only (n8n baseline memory)', [start]),
		workflow('benchOzonetelSum', 'Bench: Ozonetel summary, paced', [
			start,
			itemsNode(OZONETEL_CALLS),
			{
				id: 'o',
				name: 'Ozonetel',
				type: `${PKG}.ozonetel`,
				typeVersion: 1,
				position: [400, 0],
				parameters: { resource: 'report', operation: 'agentStateSummary', fromDate: '2026-11-16T00:00:00', toDate: '2026-11-16T23:59:59', agentIds: 'agent1', modeTypes: ['inbound'], options: {} },
				credentials: ozonetelCredential,
			},
		]),
		workflow('benchUdeskTrigg1', 'Bench: udesk trigger', [
			{ id: 't', name: 'Udesk Trigger', type: `${PKG}.udeskTrigger`, typeVersion: 1, position: [0, 0], webhookId: '6a0b9e1e-0d5c-4c1e-9d55-000000000001', parameters: { events: ['end'], verifySignature: true, options: {} }, credentials: udeskCredential },
		]),
		workflow('benchUdeskTrigNo', 'Bench: udesk trigger, signature check off', [
			{ id: 't', name: 'Udesk Trigger', type: `${PKG}.udeskTrigger`, typeVersion: 1, position: [0, 0], webhookId: '6a0b9e1e-0d5c-4c1e-9d55-000000000003', parameters: { events: ['end'], verifySignature: false, options: {} }, credentials: udeskCredential },
		]),
		workflow('benchPlainWebhk1', 'Bench: plain Webhook node', [
			{ id: 'w', name: 'Webhook', type: 'n8n-nodes-base.webhook', typeVersion: 2, position: [0, 0], webhookId: '6a0b9e1e-0d5c-4c1e-9d55-000000000002', parameters: { httpMethod: 'POST', path: 'bench-plain', responseMode: 'onReceived', options: {} } },
		]),
	];
}

// ───────────────────────── Scenarios ─────────────────────────

async function udeskCalls(env, sandbox) {
	log(`udesk: ${CALLS} Queue Get calls through the node …`);
	const ours = await executeMeasured('benchUdeskCalls1', env);
	const node = nodeRun(ours.result, 'Udesk');
	log(`udesk: the same through Code (signature) + HTTP Request …`);
	const http = await executeMeasured('benchHttpCalls01', env);
	const sign = nodeRun(http.result, 'Sign');
	const request = nodeRun(http.result, 'HTTP Request');
	log('udesk: the same through HTTP Request signing with this package\'s udesk credential …');
	const cred = await executeMeasured('benchHttpCredCal', env);
	const credRequest = nodeRun(cred.result, 'HTTP Request');
	log('udesk: the same from a raw Node HTTP loop …');
	const { sid, authToken, appId } = sandbox.udesk;
	const raw = await runChildJson(path.join(ROOT, 'bench', 'raw-udesk.mjs'), ['calls', sandbox.urls.udesk, sid, authToken, appId, String(CALLS)]);
	const httpMs = sign.ms + request.ms;
	const problems = [node.error && `node: ${node.error.message}`, request.error && `HTTP Request: ${request.error.message}`, credRequest.error && `HTTP Request (credential): ${credRequest.error.message}`, raw.errors && `raw: ${raw.errors} errors`].filter(Boolean);
	rows.push({
		scenario: `${CALLS.toLocaleString('en')} udesk calls (Queue → Get, one per item)`,
		ours: `${ms(node.ms)} (${node.items} items)`,
		baselines: `raw Node loop ${ms(raw.ms)}; Code (sign) + HTTP Request ${ms(httpMs)} (${ms(sign.ms)} + ${ms(request.ms)}, ${request.items} items); HTTP Request with the udesk credential (predefined type) ${ms(credRequest.ms)}`,
		ratio: `${ratio(node.ms, raw.ms)} raw; ${ratio(node.ms, httpMs)} Code + HTTP Request; ${ratio(node.ms, credRequest.ms)} HTTP Request + credential`,
		notes: `node execution time from n8n's run data; whole \`n8n execute\` ${ms(ours.wallMs)} vs ${ms(http.wallMs)}. ${problems.length ? `Errors: ${problems.join('; ')}` : 'No errors.'}`,
	});
}

async function udeskPages(env, sandbox) {
	log('udesk: Return All over the call logs through the node …');
	const ours = await executeMeasured('benchUdeskPages1', env);
	const node = nodeRun(ours.result, 'Udesk');
	log('udesk: n8n baseline memory (Manual Trigger only) …');
	const empty = await executeMeasured('benchEmptyWorkf1', env);
	log('udesk: the same pages from a raw Node loop …');
	const { sid, authToken, appId } = sandbox.udesk;
	const raw = await runChildJson(path.join(ROOT, 'bench', 'raw-udesk.mjs'), ['pages', sandbox.urls.udesk, sid, authToken, appId]);
	const count = sandbox.vendors.udesk.state.apps.get(appId).callLogCount ?? 10_000;
	rows.push({
		scenario: `Return All over ${count.toLocaleString('en')} udesk call logs (${Math.ceil(count / 100)} pages of 100)`,
		ours: `${ms(node.ms)}, ${node.items.toLocaleString('en')} items; n8n peak RSS ${mb(ours.peakRssKb)}`,
		baselines: `raw page loop ${ms(raw.ms)}, ${raw.rows.toLocaleString('en')} rows, peak RSS ${mb(raw.peakRssKb)}; n8n running an empty workflow: peak RSS ${mb(empty.peakRssKb)}`,
		ratio: `${ratio(node.ms, raw.ms)} time; +${mb(ours.peakRssKb - empty.peakRssKb)} over empty n8n`,
		notes: `RSS = VmHWM of the \`n8n execute --rawOutput\` process (includes printing the 10,000-item result). ${node.error ? `Error: ${node.error.message}` : 'No errors.'}`,
	});
}

async function ozonetel(env, sandbox) {
	log(`ozonetel: ${OZONETEL_CALLS} Agent State Summary calls at the real 5/min limit (about three minutes) …`);
	const ours = await executeMeasured('benchOzonetelSum', env, { timeout: 300_000 });
	const node = nodeRun(ours.result, 'Ozonetel');
	const vendorLog = sandbox.vendors.ozonetel.state.log.filter((entry) => entry.path === '/ca_reports/summaryReport');
	const minimum = (Math.ceil(OZONETEL_CALLS / OZONETEL_LIMIT) - 1) * OZONETEL_WINDOW_MS;
	const vendorErrors = node.json.filter((row) => row.error).length;

	log('ozonetel: the same calls from an unpaced loop (fresh simulator) …');
	const naive = await naiveOzonetel();
	rows.push({
		scenario: `${OZONETEL_CALLS} Ozonetel Agent State Summary calls, limit 5/min (real time)`,
		ours: `${ms(node.ms)}, ${vendorLog.length} requests, ${(node.error ? 1 : 0) + vendorErrors} errors`,
		baselines: `minimum the limit allows ${ms(minimum)}; unpaced loop ${ms(naive.ms)} with ${naive.errors}/${OZONETEL_CALLS} "max limit exceeded"`,
		ratio: `${ratio(node.ms, minimum)} of minimum`,
		notes: `Full scale (real 60 s windows): the node's window is not configurable outside tests, on purpose — shorter than the vendor's it would only produce refusals. ${node.error ? `Error: ${node.error.message}` : ''}`.trim(),
	});
}

async function naiveOzonetel() {
	const simulator = createOzonetelSandbox({ accounts: [{ userName: 'acme', apiKey: 'key-123' }] });
	const server = http.createServer(simulator.handler);
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const base = `http://127.0.0.1:${server.address().port}`;
	try {
		const post = async (url, headers, body) => {
			const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
			return await response.json();
		};
		const started = performance.now();
		const { token } = await post(`${base}/ca_apis/CAToken/generateToken`, { apiKey: 'key-123' }, { userName: 'acme' });
		let errors = 0;
		for (let i = 0; i < OZONETEL_CALLS; i++) {
			const answer = await post(`${base}/ca_reports/summaryReport`, { authorization: `Bearer ${token}` }, {
				userName: 'acme',
				fromDate: '2026-11-16 00:00:00',
				toDate: '2026-11-16 23:59:59',
				agentId: 'agent1',
				modeType: 'inbound',
			});
			if (answer.status !== 'success') errors++;
		}
		return { ms: performance.now() - started, errors };
	} finally {
		server.closeAllConnections?.();
		await new Promise((resolve) => server.close(resolve));
	}
}

/** POSTs `count` JSON bodies to URLs made by `target(i)` with `concurrency` in flight; latency per request. */
async function fire(count, concurrency, target) {
	const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
	const latencies = [];
	const statuses = {};
	let next = 0;
	const started = performance.now();
	const worker = async () => {
		while (next < count) {
			const index = next++;
			const { url, body } = target(index);
			const text = JSON.stringify(body);
			const sent = performance.now();
			const status = await new Promise((resolve) => {
				const request = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) } }, (response) => {
					response.resume();
					response.on('end', () => resolve(response.statusCode));
				});
				request.on('error', () => resolve('network error'));
				request.end(text);
			});
			latencies.push(performance.now() - sent);
			statuses[status] = (statuses[status] ?? 0) + 1;
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
	agent.destroy();
	return { ms: performance.now() - started, latencies, statuses };
}

async function webhooks(env, sandbox) {
	const port = await freePort();
	log('webhooks: publishing the two webhook workflows and starting `n8n start` …');
	await n8nCli(['publish:workflow', '--id=benchUdeskTrigg1'], env);
	await n8nCli(['publish:workflow', '--id=benchUdeskTrigNo'], env);
	await n8nCli(['publish:workflow', '--id=benchPlainWebhk1'], env);
	const server = await startN8n({ ...env, N8N_LOG_LEVEL: 'warn', WEBHOOK_URL: `http://127.0.0.1:${port}/` }, { port });
	cleanups.push(server.stop);
	try {
		const { appId, secret } = sandbox.udesk;
		const app = sandbox.vendors.udesk.state.apps.get(appId);
		const deadline = Date.now() + 60_000;
		while (app.subscriptions.size < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
		const callbackOf = (webhookId) => [...app.subscriptions.values()].find((entry) => entry.callback.includes(webhookId))?.callback;
		const subscription = { callback: callbackOf('000000000001') };
		const unverifiedCallback = callbackOf('000000000003');
		if (!subscription.callback || !unverifiedCallback) throw new Error(`the udesk trigger did not subscribe after activation:\n${server.output().slice(-3000)}`);
		const event = (i) => ({ event: 'end', CallId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, AgentId: '10031', DestNumber: '13716429603' });
		const signed = (i) => {
			const url = new URL(subscription.callback);
			const Timestamp = String(Math.floor(Date.now() / 1000));
			url.searchParams.set('AppId', appId);
			url.searchParams.set('Timestamp', Timestamp);
			url.searchParams.set('Sign', createHash('sha1').update(`${appId}${secret}${Timestamp}`).digest('hex'));
			return { url, body: event(i) };
		};
		const unverifiedTarget = (i) => ({ url: unverifiedCallback, body: event(i) });
		const plainTarget = (i) => ({ url: `http://127.0.0.1:${port}/webhook/bench-plain`, body: event(i) });
		// A short warm-up for both, so neither pays n8n's first-request costs inside the measurement.
		await fire(20, 2, signed);
		await fire(20, 2, unverifiedTarget);
		await fire(20, 2, plainTarget);
		// Alternating rounds, so neither side benefits from going second (warmer JIT, emptier or fuller SQLite file).
		log(`webhooks: ${CALLBACKS} callbacks each to the udesk trigger (signed), the trigger without verification and the plain Webhook node, ${CALLBACK_ROUNDS} alternating rounds, ${CALLBACK_CONCURRENCY} in flight …`);
		const trigger = { ms: 0, latencies: [], statuses: {} };
		const plain = { ms: 0, latencies: [], statuses: {} };
		const unverified = { ms: 0, latencies: [], statuses: {} };
		const add = (total, run) => {
			total.ms += run.ms;
			total.latencies.push(...run.latencies);
			for (const [status, n] of Object.entries(run.statuses)) total.statuses[status] = (total.statuses[status] ?? 0) + n;
		};
		for (let round = 0; round < CALLBACK_ROUNDS; round++) {
			const size = CALLBACKS / CALLBACK_ROUNDS;
			add(trigger, await fire(size, CALLBACK_CONCURRENCY, signed));
			add(unverified, await fire(size, CALLBACK_CONCURRENCY, unverifiedTarget));
			add(plain, await fire(size, CALLBACK_CONCURRENCY, plainTarget));
		}
		const summary = (run) =>
			`${ms(run.ms)} (${Math.round((CALLBACKS / run.ms) * 1000)}/s, p50 ${ms(percentile(run.latencies, 0.5))}, p95 ${ms(percentile(run.latencies, 0.95))})`;
		const statusText = (run) => Object.entries(run.statuses).map(([status, n]) => `${n}× ${status}`).join(', ');
		rows.push({
			scenario: `${CALLBACKS.toLocaleString('en')} signed udesk callbacks → trigger (n8n start, ${CALLBACK_CONCURRENCY} concurrent)`,
			ours: summary(trigger),
			baselines: `plain Webhook node ${summary(plain)}; same trigger with Verify Callback Signature off ${summary(unverified)}`,
			ratio: `${ratio(trigger.ms, plain.ms)} Webhook; ${ratio(trigger.ms, unverified.ms)} trigger unverified`,
			notes: `HTTP answers: trigger ${statusText(trigger)}; Webhook ${statusText(plain)}; unverified ${statusText(unverified)}. Every accepted callback starts and saves an execution (SQLite). ${CALLBACK_ROUNDS} alternating rounds.`,
		});
	} finally {
		await server.stop();
	}
}

async function loadAndPack() {
	log(`load: ${LOAD_REPEATS} fresh processes loading dist/ with PackageDirectoryLoader …`);
	const runs = [];
	for (let i = 0; i < LOAD_REPEATS; i++) runs.push(await runChildJson(path.join(ROOT, 'bench', 'load-nodes.mjs'), [ROOT, '10']));
	const cold = median(runs.map((run) => run.coldMs));
	const warm = median(runs.flatMap((run) => run.warmMs));
	rows.push({
		scenario: `Load all ${runs[0].nodes} nodes + ${runs[0].credentials} credentials (PackageDirectoryLoader.loadAll on dist/)`,
		ours: `${ms(cold)} cold (median of ${LOAD_REPEATS} processes)`,
		baselines: `${cold >= 10 ? '' : ''}repeat in a warm process ${warm.toFixed(1)} ms (median of ${LOAD_REPEATS * 10})`,
		ratio: '—',
		notes: 'Time for loadAll only, after n8n-core itself is imported.',
	});
	log('pack: npm pack --dry-run --json …');
	const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
	rows.push({
		scenario: 'Packed tarball (npm pack --dry-run)',
		ours: `${(pack.size / 1024).toFixed(1)} kB packed`,
		baselines: `${(pack.unpackedSize / 1024).toFixed(1)} kB unpacked, ${pack.entryCount} files`,
		ratio: '—',
		notes: `${pack.filename}`,
	});
}

// ───────────────────────── Main ─────────────────────────

function machine() {
	const cpuModel = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown';
	const n8nVersion = JSON.parse(readFileSync(path.join(ROOT, '.cache', 'n8n', 'node_modules', 'n8n', 'package.json'), 'utf8')).version;
	const node24 = execFileSync(path.join(NODE24_BIN, 'node'), ['--version'], { encoding: 'utf8' }).trim();
	return {
		cpu: cpuModel.trim(),
		cores: cpus().length,
		memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
		node: `${node24} (n8n and the raw loops), ${process.version} (bench driver, sandbox)`,
		n8n: n8nVersion,
		date: new Date().toISOString(),
	};
}

function table() {
	const escape = (text) => String(text).replaceAll('|', '\\|');
	return [
		'| Scenario | Ours | Baseline(s) | Ratio (ours ÷ baseline) | Notes |',
		'| --- | --- | --- | --- | --- |',
		...rows.map((row) => `| ${[row.scenario, row.ours, row.baselines, row.ratio, row.notes].map(escape).join(' | ')} |`),
	].join('\n');
}

async function main() {
	const started = performance.now();
	ensureRuntime();
	const sandbox = await startSandbox();
	cleanups.push(() => sandbox.close());
	const userFolder = prepareUserFolder(mkdtempSync(path.join(tmpdir(), 'n8n-bench-')));
	cleanups.push(() => rmSync(userFolder, { recursive: true, force: true }));
	const env = n8nEnv(userFolder, {
		N8N_LOG_LEVEL: 'info', // the CLI prints the --rawOutput result through its logger
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		NODE_FUNCTION_ALLOW_BUILTIN: 'crypto', // the Code node that signs udesk requests (today's workaround) needs it
	});

	if (only.has('load')) await loadAndPack();
	if (['calls', 'pages', 'ozonetel', 'webhooks'].some((name) => only.has(name))) {
		log('importing credentials and workflows into a throw-away n8n user folder …');
		const credentialsFile = path.join(userFolder, 'credentials.json');
		writeFileSync(credentialsFile, JSON.stringify(sandbox.credentials));
		await n8nCli(['import:credentials', `--input=${credentialsFile}`], env);
		const dir = mkdtempSync(path.join(userFolder, 'workflows-'));
		for (const definition of workflows(sandbox)) writeFileSync(path.join(dir, `${definition.id}.json`), JSON.stringify(definition));
		await n8nCli(['import:workflow', '--separate', `--input=${dir}`], env);
	}
	if (only.has('calls')) await udeskCalls(env, sandbox);
	if (only.has('pages')) await udeskPages(env, sandbox);
	if (only.has('ozonetel')) await ozonetel(env, sandbox);
	if (only.has('webhooks')) await webhooks(env, sandbox);

	const info = machine();
	const markdown = [
		'# Benchmark results',
		'',
		`Taken ${info.date} with \`npm run bench\` (${ms(performance.now() - started)} in all).`,
		'',
		`- CPU: ${info.cpu}, ${info.cores} cores; memory ${info.memory}`,
		`- Node: ${info.node}`,
		`- n8n: ${info.n8n} (real CLI, SQLite, task runners on), everything on 127.0.0.1 against sandbox/`,
		'',
		table(),
		'',
		'What each scenario measures: the Benchmarks section of README.md.',
		'',
	].join('\n');
	process.stdout.write(`${markdown}\n`);
	if (only.size === 5) writeFileSync(path.join(ROOT, 'bench', 'results.md'), markdown);
}

try {
	await main();
} catch (error) {
	process.exitCode = 1;
	process.stderr.write(`${error.stack ?? error}\n`);
} finally {
	for (const cleanup of cleanups.reverse()) {
		try {
			await cleanup();
		} catch {
			// best effort
		}
	}
}
