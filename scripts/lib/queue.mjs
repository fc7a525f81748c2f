// n8n queue mode on one machine, for `npm run test:queue` and the queue bench: Postgres and Redis from the Debian
// packages (`postgresql`, `redis-server`) on 127.0.0.1 with throw-away data directories and free ports, and the pinned
// n8n (scripts/lib/runtime.mjs) as one main (`n8n start`), workers (`n8n worker`) and webhook processors
// (`n8n webhook`), all sharing one database, one Redis and one encryption key, this package linked into each.
// Every process runs in its own process group and is stopped by its PID. Nothing listens beyond 127.0.0.1.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ensureRuntime, freePort, N8N_BIN, n8nCli, n8nEnv, NODE24_BIN, prepareUserFolder } from './runtime.mjs';

function log(message) {
	process.stderr.write(`[queue] ${message}\n`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Everything started here, by PID (negative: a process group), so that nothing outlives this process even when a test
// runner kills it before its after() hooks ran: on exit, SIGINT and SIGTERM every one still registered gets SIGKILL.
const started = new Map(); // pid → signal target (pid or -pgid)
function track(pid, target = pid) {
	started.set(pid, target);
}
function untrack(pid) {
	started.delete(pid);
}
function killAllSync() {
	for (const target of started.values()) {
		try {
			process.kill(target, 'SIGKILL');
		} catch {
			// already gone
		}
	}
	started.clear();
}
process.once('exit', killAllSync);
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.once(signal, () => {
		killAllSync();
		process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
	});
}

/** initdb, pg_ctl, psql of the newest installed Debian postgresql; undefined when none is installed. */
function postgresBin() {
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return undefined;
	const versions = readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
	return versions.length ? path.join(root, versions[0], 'bin') : undefined;
}

const redisBin = () => ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => existsSync(p));

/**
 * Makes sure the Debian packages are there. As root, missing ones are installed with apt-get (non-interactive);
 * otherwise the error says what to install.
 */
