// `npm run test:e2e`: installs the pinned n8n runtime once (scripts/lib/runtime.mjs), then runs every
// test/e2e/*.e2e.mjs with node:test, one file at a time (each boots real n8n processes; on a small machine running two
// files at once only makes both slower). Extra arguments go to `node --test` (e.g. --test-name-pattern=udesk).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

import { ensureRuntime, ROOT } from './lib/runtime.mjs';

ensureRuntime();
const dir = path.join(ROOT, 'test', 'e2e');
const files = readdirSync(dir)
	.filter((name) => name.endsWith('.e2e.mjs'))
	.sort()
	.map((name) => path.join('test', 'e2e', name));
const started = Date.now();
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...process.argv.slice(2), ...files], {
	cwd: ROOT,
	stdio: 'inherit',
});
process.stderr.write(`[e2e] ${files.length} files in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
process.exit(result.status ?? 1);
