/**
 * The package's layout rule: credentials never import a node's internals. What a credential and a node both need
 * (a host rule, a token ledger, a data-centre table) lives in nodes/shared/ and both import it there.
 */
import { listRepoFiles, readRepoFile } from './harness/system';

const importsOf = (file: string) => [...readRepoFile(file).matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);

describe('layout', () => {
	const credentials = listRepoFiles('credentials', '.ts');

	test('the scan sees every credential and what it imports', () => {
		expect(credentials).toEqual(
			expect.arrayContaining(['credentials/UdeskApi.credentials.ts', 'credentials/OzonetelApi.credentials.ts', 'credentials/ZohoVoiceOAuth2Api.credentials.ts']),
		);
		expect(importsOf('credentials/UdeskApi.credentials.ts')).toEqual(expect.arrayContaining(['node:crypto', '../nodes/shared/udeskHost']));
	});

	test('a credential imports only n8n-workflow, node: built-ins and nodes/shared/', () => {
		const offending = credentials.flatMap((file) =>
			importsOf(file)
				.filter((source) => !(source === 'n8n-workflow' || source.startsWith('node:') || source.startsWith('../nodes/shared/')))
				.map((source) => `${file} → ${source}`),
		);
		expect(offending).toEqual([]);
	});
});
