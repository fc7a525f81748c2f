// `npm run bench:queue`: 1,000 signed udesk callbacks through the webhook processor with 2 workers (queue mode,
// Postgres + Redis) vs the same on a single n8n (regular mode, same Postgres) — the throughput part of
// test/queue/queue.e2e.mjs run with QUEUE_CALLBACKS=1000. Writes the "Queue mode" section of bench/results.md
// (between its markers; the rest of the file is left as `npm run bench` wrote it).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { ensureQueueDependencies } from './lib/queue.mjs';
import { ensureRuntime, ROOT } from './lib/runtime.mjs';

// `--figures=<file>`: only render the figures a test:queue run wrote (QUEUE_FIGURES_FILE=<file> npm run test:queue).
const given = process.argv.find((arg) => arg.startsWith('--figures='))?.slice('--figures='.length);
const started = Date.now();
let figures;
if (given) {
	figures = JSON.parse(readFileSync(given, 'utf8'));
} else {
	ensureRuntime();
	ensureQueueDependencies();
	const figuresFile = path.join(os.tmpdir(), `n8n-queue-bench-${process.pid}.json`);
	const result = spawnSync(
		process.execPath,
		['--test', '--test-timeout=10800000', '--test-name-pattern=throughput', path.join('test', 'queue', 'queue.e2e.mjs')],
		{ cwd: ROOT, stdio: 'inherit', env: { ...process.env, QUEUE_CALLBACKS: String(Number(process.env.QUEUE_CALLBACKS ?? 1000)), QUEUE_FIGURES_FILE: figuresFile } },
	);
	if (result.status !== 0 || !existsSync(figuresFile)) {
		process.stderr.write('[bench:queue] the run failed; bench/results.md is unchanged\n');
		process.exit(result.status || 1);
	}
	figures = JSON.parse(readFileSync(figuresFile, 'utf8'));
	rmSync(figuresFile, { force: true });
}
const CALLBACKS = figures.callbacks;

const cpus = os.cpus();
const section = [
	'<!-- queue-mode:start (written by `npm run bench:queue`) -->',
	'## Queue mode',
	'',
	given
		? `Taken ${new Date().toISOString()} from the figures of one \`npm run test:queue\` run (${CALLBACKS} callbacks), ${cpus[0]?.model.split(' ').slice(0, 2).join(' ')}, ${cpus.length} cores, load average ${figures.loadAverage ?? os.loadavg().map((l) => l.toFixed(1)).join(' / ')} during the run (the machine was shared).`
		: `Taken ${new Date().toISOString()} with \`npm run bench:queue\` (${((Date.now() - started) / 1000).toFixed(1)} s in all), ${cpus[0]?.model.split(' ').slice(0, 2).join(' ')}, ${cpus.length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} at the end.`,
	'n8n 2.41.1 (Node 24), Postgres and Redis from the Debian packages on 127.0.0.1, the udesk sandbox as the vendor.',
	'',
	'| Scenario | Queue mode (webhook processor + 2 workers, concurrency 10) | Single n8n (`n8n start`, regular mode) | Ratio (queue ÷ single) |',
	'| --- | --- | --- | --- |',
	`| ${CALLBACKS.toLocaleString('en')} signed udesk callbacks → udesk Trigger executions, 10 in flight | ${figures['queue mode (webhook processor + 2 workers × concurrency 10, Postgres)']} | ${figures['single n8n (n8n start, regular mode, Postgres)']} | ${figures['queue ÷ single (executions per second)']} |`,
	'',
	'Executions per second = callbacks ÷ the time from the first callback until the last execution was saved as successful',
	'(polled in Postgres), so queued work still running on the workers is counted.',
	'<!-- queue-mode:end -->',
].join('\n');

const file = path.join(ROOT, 'bench', 'results.md');
const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n';
const marked = /<!-- queue-mode:start[\s\S]*?<!-- queue-mode:end -->/;
writeFileSync(file, marked.test(text) ? text.replace(marked, section) : `${text.trimEnd()}\n\n${section}\n`);
process.stderr.write(`[bench:queue] bench/results.md updated\n${section}\n`);
