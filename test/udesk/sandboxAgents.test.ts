import nock from 'nock';

import { runWorkflow } from '../harness/engine';
import { startSandbox, type RunningSandbox } from '../harness/system';
import { udesk } from './u1Fixtures';

// The offline sandbox (sandbox/udesk.mjs, ESM) runs in its own node process — jest's CommonJS runtime cannot import
// .mjs — and answers the real node over real HTTP on 127.0.0.1.
let sandbox: RunningSandbox | undefined;
let base: string;
const SANDBOX_APP = '6f142ddb-47ed-442e-83e7-6d2574d77aa2';

beforeAll(async () => {
	sandbox = await startSandbox({ file: 'udesk.mjs', factory: 'createUdeskSandbox' });
	base = sandbox.baseUrl;
	nock.enableNetConnect('127.0.0.1');
});

afterAll(() => {
	nock.disableNetConnect();
	sandbox?.stop();
});

const creds = (authToken = 'sandbox-auth-token') => ({
	udeskApi: { host: base, sid: 'sandbox-sid', authToken, appId: SANDBOX_APP },
});

test('sandbox: create agents with an extension, log in, list with paging, log out', async () => {
	let result = await runWorkflow({
		nodes: [
			udesk({
				resource: 'agent',
				operation: 'create',
				agents: {
					agent: [
						{ agentId: '301', workId: '301', name: 'A', isCreateExtension: true, extension: '8301' },
						{ agentId: '302', workId: '302', name: 'B' },
					],
				},
			}),
		],
		credentials: creds(),
	});
	expect(result.error).toBeUndefined();
	expect(result.json('Udesk')[0]).toMatchObject({ AgentId: '301', Extension: '8301' });
	expect(typeof result.json('Udesk')[0].ExtensionPassword).toBe('string');

	result = await runWorkflow({ nodes: [udesk({ resource: 'agent', operation: 'login', agentId: '301' })], credentials: creds() });
	expect(result.error).toBeUndefined();

	result = await runWorkflow({ nodes: [udesk({ resource: 'agent', operation: 'getAll', returnAll: false, limit: 1 })], credentials: creds() });
	expect(result.json('Udesk')).toEqual([expect.objectContaining({ AgentId: '301', StateName: 'Ready', ExtStateName: 'Online' })]);

	result = await runWorkflow({ nodes: [udesk({ resource: 'agent', operation: 'logout', agentId: '301' })], credentials: creds() });
	expect(result.error).toBeUndefined();
	result = await runWorkflow({ nodes: [udesk({ resource: 'agent', operation: 'get', agentId: '301' })], credentials: creds() });
	// The sandbox lists bound extensions as the doc's Extension objects, SIP password included; the node drops it…
	expect(result.json('Udesk')[0]).toMatchObject({ AgentId: '301', State: 4, StateName: 'Not available', Extensions: [{ Extension: '8301' }] });
	expect(result.json('Udesk')[0].Extensions).toEqual([{ Extension: '8301' }]);
	// …unless asked for it.
	result = await runWorkflow({
		nodes: [udesk({ resource: 'agent', operation: 'get', agentId: '301', options: { includePasswords: true } })],
		credentials: creds(),
	});
	expect(result.json('Udesk')[0].Extensions).toEqual([{ Extension: '8301', Password: expect.stringMatching(/^[0-9a-f]{16}$/) }]);

	// Login without an extension is refused by the simulator like the doc says.
	result = await runWorkflow({ nodes: [udesk({ resource: 'agent', operation: 'login', agentId: '302' })], credentials: creds() });
	expect(result.error?.message).toBe('udesk error 000001: ParamsInvalid: the agent has no extension bound');
});

test('sandbox: a wrong Auth Token is refused with HTTP 401', async () => {
	const result = await runWorkflow({ nodes: [udesk({ resource: 'relayNumber', operation: 'getAll' })], credentials: creds('wrong') });
	expect(result.error?.message).toBe('udesk error HTTP 401: Unauthorized: Sign mismatch');
});
