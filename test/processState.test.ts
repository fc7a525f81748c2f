// Queue mode runs the nodes in several n8n processes (main, workers, webhook processors) that share only the
// database and Redis. Any state a node keeps at module level is therefore per process. This test finds every such
// piece of state in the shipped code and fails unless README's "Running at scale (queue mode)" section names it
// (file and variable), with what it means under several processes.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

function sources(dir: string): string[] {
	return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
		const relative = path.join(dir, entry.name);
		if (entry.isDirectory()) return sources(relative);
		return entry.name.endsWith('.ts') ? [relative] : [];
	});
}

/**
 * Top-level `let`, and top-level `const` holding a Map, Set, WeakMap or WeakSet created empty (a collection filled
 * from a literal, `new Set([...])`, is a constant lookup table, not state).
 */
function moduleState(file: string): string[] {
	const text = readFileSync(path.join(ROOT, file), 'utf8');
	const found: string[] = [];
	for (const match of text.matchAll(/^(?:export )?let (\w+)/gm)) found.push(match[1]);
	for (const match of text.matchAll(/^(?:export )?const (\w+)(?:: [^=]+)? = new (?:Map|Set|WeakMap|WeakSet)\b[^(;]*\((?!\[)/gm)) found.push(match[1]);
	return found;
}

function scaleSection(): string {
	const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
	const start = readme.indexOf('## Running at scale (queue mode)');
	expect(start).toBeGreaterThanOrEqual(0);
	const end = readme.indexOf('\n## ', start + 1);
	return readme.slice(start, end === -1 ? undefined : end);
}

describe('module-level state is documented as per process', () => {
	const files = [...sources('nodes'), ...sources('credentials')];
	const state = files.flatMap((file) => moduleState(file).map((name) => ({ file: file.split(path.sep).join('/'), name })));

	test('the scan finds the known per-process state (it would otherwise prove nothing)', () => {
		expect(state).toEqual(
			expect.arrayContaining([
				{ file: 'nodes/Ozonetel/transport/rateLimiter.ts', name: 'sent' },
				{ file: 'nodes/Ozonetel/transport/tokenLedger.ts', name: 'generations' },
				{ file: 'nodes/Ozonetel/transport/tokenLedger.ts', name: 'latestTokens' },
			]),
		);
	});

	test('README names every piece of it, file and variable', () => {
		const section = scaleSection();
		const undocumented = state.filter(({ file, name }) => !section.includes(`\`${name}\``) || !section.includes(file));
		expect(undocumented).toEqual([]);
	});
});
