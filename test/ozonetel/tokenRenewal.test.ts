// Token renewal when several holders share one Ozonetel account: other n8n processes (queue-mode workers) that share
// the stored credential, and other credentials of the same account in this process. Ozonetel keeps one valid token
// per account (each new token invalidates the previous one), so a renewal that generates when someone else already
// has a fresh token starts a ping-pong. These tests run inside n8n's engine against a fake account with that rule.
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { runWorkflow } from '../harness/engine';
import { fakeVendor } from '../harness/http';
import type { ReceivedRequest } from '../harness/http';
import { BASE, credentials, distModules, ozonetel } from './helpers';

const isToken = (r: ReceivedRequest) => r.path === '/ca_apis/CAToken/generateToken';
const AHT = { AgentID: 'agent1', AgentName: 'Asha', AHT: '00:02:37' };
const aht = () => ozonetel({ resource: 'agent', operation: 'averageHandlingTime', by: 'agent', agentId: 'agent1' });

/** One Ozonetel account: only the newest token is accepted ("Invalid Token" otherwise), as the vendor documents. */
function account(options: { onRejected?: (token: string) => void; apiKeys?: string[] } = {}) {
	let valid = '';
	let generated = 0;
	const vendor = fakeVendor(BASE, (r) => {
		if (isToken(r)) {
			if (!(options.apiKeys ?? ['key-secret-123']).includes(r.headers.apikey)) {
				return { body: { status: 'false', message: 'Invalid userName or apiKey', data: null } };
			}
			valid = `tok-gen-${++generated}`;
			return { body: { token: valid, message: '' } };
		}
		const sent = (r.headers.authorization ?? '').replace(/^Bearer /, '');
		if (sent !== '' && sent === valid) return { body: { status: 'success', message: AHT } };
		options.onRejected?.(sent);
		return { body: { status: 'false', message: 'Invalid Token', data: null } };
	});
	return {
		vendor,
		/** What another process does when it renews: generate at the vendor (our token dies) and save it in the store. */
		renewElsewhere(token: string) {
			valid = token;
		},
		generations: () => vendor.received.filter(isToken).length,
		sentTokens: () => vendor.received.filter((r) => !isToken(r)).map((r) => r.headers.authorization),
	};
}

let modules: Awaited<ReturnType<typeof distModules>>;
beforeAll(async () => {
	modules = await distModules();
});
beforeEach(() => {
	modules.limiter.setRateWindowForTests(60_000);
	modules.ledger.resetTokenLedgerForTests();
});

describe('Ozonetel token renewal across processes (the stored credential is re-read first)', () => {
	test('another process already renewed the stored token: it is used, nothing is generated', async () => {
		const store = credentials({ token: 'tok-old' });
		const fake = account({
			// Worker 2 renewed a moment ago: the vendor already killed tok-old, the database holds tok-worker2.
			onRejected: (token) => {
				if (token === 'tok-old') {
					fake.renewElsewhere('tok-worker2');
					store.ozonetelApi.token = 'tok-worker2';
				}
			},
		});
		const result = await runWorkflow({ nodes: [aht()], credentials: store, input: [{ json: {} }, { json: {} }] });
		expect(result.error).toBeUndefined();
		expect(fake.generations()).toBe(0);
		expect(fake.sentTokens()).toEqual(['Bearer tok-old', 'Bearer tok-worker2', 'Bearer tok-worker2']);
		expect(result.credentialsHelper.writes).toEqual([]);
		expect(store.ozonetelApi.token).toBe('tok-worker2');
		expect(result.json('Ozonetel')).toHaveLength(2);
	});

	test('the other process saves its renewal just after our rejection: the second read catches it', async () => {
		const store = credentials({ token: 'tok-old' });
		const fake = account({
			onRejected: (token) => {
				if (token !== 'tok-old') return;
				fake.renewElsewhere('tok-worker2');
				// n8n saves a generated token right after the vendor answered; here 100 ms late (< RE_READ_DELAY_MS)
				void sleep(100).then(() => (store.ozonetelApi.token = 'tok-worker2'));
			},
		});
		const result = await runWorkflow({ nodes: [aht()], credentials: store });
		expect(result.error).toBeUndefined();
		expect(fake.generations()).toBe(0);
		expect(fake.sentTokens()).toEqual(['Bearer tok-old', 'Bearer tok-worker2']);
	});

	test('nobody renewed it (the stored token is the rejected one): exactly one token is generated and saved', async () => {
		const store = credentials({ token: 'tok-old' });
		const fake = account();
		const result = await runWorkflow({ nodes: [aht()], credentials: store, input: [{ json: {} }, { json: {} }] });
		expect(result.error).toBeUndefined();
		expect(fake.generations()).toBe(1);
		expect(fake.sentTokens()).toEqual(['Bearer tok-old', 'Bearer tok-gen-1', 'Bearer tok-gen-1']);
		expect(result.credentialsHelper.writes).toEqual([
			{ type: 'ozonetelApi', kind: 'preAuthentication', data: { token: 'tok-gen-1' } },
		]);
	});

	test('two executions sharing one stored credential, both rejected at once: no ping-pong, every item succeeds', async () => {
		modules.limiter.setRateWindowForTests(10);
		const store = credentials({ token: 'tok-expired' });
		const fake = account();
		const items = new Array(6).fill({ json: {} });
		const [a, b] = await Promise.all([
			runWorkflow({ nodes: [aht()], credentials: store, input: items }),
			runWorkflow({ nodes: [aht()], credentials: store, input: items }),
		]);
		expect(a.error).toBeUndefined();
		expect(b.error).toBeUndefined();
		expect(a.json('Ozonetel')).toHaveLength(6);
		expect(b.json('Ozonetel')).toHaveLength(6);
		// both saw the expired token; the first renewal is taken over by the other instead of a second generation
		expect(fake.generations()).toBe(1);
		const rejected = fake.sentTokens().filter((t) => t === 'Bearer tok-expired');
		expect(rejected).toHaveLength(2);
		expect(fake.sentTokens()).toHaveLength(12 + 2);
	});
});

