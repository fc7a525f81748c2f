/**
 * What n8n loads from this package after `npm run build` (`n8n-node build`, then gulp's codex copy): every node and
 * credential the package.json `n8n` section lists, each node's codex (the nodes panel's categories, aliases and
 * documentation link) and every themed icon — read through n8n-core's own community-package loader, which silently
 * drops a missing codex, so this test is what notices.
 */
import { loadPackage, PACKAGE_NAME } from './harness/engine';
import { readRepoFile, repoFileExists } from './harness/system';

interface N8nSection {
	strict: boolean;
	nodes: string[];
	credentials: string[];
}
const packageJson = JSON.parse(readRepoFile('package.json')) as { n8n: N8nSection; files: string[] };

/** `icons/<package>/<path in the package>` (n8n's icon URL) → the path in the package. */
const iconFile = (url: string) => url.slice(`icons/${PACKAGE_NAME}/`.length);

describe('dist/ holds what n8n loads', () => {
	test('every file the n8n section lists is built, and strict mode stays on', () => {
		expect(packageJson.n8n.strict).toBe(true);
		expect(packageJson.files).toEqual(['dist']);
		for (const file of [...packageJson.n8n.nodes, ...packageJson.n8n.credentials]) {
			expect({ file, built: repoFileExists(file) }).toEqual({ file, built: true });
		}
	});

	test('each node has its codex next to it in dist/ and n8n reads categories and a documentation link from it', async () => {
		const loader = await loadPackage();
		expect(loader.types.nodes.map((node) => node.name).sort()).toEqual(
			['ccaiPlatform', 'ozonetel', 'udesk', 'udeskTrigger', 'zohoVoice'],
		);
		for (const file of packageJson.n8n.nodes) {
			expect({ file, codex: repoFileExists(`${file}on`) }).toEqual({ file, codex: true });
		}
		for (const node of loader.types.nodes) {
			expect({ node: node.name, hasCategories: (node.codex?.categories?.length ?? 0) > 0 }).toEqual({
				node: node.name,
				hasCategories: true,
			});
			expect(node.codex?.resources?.primaryDocumentation?.[0]?.url).toMatch(/^https:\/\//);
		}
	});

	test('every node and credential has a light and a dark icon, and both files are in dist/', async () => {
		const loader = await loadPackage();
		const described = [...loader.types.nodes, ...loader.types.credentials];
		expect(described).toHaveLength(packageJson.n8n.nodes.length + packageJson.n8n.credentials.length);
		for (const { name, iconUrl } of described) {
			expect(typeof iconUrl).toBe('object');
			const { light, dark } = iconUrl as { light: string; dark: string };
			for (const url of [light, dark]) {
				const file = iconFile(url);
				expect(file).toMatch(/^dist\/icons\/[A-Za-z]+(\.dark)?\.svg$/);
				expect({ name, file, exists: repoFileExists(file) }).toEqual({ name, file, exists: true });
				expect(readRepoFile(file)).toContain('<svg');
			}
		}
	});
});
