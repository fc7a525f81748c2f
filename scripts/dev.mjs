#!/usr/bin/env node
// `npm run dev` — real n8n (the pinned 2.41.1, on Node 24, SQLite) at http://127.0.0.1:5678 with this package linked
// in as a community package. TypeScript is rebuilt on every change and n8n restarted with the new build. Ctrl-C stops
// everything this script started.
//
//   npm run dev                  n8n with the nodes
//   npm run dev -- --sandbox     + the offline vendor sandbox, its credentials and the example workflows imported
//   npm run dev -- --port 5679   another port
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { ensureRuntime, n8nCli, n8nEnv, prepareUserFolder, ROOT, startN8n, CACHE } from './lib/runtime.mjs';

const args = process.argv.slice(2);
const withSandbox = args.includes('--sandbox');
const portIndex = args.indexOf('--port');
const port = portIndex !== -1 ? Number(args[portIndex + 1]) : Number(process.env.N8N_PORT ?? 5678);
const OWNER = { email: 'dev@example.com', firstName: 'Dev', lastName: 'Owner', password: 'Sandbox-Passw0rd' };

const say = (message) => process.stdout.write(`[dev] ${message}\n`);

function build() {
	const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
	return result.status === 0;
}

async function setUpOwner() {
	// The first visit to a fresh n8n asks for an owner account; do it here so the editor opens straight away.
	try {
		const response = await fetch(`http://127.0.0.1:${port}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(OWNER),
		});
		return response.ok;
	} catch {
		return false;
	}
}

async function main() {
	ensureRuntime();
	say('building the package …');
	if (!build()) say('the first build has errors; fix them and save — the watcher rebuilds');

	const userFolder = prepareUserFolder(path.join(CACHE, 'dev-user'));
	const env = n8nEnv(userFolder, { N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL ?? 'warn' });
	const cliEnv = n8nEnv(userFolder);

	let sandbox;
	if (withSandbox) {
		const { startSandbox } = await import('../sandbox/index.mjs');
		sandbox = await startSandbox({ ports: { ccai: 5681, udesk: 5682, ozonetel: 5683, zoho: 5684 } });
		const credentialsFile = path.join(userFolder, 'sandbox-credentials.json');
		writeFileSync(credentialsFile, JSON.stringify(sandbox.credentials));
		say('importing the sandbox credentials …');
		await n8nCli(['import:credentials', `--input=${credentialsFile}`], cliEnv);
		const examples = path.join(ROOT, 'examples');
		if (existsSync(examples) && readdirSync(examples).some((file) => file.endsWith('.json'))) {
			say('importing the example workflows …');
			await n8nCli(['import:workflow', '--separate', `--input=${examples}`], cliEnv);
		}
		for (const [vendor, url] of Object.entries(sandbox.urls)) say(`sandbox ${vendor.padEnd(8)} ${url}`);
	}
	const printEmitHelp = () => {
		if (!sandbox) return;
		say('udesk callbacks: open "Example: udesk call ended → call log and recording file", press Execute workflow, then in another terminal:');
		say('  npm run sandbox -- emit end              a signed "end" callback to every live subscription');
		say('  npm run sandbox -- emit end --forged     the same with a forged signature (the trigger answers 401)');
		say('  npm run sandbox -- events                every event udesk documents (emit any of them)');
	};

	let n8n;
	const start = async () => {
		n8n = await startN8n(env, {
			port,
			onOutput: (text) => {
				for (const line of text.split('\n')) if (/error|warn/i.test(line)) process.stdout.write(`[n8n] ${line}\n`);
			},
		});
	};
	say(`starting n8n on http://127.0.0.1:${port} …`);
	await start();
	const ownerCreated = await setUpOwner();
	say(`n8n is ready: http://127.0.0.1:${port}`);
	if (ownerCreated) say(`owner account created — sign in as ${OWNER.email} / ${OWNER.password}`);
	else say(`sign in with your owner account (a fresh .cache/dev-user uses ${OWNER.email} / ${OWNER.password})`);
	printEmitHelp();
	say('watching nodes/ and credentials/ — every save rebuilds and restarts n8n. Ctrl-C stops.');

	// Rebuild on change: tsc in watch mode (the tsconfig.json `n8n-node build` compiles); after each successful incremental
	// compile, copy the codex files again (gulp build:codex) and restart n8n. Icons were copied by the first `npm run build`
	// and tsc --watch never cleans dist/.
	const tsc = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--watch', '--preserveWatchOutput'], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	let first = true;
	let restarting = Promise.resolve();
	tsc.stdout.on('data', (chunk) => {
		const text = chunk.toString();
		if (/error TS/.test(text)) process.stdout.write(text);
		const done = /Found (\d+) errors?\. Watching for file changes/.exec(text);
		if (!done) return;
		if (first) {
			first = false;
			return;
		}
		if (done[1] !== '0') {
			say(`build has ${done[1]} error(s); n8n keeps the last good build`);
			return;
		}
		restarting = restarting.then(async () => {
			spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'gulp', 'bin', 'gulp.js'), 'build:codex', '--silent'], { cwd: ROOT, stdio: 'ignore' });
			say('rebuilt — restarting n8n …');
			await n8n.stop();
			await start();
			say(`n8n is ready again: http://127.0.0.1:${port}`);
		});
	});

	let stopping = false;
	const shutdown = async () => {
		if (stopping) return;
		stopping = true;
		say('stopping …');
		tsc.kill('SIGTERM');
		await restarting.catch(() => undefined);
		await n8n?.stop();
		await sandbox?.close();
		say('stopped.');
		process.exit(0);
	};
	process.on('SIGINT', shutdown);
	process.on('SIGTERM', shutdown);
}

main().catch((error) => {
	process.stderr.write(`[dev] ${error.stack ?? error}\n`);
	process.exit(1);
});

