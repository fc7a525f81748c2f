// Load-time probe for `npm run bench`: loads this package's dist/ with n8n-core's PackageDirectoryLoader (the loader
// n8n uses for community packages) and prints { coldMs, warmMs[], nodes, credentials } as one JSON line.
// coldMs: first loadAll in a fresh process (files read and compiled); warmMs: further loadAll calls in the same
// process (modules already cached), `node bench/load-nodes.mjs <packageDir> <warmRepeats>`.
import { PackageDirectoryLoader } from 'n8n-core';

const [packageDir, repeatsText = '5'] = process.argv.slice(2);
const time = async () => {
	const started = performance.now();
	const loader = new PackageDirectoryLoader(packageDir);
	await loader.loadAll();
	return { ms: performance.now() - started, loader };
};
const cold = await time();
const warmMs = [];
for (let i = 0; i < Number(repeatsText); i++) warmMs.push((await time()).ms);
process.stdout.write(
	`${JSON.stringify({
		coldMs: cold.ms,
		warmMs,
		nodes: Object.keys(cold.loader.nodeTypes).length,
		credentials: Object.keys(cold.loader.credentialTypes).length,
	})}\n`,
);
