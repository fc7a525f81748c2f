/**
 * The GitHub Actions workflows cannot run here; this reads them with a YAML parser and checks what they do: CI lints,
 * builds and tests; a version tag publishes with npm provenance through `n8n-node release`, authenticated by npm
 * trusted publishing (an OIDC token from `id-token: write`), never by a stored token.
 */
import { parse } from 'yaml';

import { readRepoFile } from './harness/system';

interface Step {
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, string>;
	env?: Record<string, string>;
}
interface Workflow {
	on: Record<string, { branches?: string[]; tags?: string[] } | null>;
	permissions?: Record<string, string>;
	jobs: Record<string, { 'runs-on': string; permissions?: Record<string, string>; steps: Step[] }>;
}

const workflow = (name: string) => parse(readRepoFile(`.github/workflows/${name}`)) as Workflow;
const packageJson = JSON.parse(readRepoFile('package.json')) as {
	version: string;
	scripts: Record<string, string>;
	publishConfig: Record<string, unknown>;
};
const runs = (steps: Step[]) => steps.filter((step) => step.run !== undefined).map((step) => step.run!.trim());

/** GitHub's tag filter: `*` matches any characters except `/`. */
const matchesTagFilter = (filter: string, tag: string) =>
	new RegExp(`^${filter.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`).test(tag);

describe('.github/workflows/publish.yml', () => {
	const publish = workflow('publish.yml');
	const job = publish.jobs.publish;

	test('runs only when a version tag is pushed', () => {
		expect(publish.on).toEqual({ push: { tags: ['*.*.*'] } });
		const [filter] = publish.on.push!.tags!;
		expect(matchesTagFilter(filter, packageJson.version)).toBe(true);
		expect(matchesTagFilter(filter, '1.2.3-rc.1')).toBe(true);
		expect(matchesTagFilter(filter, 'main')).toBe(false);
	});

	test('may mint an OIDC token (trusted publishing, provenance) and only read the repository', () => {
		expect(Object.keys(publish.jobs)).toEqual(['publish']);
		expect(job.permissions).toEqual({ 'id-token': 'write', contents: 'read' });
		expect(publish.permissions).toBeUndefined();
	});

	test('installs from the lock file, tests, then publishes through `npm run release` = `n8n-node release`', () => {
		expect(job.steps[0].uses).toMatch(/^actions\/checkout@/);
		const setupNode = job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
		expect(setupNode?.with).toMatchObject({ 'node-version': 'lts/*', 'registry-url': 'https://registry.npmjs.org' });
		expect(runs(job.steps)).toEqual(['npm ci', 'npm test', 'npm run release']);
		expect(job.steps[job.steps.length - 1].run?.trim()).toBe('npm run release');
		expect(packageJson.scripts.release).toBe('n8n-node release');
	});

	test('publishes with a provenance statement: package.json asks for it, and the pinned n8n-node release sets it in CI', () => {
		// `npm publish` reads publishConfig; outside a supported CI provenance cannot be signed, so a publish from a
		// laptop fails instead of producing a package n8n would not verify.
		expect(packageJson.publishConfig).toEqual({ access: 'public', provenance: true });
		const release = readRepoFile('node_modules/@n8n/node-cli/dist/commands/release.js');
		expect(release).toMatch(/isCI = Boolean\(process\.env\.GITHUB_ACTIONS\)/);
		expect(release).toMatch(/\['publish'\][\s\S]*NPM_CONFIG_PROVENANCE: 'true'/);
	});

	test('uses no stored npm token: authentication is npm trusted publishing', () => {
		const text = readRepoFile('.github/workflows/publish.yml')
			.split('\n')
			.filter((line) => !line.trim().startsWith('#'))
			.join('\n');
		expect(text).not.toMatch(/secrets\.|NPM_TOKEN|NODE_AUTH_TOKEN/);
	});
});

describe('.github/workflows/ci.yml', () => {
	const ci = workflow('ci.yml');

	test('runs on pull requests and on pushes to main', () => {
		expect(ci.on).toEqual({ pull_request: null, push: { branches: ['main'] } });
		expect(ci.permissions).toEqual({ contents: 'read' });
	});

	test('installs from the lock file, then lints, builds and tests', () => {
		const [job] = Object.values(ci.jobs);
		expect(job.steps[0].uses).toMatch(/^actions\/checkout@/);
		expect(runs(job.steps)).toEqual(['npm ci', 'npm run lint', 'npm run build', 'npm test']);
		expect(packageJson.scripts.lint.split(' && ')[0]).toBe('n8n-node lint');
	});
});
