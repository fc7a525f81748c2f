// `npm run bench`: side-by-side benchmarks of this package in the real n8n 2.41.1 (Node 24) against the offline
// sandbox (sandbox/index.mjs), all on 127.0.0.1. Not part of the tests. Prints a Markdown table and writes it, with
// the machine it was taken on, to bench/results.md. See the Benchmarks section of README.md for what each scenario measures.
//
//   npm run bench                      # everything (about 15 minutes on 2 cores)
//   node scripts/bench.mjs --only=calls,pages,ozonetel,webhooks,load [--callbacks=100] [--rounds=1]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';

import { createOzonetelSandbox } from '../sandbox/ozonetel.mjs';
import { SANDBOX_CREDENTIAL_IDS, startSandbox } from '../sandbox/index.mjs';
import { executeMeasured, nodeRun, runChildJson } from './lib/bench-n8n.mjs';
import { ensureRuntime, freePort, n8nCli, n8nEnv, NODE24_BIN, prepareUserFolder, ROOT, startN8n } from './lib/runtime.mjs';

const CALLS = 1000;
const CALLS_ROUNDS = Number(process.argv.find((arg) => arg.startsWith('--rounds='))?.slice(9) ?? 6); // one `n8n execute` per round running every variant in the round's order (callOrder); 6 = every variant in every position once
const IN_FLIGHT = 8; // Parallel Requests for the concurrent variants (the udesk node's maximum)
const PAGES_ROUNDS = Number(process.argv.find((arg) => arg.startsWith('--pages-rounds='))?.slice(15) ?? 5); // one `n8n execute` each of the node, the lab floor and the raw loop per round, order rotated
const CALLBACKS = Number(process.argv.find((arg) => arg.startsWith('--callbacks='))?.slice(12) ?? 1000); // fewer while developing
const CALLBACK_CONCURRENCY = 10;
const CALLBACK_ROUNDS = 4; // rounds of callbacks / CALLBACK_ROUNDS per target, targets rotated each round
const OZONETEL_CALLS = 20; // full-scale 5/min window: 5 at once, then 5 more after each of three further windows (about 3 minutes)
const OZONETEL_LIMIT = 5;
const OZONETEL_WINDOW_MS = 60_000;
const LOAD_REPEATS = 5;

