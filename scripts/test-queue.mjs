// `npm run test:queue`: installs what queue mode needs once — the pinned n8n runtime (scripts/lib/runtime.mjs) and,
// as root, the Debian packages postgresql and redis-server (scripts/lib/queue.mjs) — then runs test/queue/*.e2e.mjs
// with node:test. Extra arguments go to `node --test` (e.g. --test-name-pattern=Ozonetel).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

import { ensureQueueDependencies } from './lib/queue.mjs';
import { ensureRuntime, ROOT } from './lib/runtime.mjs';

ensureRuntime();
ensureQueueDependencies();
const dir = path.join(ROOT, 'test', 'queue');
const files = readdirSync(dir).filter((name) => name.endsWith('.e2e.mjs')).sort().map((name) => path.join('test', 'queue', name));
const started = Date.now();
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-timeout=3600000', ...process.argv.slice(2), ...files], {
	cwd: ROOT,
	stdio: 'inherit',
});
process.stderr.write(`[queue] ${files.length} file(s) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
process.exit(result.status ?? 1);
