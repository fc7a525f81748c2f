// Helpers for `npm run bench` (scripts/bench.mjs): run the real n8n CLI while sampling its peak memory, and a child
// Node process that reports its own result line. Everything runs on 127.0.0.1; every child gets killed on timeout.
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { N8N_BIN, NODE24_BIN, parseExecuteOutput } from './runtime.mjs';

function peakRssKb(pid) {
	try {
		return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
	} catch {
		return 0; // process already gone
	}
}

/**
 * Spawns `command args` in its own process group, polls /proc/<pid>/status VmHWM (the kernel's peak resident set of
 * that process) every 50 ms, and resolves { stdout, stderr, status, wallMs, peakRssKb }.
 */
export async function runMeasured(command, args, { env = process.env, timeout = 300_000, stdoutToFile = false } = {}) {
	const started = performance.now();
	// A file, not a pipe, for big outputs: n8n exits right after printing, and a pipe can lose the end of a large write.
	const dir = stdoutToFile ? mkdtempSync(path.join(tmpdir(), 'n8n-bench-out-')) : undefined;
	const fd = dir === undefined ? undefined : openSync(path.join(dir, 'stdout'), 'w');
	const child = spawn(command, args, { env, stdio: ['ignore', fd ?? 'pipe', 'pipe'], detached: true });
	let stdout = '';
	let stderr = '';
	let peak = 0;
	child.stdout?.on('data', (chunk) => (stdout += chunk));
	child.stderr.on('data', (chunk) => (stderr += chunk));
	const poll = setInterval(() => (peak = Math.max(peak, peakRssKb(child.pid))), 50);
	const timer = setTimeout(() => {
		try {
			process.kill(-child.pid, 'SIGKILL');
		} catch {
			// already gone
		}
	}, timeout);
	return await new Promise((resolve, reject) => {
		child.on('error', (error) => {
			clearInterval(poll);
			clearTimeout(timer);
			reject(error);
		});
		child.on('close', (status) => {
			clearInterval(poll);
			clearTimeout(timer);
			const wallMs = performance.now() - started;
			if (dir !== undefined) {
				closeSync(fd);
				stdout = readFileSync(path.join(dir, 'stdout'), 'utf8');
				rmSync(dir, { recursive: true, force: true });
			}
			resolve({ stdout, stderr, status, wallMs, peakRssKb: peak });
		});
	});
}

/** `n8n execute --id --rawOutput` with peak-memory sampling of the n8n process; returns the run result too. */
export async function executeMeasured(workflowId, env, options = {}) {
	// BENCH_CPU_PROF=<dir>: every `n8n execute` writes a V8 CPU profile there (open it in Chrome DevTools) — to see
	// where a scenario's time goes. Profiling slows everything down: never compare figures from such a run.
	const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
	const run = await runMeasured(path.join(NODE24_BIN, 'node'), [...profile, N8N_BIN, 'execute', `--id=${workflowId}`, '--rawOutput'], { env, stdoutToFile: true, ...options });
	try {
		return { ...run, result: parseExecuteOutput(run.stdout) };
	} catch {
		throw new Error(`n8n execute --id=${workflowId} exited ${run.status}\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
	}
}

/** A node's runs in an execute result: items out, summed executionTime (ms) and the first error, if any. */
export function nodeRun(result, nodeName) {
	const runData = result?.data?.resultData?.runData ?? result?.resultData?.runData ?? {};
	const runs = runData[nodeName] ?? [];
	if (runs.length === 0) {
		const error = result?.data?.resultData?.error ?? result?.resultData?.error;
		throw new Error(`node "${nodeName}" did not run${error ? `: ${error.message}` : ''}`);
	}
	return {
		ms: runs.reduce((sum, run) => sum + (run.executionTime ?? 0), 0),
		items: runs.reduce((sum, run) => sum + (run.data?.main?.[0]?.length ?? 0), 0),
		json: runs.flatMap((run) => (run.data?.main?.[0] ?? []).map((item) => item.json)),
		error: runs.find((run) => run.error)?.error,
	};
}

/** Runs a bench child script with Node 24 (the n8n runtime's Node) and parses its last JSON line. */
export async function runChildJson(script, args, options = {}) {
	const run = await runMeasured(path.join(NODE24_BIN, 'node'), [script, ...args], options);
	const line = run.stdout.trim().split('\n').pop();
	try {
		return { ...JSON.parse(line), wallMs: run.wallMs };
	} catch {
		throw new Error(`${script} exited ${run.status}\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
	}
}