const only = new Set((process.argv.find((arg) => arg.startsWith('--only='))?.slice(7) ?? 'calls,pages,ozonetel,webhooks,load').split(','));
const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const ms = (value) => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`);
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');
const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
/** "1.05× floor (target ≤ 1.1×)": a ratio with the issue's target next to it, and whether it is met. */
const against = (a, b, name, target) =>
	`${ratio(a, b)} ${name}${target === undefined ? '' : ` (target ≤ ${target}×${b > 0 && a / b <= target ? ', met' : ', not met'})`}`;
const rotate = (list, by) => list.map((_, index) => list[(index + by) % list.length]);
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

const NOOP_WEBHOOK_ID = '6a0b9e1e-0d5c-4c1e-9d55-000000000004';

/**
 * The 1,000-call variants, one branch each after the same 1,000 items; n8n (executionOrder v1) runs the branches top
 * to bottom, one after the other, and `round` rotates their order so no variant always runs first or last.
 */
const PAIRS = 10; // udesk node / floor pairs per round (see callsWorkflow)
const PAIR_SIZE = 100;
const CALL_VARIANTS = ['Udesk', `Udesk ×${IN_FLIGHT}`, 'Floor', `Floor ×${IN_FLIGHT}`, 'Sign', 'HTTP Request (credential)'];

/**
 * The variants' order in a round: rotated by one each round, and reversed in odd rounds — later branches of one
 * execution run with more of n8n's run data in memory, so the order matters, and rotation alone would put one
 * variant of a pair before the other in most rounds.
 */
function callOrder(round) {
	const rotated = rotate(CALL_VARIANTS, round);
	return round % 2 === 1 ? rotated.reverse() : rotated;
}

function callsWorkflow(sandbox, round) {
	const udesk = sandbox.udesk;
	const order = callOrder(round);
	const y = (name) => order.indexOf(name) * 200;
	const udeskNode = (name, parallelRequests) => ({
		id: name,
		name,
		type: `${PKG}.udesk`,
		typeVersion: 1,
		position: [400, y(name)],
		parameters: { resource: 'queue', operation: 'get', queueId: '9001', parallelRequests },
		credentials: udeskCredential,
	});
	const floorNode = (name, inFlight) => ({
		id: name,
		name,
		type: 'n8n-nodes-bench-floor.benchFloor',
		typeVersion: 1,
		position: [400, y(name)],
		parameters: { path: 'queues/9001', inFlight },
		credentials: udeskCredential,
	});
	const nodes = [
		start,
		itemsNode(CALLS),
		udeskNode('Udesk', 1),
		udeskNode(`Udesk ×${IN_FLIGHT}`, IN_FLIGHT),
		floorNode('Floor', 1),
		floorNode(`Floor ×${IN_FLIGHT}`, IN_FLIGHT),
		{
			id: 'Sign',
			name: 'Sign',
			type: 'n8n-nodes-base.code',
			typeVersion: 2,
			position: [400, y('Sign')],
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
			id: 'HTTP Request',
			name: 'HTTP Request',
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.2,
			position: [600, y('Sign')],
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
		{
			id: 'HTTP Request (credential)',
			name: 'HTTP Request (credential)',
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.2,
			position: [400, y('HTTP Request (credential)')],
			parameters: {
				method: 'GET',
				url: `${sandbox.urls.udesk}/ccapi/v2/queues/9001`,
				authentication: 'predefinedCredentialType',
				nodeCredentialType: 'udeskApi',
				options: {},
			},
			credentials: udeskCredential,
		},
	];
	// A warm-up branch runs first (n8n's v1 order: the upper branch first, depth first): 200 items through the udesk
	// node, the lab floor and the HTTP Request node, after a Code node (which starts the task runner), so that no
	// measured variant pays for the process's first JIT compilation, first credential decryption or runner start.
	const WARM_UP = 200;
	nodes.push(
		{ ...itemsNode(WARM_UP), id: 'Warm-up items', name: 'Warm-up items', position: [200, -600] },
		{ ...udeskNode('Warm-up Udesk', 1), position: [400, -800] },
		{ ...floorNode('Warm-up Floor', 1), position: [400, -600] },
		{ ...nodes.find((node) => node.name === 'HTTP Request (credential)'), id: 'Warm-up HTTP', name: 'Warm-up HTTP', position: [400, -400] },
	);
	// Then the pairs: PAIRS blocks of PAIR_SIZE items, the udesk node and the floor back to back in each (which one
	// first alternates), so each pair's two figures are taken within a second of each other. On this machine a
	// variant's time moves by tens of per cent within one execution; the ratio of a close pair does not.
	const pairNames = [];
	nodes.push({ ...itemsNode(PAIR_SIZE), id: 'Pair items', name: 'Pair items', position: [200, 2000] });
	for (let k = 0; k < PAIRS; k++) {
		const names = k % 2 === 0 ? [`Pair ${k} Udesk`, `Pair ${k} Floor`] : [`Pair ${k} Floor`, `Pair ${k} Udesk`];
		names.forEach((name, j) => {
			const position = [400, 2000 + (2 * k + j) * 200];
			nodes.push(name.endsWith('Udesk') ? { ...udeskNode(name, 1), position } : { ...floorNode(name, 1), position });
		});
		pairNames.push(...names);
	}
	const link = (node) => ({ node, type: 'main', index: 0 });
	return {
		id: `benchCallsRound${round}`,
		name: `Bench: 1,000 udesk Queue Get per variant, round ${round + 1}`,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes,
		connections: {
			Start: { main: [[link('Warm-up items'), link('Items'), link('Pair items')]] },
			'Pair items': { main: [pairNames.map(link)] },
			'Warm-up items': { main: [['Warm-up Udesk', 'Warm-up Floor', 'Warm-up HTTP'].map(link)] },
			Items: { main: [CALL_VARIANTS.map(link)] },
			Sign: { main: [[link('HTTP Request')]] },
		},
	};
}

function workflows(sandbox) {
	return [
		...Array.from({ length: CALLS_ROUNDS }, (_, round) => callsWorkflow(sandbox, round)),
		workflow('benchUdeskPages1', 'Bench: udesk node, Return All call logs', [
			start,
			{ id: 'u', name: 'Udesk', type: `${PKG}.udesk`, typeVersion: 1, position: [200, 0], parameters: { resource: 'report', operation: 'callLogs', returnAll: true, filters: {} }, credentials: udeskCredential },
		]),
		workflow('benchUdeskPagesF', 'Bench: lab floor, Return All call logs (minimal node, n8n\'s GET-with-body helper)', [
			start,
			{ id: 'f', name: 'Floor', type: 'n8n-nodes-bench-floor.benchFloorPages', typeVersion: 1, position: [200, 0], parameters: {}, credentials: udeskCredential },
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
		workflow('benchNoopTrigge1', 'Bench: do-nothing package trigger (lab baseline)', [
			{ id: 'n', name: 'Bench No-Op Trigger', type: 'n8n-nodes-bench-floor.benchNoopTrigger', typeVersion: 1, position: [0, 0], webhookId: NOOP_WEBHOOK_ID, parameters: {} },
		]),
		workflow('benchPlainWebhk1', 'Bench: plain Webhook node', [
			{ id: 'w', name: 'Webhook', type: 'n8n-nodes-base.webhook', typeVersion: 2, position: [0, 0], webhookId: '6a0b9e1e-0d5c-4c1e-9d55-000000000002', parameters: { httpMethod: 'POST', path: 'bench-plain', responseMode: 'onReceived', options: {} } },
		]),
	];
}

// ───────────────────────── Scenarios ─────────────────────────

async function udeskCalls(env, sandbox) {
	const { sid, authToken, appId } = sandbox.udesk;
	const rawArgs = (inFlight) => ['calls', sandbox.urls.udesk, sid, authToken, appId, String(CALLS), String(inFlight)];
	const times = Object.fromEntries([...CALL_VARIANTS, 'HTTP Request', 'raw', 'raw ×8'].map((name) => [name, []]));
	const problems = new Set();
	const orders = [];
	const pairRatios = [];
	for (let round = 0; round < CALLS_ROUNDS; round++) {
		// the raw loops run before n8n in even rounds and after it in odd ones
		const raw = async () => {
			for (const [name, inFlight] of [['raw', 1], ['raw ×8', IN_FLIGHT]]) {
				const run = await runChildJson(path.join(ROOT, 'bench', 'raw-udesk.mjs'), rawArgs(inFlight));
				times[name].push(run.ms);
				if (run.errors) problems.add(`${name}: ${run.errors} errors`);
			}
		};
		if (round % 2 === 0) await raw();
		log(`udesk calls, round ${round + 1}/${CALLS_ROUNDS}: ${CALLS} Queue Get per variant (${callOrder(round).join(' → ')}) …`);
		const execution = await executeMeasured(`benchCallsRound${round}`, env);
		for (const name of [...CALL_VARIANTS, 'HTTP Request']) {
			const run = nodeRun(execution.result, name);
			times[name].push(run.ms);
			if (run.error) problems.add(`${name}: ${run.error.message}`);
			else if (run.items !== CALLS) problems.add(`${name}: ${run.items} items`);
		}
		for (let k = 0; k < PAIRS; k++) {
			const udesk = nodeRun(execution.result, `Pair ${k} Udesk`);
			const floor = nodeRun(execution.result, `Pair ${k} Floor`);
			if (udesk.error || floor.error) problems.add(`pair ${k}: ${(udesk.error ?? floor.error).message}`);
			else pairRatios.push(udesk.ms / floor.ms);
		}
		const runData = execution.result?.data?.resultData?.runData ?? {};
		orders.push(CALL_VARIANTS.filter((name) => runData[name]).sort((a, b) => runData[a][0].startTime - runData[b][0].startTime));
		if (round % 2 === 1) await raw();
	}
	const m = Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]));
	const codeHttpRounds = times.Sign.map((sign, index) => sign + times['HTTP Request'][index]);
	const codeHttp = median(codeHttpRounds);
	// Ratios between two variants of the same execution: the median of the per-round ratios (both ran in the same n8n
	// process, minutes apart at most), which the machine's drift between rounds does not move.
	const perRound = (a, b) => median(a.map((value, index) => value / b[index]));
	const within = (a, b, label, target) => {
		const r = perRound(a, b);
		return `${r.toFixed(2)}× ${label}${target === undefined ? '' : ` (target ≤ ${target}×, ${r <= target ? 'met' : 'not met'})`}`;
	};
	const rotated = orders.every((order, round) => order.join() === callOrder(round).join());
	for (const name of [...CALL_VARIANTS, 'HTTP Request', 'raw', 'raw ×8']) log(`udesk calls, ${name} per round: ${times[name].map((t) => Math.round(t)).join(', ')} ms`);
	const notes = `Medians of ${CALLS_ROUNDS} rounds; node execution time from n8n's run data, every variant in the same \`n8n execute\` per round after a warm-up branch (200 calls through the node, the floor and HTTP Request) and before ${PAIRS} close pairs of ${PAIR_SIZE} calls (the node and the floor back to back, which one first alternating), order rotated each round and reversed in odd ones${rotated ? '' : ' (n8n ran them in another order than planned)'}, raw loops before n8n in even rounds and after it in odd ones; ratios between n8n variants are medians of the per-round ratios, ratios to the raw loops medians of the times. ${problems.size ? `Errors: ${[...problems].join('; ')}` : 'No errors.'}`;
	const spread = (name) => `${ms(Math.min(...times[name]))}–${ms(Math.max(...times[name]))}`;
	rows.push({
		scenario: `${CALLS.toLocaleString('en')} udesk calls, one after the other (Queue → Get, Parallel Requests 1)`,
		ours: `${ms(m.Udesk)} (rounds ${spread('Udesk')})`,
		baselines: `lab floor — minimal node, credential read once, n8n's helper per item — ${ms(m.Floor)}; raw keep-alive loop ${ms(m.raw)}; Code (sign) + HTTP Request ${ms(codeHttp)}; HTTP Request with the udesk credential ${ms(m['HTTP Request (credential)'])}`,
		ratio: [
			`${median(pairRatios).toFixed(2)}× floor in close pairs (target ≤ 1.1×, ${median(pairRatios) <= 1.1 ? 'met' : 'not met'}; ${pairRatios.length} pairs of ${PAIR_SIZE} calls, quartiles ${percentile(pairRatios, 0.25).toFixed(2)}–${percentile(pairRatios, 0.75).toFixed(2)})`,
			within(times.Udesk, times.Floor, 'floor in the 1,000-call branches'),
			within(times.Udesk, codeHttpRounds, 'Code + HTTP Request', 0.5),
			within(times.Udesk, times['HTTP Request (credential)'], 'HTTP Request + credential'),
			against(m.Udesk, m.raw, 'raw'),
			`(floor itself ${ratio(m.Floor, m.raw)} raw)`,
		].join('; '),
		notes,
	});
	rows.push({
		scenario: `${CALLS.toLocaleString('en')} udesk calls, ${IN_FLIGHT} in flight (Queue → Get, Parallel Requests ${IN_FLIGHT})`,
		ours: `${ms(m[`Udesk ×${IN_FLIGHT}`])} (rounds ${spread(`Udesk ×${IN_FLIGHT}`)})`,
		baselines: `raw keep-alive loop, one after the other ${ms(m.raw)}; raw loop ${IN_FLIGHT} in flight ${ms(m['raw ×8'])}; lab floor ${IN_FLIGHT} in flight ${ms(m[`Floor ×${IN_FLIGHT}`])}`,
		ratio: [
			against(m[`Udesk ×${IN_FLIGHT}`], m.raw, 'raw sequential', 1.6),
			within(times[`Udesk ×${IN_FLIGHT}`], times[`Floor ×${IN_FLIGHT}`], `floor ×${IN_FLIGHT}`),
			against(m[`Udesk ×${IN_FLIGHT}`], m['raw ×8'], `raw ×${IN_FLIGHT}`),
		].join('; '),
		notes: `Same executions as the row above. On 2 cores the sandbox, n8n and the bench driver share the CPU, so parallel requests gain less than on a free core.`,
	});
}