export function ensureQueueDependencies() {
	const missing = [];
	if (!postgresBin()) missing.push('postgresql');
	if (!redisBin()) missing.push('redis-server');
	if (missing.length === 0) return;
	if (process.getuid?.() !== 0) {
		throw new Error(`queue mode needs the Debian packages ${missing.join(' ')}: sudo apt-get install -y ${missing.join(' ')}`);
	}
	log(`installing ${missing.join(' ')} with apt-get …`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...missing]]) {
		const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
		if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (${result.status})`);
	}
}

/** Postgres refuses to run as root: as root, its commands run as the `postgres` system user (created if missing). */
function postgresUser() {
	if (process.getuid?.() !== 0) return undefined;
	const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
	if (id.status !== 0) {
		const created = spawnSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], { stdio: 'inherit' });
		if (created.status !== 0) throw new Error('could not create the postgres system user');
	}
	const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
	const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
	return { name: 'postgres', uid, gid };
}

function asPostgres(user, command, args) {
	return user ? ['runuser', ['-u', user.name, '--', command, ...args]] : [command, args];
}

function runChecked(command, args, options = {}) {
	const result = spawnSync(command, args, { encoding: 'utf8', ...options });
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
	return result.stdout;
}

async function stopPid(pid, signal, what, timeoutMs = 20_000) {
	try {
		process.kill(pid, signal);
	} catch {
		return; // already gone
	}
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		try {
			process.kill(pid, 0);
		} catch {
			return;
		}
		await sleep(100);
	}
	log(`${what} (pid ${pid}) did not stop on ${signal}; SIGKILL`);
	try {
		process.kill(pid, 'SIGKILL');
	} catch {
		// gone meanwhile
	}
}

/**
 * A throw-away Postgres cluster on 127.0.0.1:<free port> (trust authentication, user `postgres`), databases created
 * with `createDatabase`. `stop()` ends the postmaster by its PID (fast shutdown) and deletes the data directory.
 */
export async function startPostgres() {
	ensureQueueDependencies();
	const bin = postgresBin();
	const user = postgresUser();
	const dir = mkdtempSync(path.join(tmpdir(), 'n8n-queue-pg-'));
	const data = path.join(dir, 'data');
	if (user) chownSync(dir, user.uid, user.gid);
	const port = await freePort();
	const [initCmd, initArgs] = asPostgres(user, path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
	runChecked(initCmd, initArgs);
	// fsync off and a socket in the throw-away directory: a test database on a shared machine, not a production one.
	const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
	const [ctlCmd, ctlArgs] = asPostgres(user, path.join(bin, 'pg_ctl'), ['-D', data, '-l', path.join(dir, 'postgres.log'), '-o', options, '-w', '-t', '60', 'start']);
	runChecked(ctlCmd, ctlArgs);
	const pid = Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
	track(pid);
	log(`postgres ${path.basename(path.dirname(bin))} on 127.0.0.1:${port} (pid ${pid}${user ? ', user postgres' : ''})`);
	const psqlIn = (database, sql) => {
		// psql is a client: it needs no special user (trust authentication on 127.0.0.1)
		const args = ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', database, '-v', 'ON_ERROR_STOP=1', '-qAt', '-c', sql];
		return runChecked(path.join(bin, 'psql'), args).trim();
	};
	const psql = (sql) => psqlIn('postgres', sql);
	return {
		host: '127.0.0.1',
		port,
		pid,
		user: 'postgres',
		psql,
		psqlIn,
		createDatabase(name) {
			psql(`CREATE DATABASE "${name}"`);
			return name;
		},
		async stop() {
			await stopPid(pid, 'SIGINT', 'postgres'); // SIGINT = fast shutdown
			untrack(pid);
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

/** A throw-away Redis on 127.0.0.1:<free port>, no persistence; `stop()` by PID. */
export async function startRedis() {
	ensureQueueDependencies();
	const dir = mkdtempSync(path.join(tmpdir(), 'n8n-queue-redis-'));
	const port = await freePort();
	const child = spawn(redisBin(), ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--protected-mode', 'yes'], {
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const deadline = Date.now() + 20_000;
	while (!/Ready to accept connections/.test(output)) {
		if (child.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server did not start:\n${output}`);
		await sleep(50);
	}
	track(child.pid);
	log(`redis on 127.0.0.1:${port} (pid ${child.pid})`);
	return {
		host: '127.0.0.1',
		port,
		pid: child.pid,
		async stop() {
			await stopPid(child.pid, 'SIGTERM', 'redis');
			untrack(child.pid);
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

/** Spawns one long-running n8n command (start, worker, webhook) in its own process group; output kept in memory. */
function spawnN8n(role, args, env) {
	const child = spawn(path.join(NODE24_BIN, 'node'), [N8N_BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	track(child.pid, -child.pid);
	child.once('exit', () => untrack(child.pid));
	let output = '';
	const collect = (chunk) => {
		output += chunk;
		if (output.length > 2_000_000) output = output.slice(-1_000_000);
		if (process.env.QUEUE_VERBOSE) process.stderr.write(`[${role}] ${chunk}`);
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	return {
		role,
		child,
		pid: child.pid,
		output: () => output,
		async stop() {
			if (child.exitCode !== null || child.signalCode !== null) return;
			const exited = new Promise((resolve) => child.once('exit', resolve));
			try {
				process.kill(-child.pid, 'SIGTERM'); // the group: n8n and its task runner
			} catch {
				return;
			}
			// n8n's own graceful shutdown (N8N_GRACEFUL_SHUTDOWN_TIMEOUT, 90 s) first; SIGKILL only if it hangs past that
			const done = await Promise.race([exited.then(() => true), sleep(100_000).then(() => false)]);
			if (!done) {
				try {
					process.kill(-child.pid, 'SIGKILL');
				} catch {
					// gone meanwhile
				}
			}
		},
	};
}

async function waitReady(proc, url, what) {
	const deadline = Date.now() + 240_000;
	while (Date.now() < deadline) {
		if (proc.child.exitCode !== null) throw new Error(`${what} exited early (${proc.child.exitCode}):\n${proc.output().slice(-6000)}`);
		try {
			const response = await fetch(url);
			if (response.ok) return;
		} catch {
			// not up yet
		}
		await sleep(300);
	}
	throw new Error(`${what} not ready at ${url}:\n${proc.output().slice(-6000)}`);
}

/**
 * A queue-mode n8n: shared settings for every process, CLI commands against the shared database, and starters for
 * the main, workers and webhook processors. `mode: 'regular'` gives a single n8n on the same database engine, for
 * comparisons.
 */
export async function createQueueCluster({ postgres, redis, database, mode = 'queue', extraEnv = {} }) {
	ensureRuntime();
	const root = mkdtempSync(path.join(tmpdir(), 'n8n-queue-'));
	const encryptionKey = randomBytes(24).toString('hex');
	const webhookPort = await freePort();
	const mainPort = await freePort();
	// Webhooks are registered with this base URL; in queue mode the callbacks go to the webhook processor.
	const webhookUrl = `http://127.0.0.1:${mode === 'queue' ? webhookPort : mainPort}/`;
	const processes = [];
	let folders = 0;

	async function envFor(extra = {}) {
		const folder = prepareUserFolder(path.join(root, `user-${++folders}`));
		return n8nEnv(folder, {
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: postgres.host,
			DB_POSTGRESDB_PORT: String(postgres.port),
			DB_POSTGRESDB_DATABASE: database,
			DB_POSTGRESDB_USER: postgres.user,
			DB_POSTGRESDB_PASSWORD: '',
			EXECUTIONS_MODE: mode,
			QUEUE_BULL_REDIS_HOST: redis.host,
			QUEUE_BULL_REDIS_PORT: String(redis.port),
			N8N_ENCRYPTION_KEY: encryptionKey,
			WEBHOOK_URL: webhookUrl,
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1',
			// every process runs its own task-runner broker: each needs its own port
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			// a worker stopped with SIGTERM finishes its running job first; on two loaded cores that can take a while
			N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '90',
			QUEUE_WORKER_LOCK_DURATION: '30000',
			...extraEnv,
			...extra,
		});
	}

	const cluster = {
		mode,
		encryptionKey,
		webhookUrl,
		mainUrl: `http://127.0.0.1:${mainPort}`,
		webhookProcessorUrl: `http://127.0.0.1:${webhookPort}`,
		processes,
		/** An n8n CLI command (import:credentials, import:workflow, publish:workflow …) against the shared database. */
		async cli(args, options) {
			return await n8nCli(args, await envFor(), options);
		},
		async startMain() {
			const proc = spawnN8n('main', ['start'], await envFor({ N8N_PORT: String(mainPort) }));
			processes.push(proc);
			await waitReady(proc, `${cluster.mainUrl}/healthz/readiness`, 'n8n main');
			return proc;
		},
		async startWorker(name, { concurrency = 10 } = {}) {
			const port = await freePort();
			const proc = spawnN8n(name, ['worker', `--concurrency=${concurrency}`], await envFor({
				QUEUE_HEALTH_CHECK_ACTIVE: 'true',
				QUEUE_HEALTH_CHECK_PORT: String(port),
				N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
			}));
			proc.healthUrl = `http://127.0.0.1:${port}/healthz/readiness`;
			processes.push(proc);
			await waitReady(proc, proc.healthUrl, `n8n worker ${name}`);
			return proc;
		},
		async startWebhook() {
			const proc = spawnN8n('webhook', ['webhook'], await envFor({ N8N_PORT: String(webhookPort) }));
			processes.push(proc);
			await waitReady(proc, `${cluster.webhookProcessorUrl}/healthz/readiness`, 'n8n webhook processor');
			return proc;
		},
		async stopAll() {
			await Promise.all(processes.map((proc) => proc.stop()));
			rmSync(root, { recursive: true, force: true });
		},
	};
	return cluster;
}

/** Execution IDs a worker logged as started ("Worker started execution 12 (job 5)"). */
export function executionsStartedBy(proc) {
	return [...proc.output().matchAll(/Worker started execution (\d+)/g)].map((m) => m[1]);
}

/** A udesk callback URL signed like udesk does (AppId, Timestamp in seconds, Sign = SHA1(AppId + Secret + Timestamp)). */
export function signedCallbackUrl(callback, { appId, secret, timestampSeconds = Math.floor(Date.now() / 1000), forged = false }) {
	const url = new URL(callback);
	const Timestamp = String(timestampSeconds);
	url.searchParams.set('AppId', appId);
	url.searchParams.set('Timestamp', Timestamp);
	url.searchParams.set('Sign', createHash('sha1').update(`${appId}${forged ? `${secret}-forged` : secret}${Timestamp}`).digest('hex'));
	return url;
}

/** POSTs `count` JSON bodies (`target(i)` → { url, body }) with `concurrency` in flight; HTTP status counts and time. */
export async function fireCallbacks(count, concurrency, target) {
	const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
	const statuses = {};
	const failures = []; // the first few answers other than 2xx/401, for the error message
	let next = 0;
	const started = performance.now();
	const send = async () => {
		while (next < count) {
			const { url, body } = target(next++);
			const text = JSON.stringify(body);
			const status = await new Promise((resolve) => {
				const request = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json;charset=utf-8', 'content-length': Buffer.byteLength(text) } }, (response) => {
					let answer = '';
					response.on('data', (chunk) => (answer += chunk));
					response.on('end', () => {
						if (response.statusCode >= 300 && response.statusCode !== 401 && failures.length < 5) failures.push(`${response.statusCode} ${answer.slice(0, 300)}`);
						resolve(response.statusCode);
					});
				});
				request.on('error', (error) => {
					if (failures.length < 5) failures.push(`network error ${error.message}`);
					resolve('network error');
				});
				request.end(text);
			});
			statuses[status] = (statuses[status] ?? 0) + 1;
		}
	};
	await Promise.all(Array.from({ length: concurrency }, send));
	agent.destroy();
	return { ms: performance.now() - started, statuses, failures };
}

/** Executions of a workflow in the shared database, by status ({ success: 12, error: 0, … }). */
export function executionCounts(postgres, database, workflowId) {
	const rows = postgres.psqlIn(database, `SELECT status, count(*) FROM execution_entity WHERE "workflowId" = '${workflowId}' GROUP BY status`);
	const counts = {};
	for (const line of rows.split('\n').filter(Boolean)) {
		const [status, n] = line.split('|');
		counts[status] = Number(n);
	}
	return counts;
}
