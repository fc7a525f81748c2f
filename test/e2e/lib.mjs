// Shared set-up of the end-to-end suite: a throw-away n8n user folder with this package linked in as a community
// package, credentials and workflows imported through n8n's own CLI, and headless runs with `n8n execute --id`.
import { mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { createRequire } from 'node:module';

import { ensureRuntime, n8nCli, n8nEnv, parseExecuteOutput, prepareUserFolder, freePort, startN8n, N8N_BIN, ROOT } from '../../scripts/lib/runtime.mjs';

export { freePort, ROOT };

/** Starts a sandbox handler on 127.0.0.1 and returns its base URL and a close function. */
export async function serve(handler) {
	const server = http.createServer(handler);
	const port = await freePort();
	await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${port}`,
		port,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

export function createN8n() {
	ensureRuntime();
	const userFolder = prepareUserFolder(mkdtempSync(path.join(tmpdir(), 'n8n-e2e-')));
	const env = n8nEnv(userFolder, { N8N_RUNNERS_BROKER_PORT: String(20000 + Math.floor(Math.random() * 20000)) });
	return {
		userFolder,
		env,
		async importCredentials(credentials) {
			const file = path.join(userFolder, 'credentials.json');
			writeFileSync(file, JSON.stringify(credentials));
			await n8nCli(['import:credentials', `--input=${file}`], env);
		},
		/** Imports one workflow, or several at once (one n8n start-up instead of many). */
		async importWorkflows(workflows) {
			const dir = mkdtempSync(path.join(userFolder, 'workflows-'));
			for (const workflow of workflows) writeFileSync(path.join(dir, `${workflow.id}.json`), JSON.stringify(workflow));
			await n8nCli(['import:workflow', '--separate', `--input=${dir}`], env);
		},
		/** Runs a workflow headless and returns n8n's run result (data.resultData.runData …). */
		async execute(workflowId) {
			const { stdout, stderr, status } = await n8nCli(['execute', `--id=${workflowId}`, '--rawOutput'], env, { allowFailure: true });
			try {
				return parseExecuteOutput(stdout);
			} catch (error) {
				throw new Error(`n8n execute --id=${workflowId} exited ${status}\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`);
			}
		},
		/**
		 * `n8n start` on a free port of 127.0.0.1 (own process group, own task-runner broker port so a concurrent
		 * `n8n execute` does not collide), with the webhook base URL pointing at it. Returns { url, stop, output }.
		 */
		async start() {
			const port = await freePort();
			const url = `http://127.0.0.1:${port}`;
			const server = await startN8n(
				{ ...env, N8N_RUNNERS_BROKER_PORT: String(await freePort()), WEBHOOK_URL: `${url}/` },
				{ port },
			);
			return { url, port, stop: server.stop, output: server.output };
		},
		cleanup() {
			rmSync(userFolder, { recursive: true, force: true });
		},
	};
}

/** Output items (json) of a node in an `n8n execute --rawOutput` result. */
export function nodeOutput(result, nodeName) {
	const runData = result?.data?.resultData?.runData ?? result?.resultData?.runData;
	const runs = runData?.[nodeName];
	if (!runs) throw new Error(`node "${nodeName}" did not run: ${JSON.stringify(result).slice(0, 2000)}`);
	return (runs[0].data?.main?.[0] ?? []).map((item) => item.json);
}

export function readExample(name) {
	return JSON.parse(readFileSync(path.join(ROOT, 'examples', name), 'utf8'));
}

/** Every example workflow in examples/, parsed, in file-name order. */
export function readExamples() {
	return readdirSync(path.join(ROOT, 'examples'))
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((name) => readExample(name));
}

/**
 * A copy of a workflow whose Schedule Trigger is replaced by a Manual Trigger of the same name, so that
 * `n8n execute` can run it headless (it refuses workflows that only start on a schedule). The example file keeps its
 * schedule, as users would use it.
 */
export function withManualTrigger(workflow) {
	const copy = structuredClone(workflow);
	copy.nodes = copy.nodes.map((node) =>
		node.type === 'n8n-nodes-base.scheduleTrigger'
			? { id: node.id, name: node.name, type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: node.position, parameters: {} }
			: node,
	);
	return copy;
}

// n8n keeps execution data serialised with `flatted`; use n8n's own copy (installed by ensureRuntime) to read it.
const flatted = () => createRequire(N8N_BIN)('flatted');

/**
 * A minimal client of n8n's internal REST API (what the editor uses): owner set-up (which also logs in), workflow
 * activation/deactivation and the execution list. Throws with n8n's answer on any non-2xx.
 */
export function restClient(baseUrl) {
	let cookie = '';
	async function call(method, route, body) {
		const response = await fetch(`${baseUrl}/rest${route}`, {
			method,
			headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const setCookies = response.headers.getSetCookie?.() ?? [];
		const auth = setCookies.map((c) => c.split(';')[0]).find((c) => c.startsWith('n8n-auth='));
		if (auth) cookie = auth;
		const text = await response.text();
		if (!response.ok) throw new Error(`${method} /rest${route} → ${response.status}: ${text.slice(0, 1000)}`);
		return text ? JSON.parse(text).data : undefined;
	}
	return {
		call,
		/** A logged-in request whose Response is returned as is (e.g. binary data downloads). */
		async raw(method, route) {
			const response = await fetch(`${baseUrl}/rest${route}`, { method, headers: cookie ? { cookie } : {} });
			if (!response.ok) throw new Error(`${method} /rest${route} → ${response.status}: ${(await response.text()).slice(0, 1000)}`);
			return response;
		},
		async setupOwner() {
			return await call('POST', '/owner/setup', {
				email: 'e2e-owner@example.com',
				firstName: 'E2E',
				lastName: 'Owner',
				password: 'E2e-Owner-Passw0rd',
			});
		},
		/** Publishes/activates the workflow's current version (n8n 2.x needs the versionId). */
		async activate(workflowId) {
			const { versionId } = await call('GET', `/workflows/${workflowId}`);
			return await call('POST', `/workflows/${workflowId}/activate`, { versionId });
		},
		async deactivate(workflowId) {
			return await call('POST', `/workflows/${workflowId}/deactivate`, {});
		},
		/** Executions of a workflow, newest first: [{ id, status, mode, … }]. */
		async executions(workflowId) {
			const filter = encodeURIComponent(JSON.stringify({ workflowId }));
			const data = await call('GET', `/executions?filter=${filter}`);
			return data.results;
		},
		/** One execution with its run data unpacked ({ …, data: { resultData: { runData } } }). */
		async execution(id) {
			const execution = await call('GET', `/executions/${id}`);
			return { ...execution, data: typeof execution.data === 'string' ? flatted().parse(execution.data) : execution.data };
		},
	};
}

/** Polls `check` (async, returns a truthy value when done) every 200 ms until it succeeds or `timeoutMs` passes. */
export async function waitFor(check, { timeoutMs = 20_000, what = 'condition' } = {}) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await check();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}
