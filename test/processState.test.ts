// Queue mode runs the nodes in several n8n processes (main, workers, webhook processors) that share only the
// database and Redis. Any state a node keeps at module level is therefore per process. This test finds every such
// piece of state in the shipped code and fails unless README's "Running at scale (queue mode)" section names it
// (file and variable), with what it means under several processes.
import { listRepoFiles, readRepoFile } from './harness/system';

/**
 * Top-level `let`, and top-level `const` holding a Map, Set, WeakMap or WeakSet created empty (a collection filled
 * from a literal, `new Set([...])`, is a constant lookup table, not state).
 */
function moduleState(file: string): string[] {
	const text = readRepoFile(file);
	const found: string[] = [];
	for (const match of text.matchAll(/^(?:export )?let (\w+)/gm)) found.push(match[1]);
	for (const match of text.matchAll(/^(?:export )?const (\w+)(?:: [^=]+)? = new (?:Map|Set|WeakMap|WeakSet)\b[^(;]*\((?!\[)/gm)) found.push(match[1]);
	return found;
}

function scaleSection(): string {
	const readme = readRepoFile('README.md');
	const start = readme.indexOf('## Running at scale (queue mode)');
	expect(start).toBeGreaterThanOrEqual(0);
	const end = readme.indexOf('\n## ', start + 1);
	return readme.slice(start, end === -1 ? undefined : end);
}

describe('module-level state is documented as per process', () => {
	const files = [...listRepoFiles('nodes', '.ts'), ...listRepoFiles('credentials', '.ts')];
	const state = files.flatMap((file) => moduleState(file).map((name) => ({ file, name })));

	test('the scan finds the known per-process state (it would otherwise prove nothing)', () => {
		expect(state).toEqual(
			expect.arrayContaining([
				{ file: 'nodes/shared/pacing.ts', name: 'sent' },
				{ file: 'nodes/Ozonetel/transport/rateLimiter.ts', name: 'windowMs' },
				{ file: 'nodes/shared/ozonetelTokenLedger.ts', name: 'generations' },
				{ file: 'nodes/shared/ozonetelTokenLedger.ts', name: 'latestTokens' },
			]),
		);
	});

	test('README names every piece of it, file and variable', () => {
		const section = scaleSection();
		const undocumented = state.filter(({ file, name }) => !section.includes(`\`${name}\``) || !section.includes(file));
		expect(undocumented).toEqual([]);
	});
});