async function udeskPages(env, sandbox) {
	const { sid, authToken, appId } = sandbox.udesk;
	const ours = [];
	const floors = [];
	const raws = [];
	let problem;
	const requests = () => sandbox.vendors.udesk.state.requests.filter((r) => r.path.endsWith('/calls/logs')).length;
	let oursRequests = 0;
	let floorRequests = 0;
	for (let round = 0; round < PAGES_ROUNDS; round++) {
		const raw = async () => raws.push(await runChildJson(path.join(ROOT, 'bench', 'raw-udesk.mjs'), ['pages', sandbox.urls.udesk, sid, authToken, appId]));
		const node = async () => {
			log(`udesk: Return All over the call logs through the node, round ${round + 1}/${PAGES_ROUNDS} …`);
			const before = requests();
			const execution = await executeMeasured('benchUdeskPages1', env);
			oursRequests = requests() - before;
			const run = nodeRun(execution.result, 'Udesk');
			if (run.error) problem = run.error.message;
			ours.push({ ms: run.ms, items: run.items, peakRssKb: execution.peakRssKb });
		};
		const floor = async () => {
			const before = requests();
			const execution = await executeMeasured('benchUdeskPagesF', env);
			floorRequests = requests() - before;
			const run = nodeRun(execution.result, 'Floor');
			if (run.error) problem = run.error.message;
			floors.push({ ms: run.ms, items: run.items });
		};
		// the three in a rotated order each round: none always first or last
		for (const step of rotate([raw, node, floor], round)) await step();
	}
	log('udesk: n8n baseline memory (Manual Trigger only) …');
	const empty = await executeMeasured('benchEmptyWorkf1', env);
	const count = sandbox.vendors.udesk.state.apps.get(appId).callLogCount ?? 10_000;
	const oursMs = median(ours.map((run) => run.ms));
	const floorMs = median(floors.map((run) => run.ms));
	const rawMs = median(raws.map((run) => run.ms));
	const oursRss = median(ours.map((run) => run.peakRssKb));
	rows.push({
		scenario: `Return All over ${count.toLocaleString('en')} udesk call logs (${Math.ceil(count / 100)} pages of 100)`,
		ours: `${ms(oursMs)} (rounds ${ms(Math.min(...ours.map((r) => r.ms)))}–${ms(Math.max(...ours.map((r) => r.ms)))}), ${ours[0].items.toLocaleString('en')} items, ${oursRequests} requests; n8n peak RSS ${mb(oursRss)}`,
		baselines: `lab floor — minimal node, credential read once, n8n's GET-with-body helper (requestWithAuthenticationPaginated) per page, rows out as they are — ${ms(floorMs)}, ${floors[0].items.toLocaleString('en')} items, ${floorRequests} requests; raw keep-alive page loop ${ms(rawMs)}, ${raws[0].rows.toLocaleString('en')} rows, ${raws[0].requests} requests, peak RSS ${mb(median(raws.map((run) => run.peakRssKb)))}; n8n running an empty workflow: peak RSS ${mb(empty.peakRssKb)}`,
		ratio: `${against(oursMs, rawMs, 'raw time', 1.2)}; ${ratio(oursMs, floorMs)} floor; (floor itself ${ratio(floorMs, rawMs)} raw); +${mb(oursRss - empty.peakRssKb)} over empty n8n`,
		notes: `Medians of ${PAGES_ROUNDS} rounds, order rotated each round. The node's time is its executionTime in n8n's run data. RSS = VmHWM of the \`n8n execute --rawOutput\` process (includes printing the 10,000-item result). ${problem ? `Error: ${problem}` : 'No errors.'}`,
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

/** Sends signed or plain callbacks until one is answered 200 (the workflow is active), at most 60 s. */
async function untilAnswering(target) {
	const deadline = Date.now() + 60_000;
	for (;;) {
		const run = await fire(1, 1, target);
		if (run.statuses[200]) return;
		if (Date.now() > deadline) throw new Error(`no 200 from ${target(0).url} within 60 s: ${JSON.stringify(run.statuses)}`);
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}

/**
 * One `n8n start` with `extraEnv`; CALLBACKS callbacks to each target in CALLBACK_ROUNDS rounds, the targets' order
 * rotated every round. Returns per target { roundMs[], latencies[], statuses }.
 */
let webhookPort; // every `n8n start` of the callback scenario listens on the same port: see callbackOf
async function callbackRounds(env, sandbox, extraEnv, callbacks) {
	// The same port for every run: on a restart n8n finds the trigger's webhook already in its database and does not
	// call the trigger's hooks again (so it does not subscribe anew) — the subscription of the first run is the one.
	webhookPort ??= await freePort();
	const port = webhookPort;
	const server = await startN8n({ ...env, N8N_LOG_LEVEL: 'warn', WEBHOOK_URL: `http://127.0.0.1:${port}/`, ...extraEnv }, { port });
	cleanups.push(server.stop);
	try {
		const { appId, secret } = sandbox.udesk;
		const app = sandbox.vendors.udesk.state.apps.get(appId);
		// This n8n's subscription (its port), not one some other n8n left at the simulator.
		const callbackOf = (webhookId) =>
			[...app.subscriptions.values()].find((entry) => entry.callback.includes(`127.0.0.1:${port}/`) && entry.callback.includes(webhookId))?.callback;
		const deadline = Date.now() + 60_000;
		while (!(callbackOf('000000000001') && callbackOf('000000000003')) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
		const signedCallback = callbackOf('000000000001');
		const unverifiedCallback = callbackOf('000000000003');
		if (!signedCallback || !unverifiedCallback) throw new Error(`the udesk trigger did not subscribe after activation:\n${server.output().slice(-3000)}`);
		// A new CallId for every callback of the run, so no callback is a replay of an earlier one.
		let sequence = 0;
		const event = () => ({ event: 'end', CallId: `00000000-0000-4000-8000-${String(sequence++).padStart(12, '0')}`, AgentId: '10031', DestNumber: '13716429603' });
		const targets = {
			'udesk Trigger (verified)': () => {
				const url = new URL(signedCallback);
				const Timestamp = String(Math.floor(Date.now() / 1000));
				url.searchParams.set('AppId', appId);
				url.searchParams.set('Timestamp', Timestamp);
				url.searchParams.set('Sign', createHash('sha1').update(`${appId}${secret}${Timestamp}`).digest('hex'));
				return { url, body: event() };
			},
			'udesk Trigger (unverified)': () => ({ url: unverifiedCallback, body: event() }),
			'do-nothing package trigger': () => ({ url: `http://127.0.0.1:${port}/webhook/${NOOP_WEBHOOK_ID}/webhook`, body: event() }),
			'Webhook node': () => ({ url: `http://127.0.0.1:${port}/webhook/bench-plain`, body: event() }),
		};
		const names = Object.keys(targets);
		log('webhooks: n8n is up and the udesk triggers subscribed; waiting for every target to answer 200 …');
		// Active and warm: each target answers 200, then 20 more, so none pays n8n's first-request costs in the rounds.
		for (const name of names) {
			await untilAnswering(targets[name]);
			await fire(20, 2, targets[name]);
		}
		log('webhooks: every target answers; measuring …');
		const results = Object.fromEntries(names.map((name) => [name, { roundMs: [], latencies: [], statuses: {} }]));
		const size = callbacks / CALLBACK_ROUNDS;
		for (let round = 0; round < CALLBACK_ROUNDS; round++) {
			for (const name of rotate(names, round)) {
				const run = await fire(size, CALLBACK_CONCURRENCY, targets[name]);
				const total = results[name];
				total.roundMs.push(run.ms);
				total.latencies.push(...run.latencies);
				for (const [status, n] of Object.entries(run.statuses)) total.statuses[status] = (total.statuses[status] ?? 0) + n;
			}
		}
		return results;
	} finally {
		await server.stop();
	}
}

async function webhooks(env, sandbox) {
	log('webhooks: publishing the webhook workflows …');
	for (const id of ['benchUdeskTrigg1', 'benchUdeskTrigNo', 'benchNoopTrigge1', 'benchPlainWebhk1']) await n8nCli(['publish:workflow', `--id=${id}`], env);
	// The legacy-engine run only shows the effect of the admin setting: half the callbacks, to keep the bench short.
	const engines = [
		['default expression engine', {}, CALLBACKS],
		['N8N_EXPRESSION_ENGINE=legacy', { N8N_EXPRESSION_ENGINE: 'legacy' }, CALLBACKS / 2],
	];
	for (const [label, extraEnv, callbacks] of engines) {
		log(`webhooks (${label}): \`n8n start\`, then ${callbacks} callbacks per target in ${CALLBACK_ROUNDS} rotated rounds, ${CALLBACK_CONCURRENCY} in flight …`);
		const results = await callbackRounds(env, sandbox, extraEnv, callbacks);
		// the median round time × rounds
		const total = (name) => median(results[name].roundMs) * CALLBACK_ROUNDS;
		const summary = (name) => {
			const run = results[name];
			return `${ms(total(name))} (${Math.round((callbacks / total(name)) * 1000)}/s, p50 ${ms(percentile(run.latencies, 0.5))}, p95 ${ms(percentile(run.latencies, 0.95))})`;
		};
		const statusText = (name) => Object.entries(results[name].statuses).map(([status, n]) => `${n}× ${status}`).join(', ');
		const verified = 'udesk Trigger (verified)';
		rows.push({
			scenario: `${callbacks.toLocaleString('en')} signed udesk callbacks → trigger (n8n start, ${CALLBACK_CONCURRENCY} in flight, ${label})`,
			ours: summary(verified),
			baselines: `lab baselines: do-nothing package trigger ${summary('do-nothing package trigger')}; n8n's Webhook node ${summary('Webhook node')}; udesk Trigger with Verify Callback Signature off ${summary('udesk Trigger (unverified)')}`,
			ratio: [
				against(total(verified), total('do-nothing package trigger'), 'do-nothing trigger', 1.1),
				against(total(verified), total('Webhook node'), 'Webhook node'),
				against(total(verified), total('udesk Trigger (unverified)'), 'unverified'),
				`(do-nothing trigger itself ${ratio(total('do-nothing package trigger'), total('Webhook node'))} Webhook node)`,
			].join('; '),
			notes: `Median round × ${CALLBACK_ROUNDS} (rounds of ${callbacks / CALLBACK_ROUNDS}, targets rotated each round). HTTP answers: ${Object.keys(results).map((name) => `${name} ${statusText(name)}`).join('; ')}. Every accepted callback starts and saves an execution (SQLite).`,
		});
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
	// Never lose the table to a runtime that went away during the run: unknown versions are printed as such.
	let n8nVersion = 'unknown (runtime gone at the end of the run)';
	let node24 = 'unknown';
	try {
		n8nVersion = JSON.parse(readFileSync(path.join(ROOT, '.cache', 'n8n', 'node_modules', 'n8n', 'package.json'), 'utf8')).version;
		node24 = execFileSync(path.join(NODE24_BIN, 'node'), ['--version'], { encoding: 'utf8' }).trim();
	} catch {
		// keep 'unknown'
	}
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
	// Other work on the machine, before the bench starts anything, and the 1-minute load average sampled during it.
	const loadBefore = loadavg()[0];
	const loadSamples = [];
	const sampler = setInterval(() => loadSamples.push(loadavg()[0]), 5000);
	cleanups.push(() => clearInterval(sampler));
	ensureRuntime();
	const sandbox = await startSandbox();
	cleanups.push(() => sandbox.close());
	const userFolder = prepareUserFolder(mkdtempSync(path.join(tmpdir(), 'n8n-bench-')));
	// The bench-only lab baselines (minimal node, do-nothing trigger) as a second community package of this n8n only.
	symlinkSync(path.join(ROOT, 'bench', 'n8n-nodes-bench-floor'), path.join(userFolder, '.n8n', 'nodes', 'node_modules', 'n8n-nodes-bench-floor'), 'dir');
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
	// A scenario that fails leaves a row saying so; the others still run and the table is still written.
	for (const [name, scenario] of [['calls', udeskCalls], ['pages', udeskPages], ['ozonetel', ozonetel], ['webhooks', webhooks]]) {
		if (!only.has(name)) continue;
		const before = rows.length;
		try {
			await scenario(env, sandbox);
			// each finished row goes to the log at once, so a later crash cannot lose it
			for (const row of rows.slice(before)) log(`row: ${JSON.stringify(row)}`);
		} catch (error) {
			log(`${name} failed: ${error.stack ?? error}`);
			rows.push({ scenario: name, ours: 'failed', baselines: '—', ratio: '—', notes: String(error.message ?? error).split('\n')[0].slice(0, 300) });
		}
	}

	const info = machine();
	const markdown = [
		'# Benchmark results',
		'',
		`Taken ${info.date} with \`npm run bench\` (${ms(performance.now() - started)} in all).`,
		'',
		`- CPU: ${info.cpu}, ${info.cores} cores; memory ${info.memory}`,
		`- Node: ${info.node}`,
		`- n8n: ${info.n8n} (real CLI, SQLite, task runners on), everything on 127.0.0.1 against sandbox/`,
		`- Load: 1-minute load average ${loadBefore.toFixed(1)} before the bench started (${info.cores} cores), median ${median(loadSamples.length ? loadSamples : [loadBefore]).toFixed(1)} during it${loadBefore >= info.cores / 2 ? ` — **a loaded machine**: other work was using the cores, so absolute times are high and noisy; the ratios come from alternating rounds in the same run and are what to compare` : ''}`,
		'',
		table(),
		'',
		'What each scenario measures: the Benchmarks section of README.md.',
		'',
	].join('\n');
	process.stdout.write(`${markdown}\n`);
	if (only.size === 5) {
		// keep the queue-mode part `npm run bench:queue` wrote (between its markers): this run does not measure it
		const file = path.join(ROOT, 'bench', 'results.md');
		const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
		const queuePart = /<!-- queue-mode:start[\s\S]*?<!-- queue-mode:end -->/.exec(previous)?.[0];
		writeFileSync(file, queuePart ? `${markdown}\n${queuePart}\n` : markdown);
	}
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
