import * as path from 'node:path';

import { loadPackage, packageNode, PACKAGE_DIR } from '../harness/engine';

export const BASE = 'https://in1-ccaas-api.ozonetel.com';

export const credentials = (extra: Record<string, unknown> = {}) => ({
	ozonetelApi: { domain: 'in1-ccaas-api.ozonetel.com', userName: 'acme', apiKey: 'key-secret-123', token: '', ...extra },
});

export const ozonetel = (parameters: Record<string, unknown>, extra = {}) =>
	packageNode('ozonetel', parameters as never, { name: 'Ozonetel', credentialType: 'ozonetelApi', ...extra });

/** The same module instances the engine loaded from dist/ (shared through the require cache). */
export async function distModules() {
	await loadPackage();
	const transport = path.join(PACKAGE_DIR, 'dist', 'nodes', 'Ozonetel', 'transport');
	return {
		limiter: require(path.join(transport, 'rateLimiter.js')) as {
			setRateWindowForTests(ms?: number): void;
		},
		ledger: require(path.join(transport, 'tokenLedger.js')) as {
			resetTokenLedgerForTests(): void;
			recordGeneration(key: string, now?: number): void;
			accountKey(baseUrl: string, userName: string): string;
		},
	};
}