describe('Ozonetel: two credentials of one account in one n8n process', () => {
	const second = (extra: Record<string, unknown> = {}): Record<string, ICredentialDataDecryptedObject> =>
		credentials(extra);

	test('the second credential takes over the token the first one got: one generation, no invalidation', async () => {
		const fake = account();
		const storeA = credentials();
		const storeB = second({ token: 'tok-b-stale' });
		const first = await runWorkflow({ nodes: [aht()], credentials: storeA });
		const other = await runWorkflow({ nodes: [aht()], credentials: storeB });
		const again = await runWorkflow({ nodes: [aht()], credentials: storeA });
		expect([first.error, other.error, again.error]).toEqual([undefined, undefined, undefined]);
		expect(fake.generations()).toBe(1);
		expect(fake.sentTokens()).toEqual(['Bearer tok-gen-1', 'Bearer tok-b-stale', 'Bearer tok-gen-1', 'Bearer tok-gen-1']);
		// credential B now stores the shared token, so its next run starts with it
		expect(storeB.ozonetelApi.token).toBe('tok-gen-1');
		expect(other.credentialsHelper.writes).toEqual([
			{ type: 'ozonetelApi', kind: 'preAuthentication', data: { token: 'tok-gen-1' } },
		]);
	});

	test('both credentials start empty and run at the same time, item after item: no ping-pong', async () => {
		modules.limiter.setRateWindowForTests(10);
		const fake = account();
		const storeA = credentials();
		const storeB = second();
		const items = new Array(5).fill({ json: {} });
		const [a, b] = await Promise.all([
			runWorkflow({ nodes: [aht()], credentials: storeA, input: items }),
			runWorkflow({ nodes: [aht()], credentials: storeB, input: items }),
		]);
		expect(a.error).toBeUndefined();
		expect(b.error).toBeUndefined();
		expect(a.json('Ozonetel')).toHaveLength(5);
		expect(b.json('Ozonetel')).toHaveLength(5);
		// Before: each rejection generated again, and each generation killed the other's token (4 of 5 generations
		// replaced a valid token). Now the second token generated at start-up is the last one.
		expect(fake.generations()).toBeLessThanOrEqual(2);
		expect(storeA.ozonetelApi.token).toBe(storeB.ozonetelApi.token);
	});

	test('a credential with another API key never takes over the token (it must prove its own key)', async () => {
		const fake = account({ apiKeys: ['key-secret-123'] });
		await runWorkflow({ nodes: [aht()], credentials: credentials() });
		const wrongKey = await runWorkflow({ nodes: [aht()], credentials: credentials({ apiKey: 'wrong-key' }) });
		expect(wrongKey.error?.message).toBe('Invalid userName or apiKey');
		expect(fake.vendor.received.filter(isToken).map((r) => r.headers.apikey)).toEqual(['key-secret-123', 'wrong-key']);
	});
});
