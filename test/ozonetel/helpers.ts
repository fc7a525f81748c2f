import { loadPackage, packageNode } from '../harness/engine';
import { requireFromRepo } from '../harness/system';

export const BASE = 'https://in1-ccaas-api.ozonetel.com';

export const credentials = (extra: Record<string, unknown> = {}) => ({
	ozonetelApi: { domain: 'in1-ccaas-api.ozonetel.com', userName: 'acme', apiKey: 'key-secret-123', token: '', ...extra },
});

export const ozonetel = (parameters: Record<string, unknown>, extra = {}) =>
	packageNode('ozonetel', parameters as never, { name: 'Ozonetel', credentialType: 'ozonetelApi', ...extra });

/** The same module instances the engine loaded from dist/ (shared through the require cache). */
export async function distModules() {
	await loadPackage();
	const transport = 'dist/nodes/Ozonetel/transport';
	return {
		limiter: requireFromRepo<{
			setRateWindowForTests(ms?: number): void;
		}>(`${transport}/rateLimiter.js`),
		ledger: requireFromRepo<{
			resetTokenLedgerForTests(): void;
			recordGeneration(key: string, now?: number): void;
			accountKey(baseUrl: string, userName: string): string;
		}>('dist/nodes/shared/ozonetelTokenLedger.js'),
	};
}
