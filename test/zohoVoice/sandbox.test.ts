/**
 * The node, inside n8n's engine, against the offline sandbox (sandbox/zoho-voice.mjs) run in a child process: the
 * OAuth authorization-code grant, an access token the sandbox no longer accepts (as after expiry), n8n's
 * refresh through the sandbox's token endpoint, and report rows built from the sandbox's generated data.
 */
import nock from 'nock';

import { packageNode, runWorkflow } from '../harness/engine';
import { startSandbox, type RunningSandbox } from '../harness/system';

let sandbox: RunningSandbox;
let base = '';

beforeAll(async () => {
	nock.enableNetConnect('127.0.0.1');
	sandbox = await startSandbox({ file: 'zoho-voice.mjs', factory: 'createZohoVoiceSandbox' });
	base = sandbox.baseUrl;
});

afterAll(() => {
	sandbox.stop();
});

async function connect(): Promise<Record<string, unknown>> {
	const redirect = 'http://127.0.0.1:5678/rest/oauth2-credential/callback';
	const auth = await fetch(
		`${base}/oauth/v2/auth?${new URLSearchParams({
			client_id: '1000.SANDBOXCLIENT',
			redirect_uri: redirect,
			response_type: 'code',
			scope: 'ZohoVoice.agents.READ',
			access_type: 'offline',
			prompt: 'consent',
			state: 'xyz',
		})}`,
		{ redirect: 'manual' },
	);
	expect(auth.status).toBe(302);
	const location = new URL(auth.headers.get('location')!);
	expect(location.searchParams.get('state')).toBe('xyz');
	const tokenAnswer = await fetch(`${base}/oauth/v2/token`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({
			grant_type: 'authorization_code',
			code: location.searchParams.get('code')!,
			redirect_uri: redirect,
			client_id: '1000.SANDBOXCLIENT',
			client_secret: 'sandbox-client-secret',
		}),
	});
	const data = (await tokenAnswer.json()) as Record<string, unknown>;
	expect(Object.keys(data).sort()).toEqual(['access_token', 'api_domain', 'expires_in', 'refresh_token', 'scope', 'token_type']);
	return data;
}

test('expired sandbox token: n8n refreshes it, saves it, and the summary comes back per agent', async () => {
	const granted = await connect();
	// The access token n8n holds is one the sandbox no longer accepts (401, exactly as after expiry); the refresh token
	// is the real one. Not waiting for a short-lived token keeps this test independent of how busy the machine is.
	const oauthTokenData: Record<string, unknown> = { ...granted, access_token: '1000.expired-dummy-token' };
	const credentials = {
		zohoVoiceOAuth2Api: {
			dataCenter: 'custom',
			customAccountsUrl: base,
			customApiBaseUrl: base,
			clientId: '1000.SANDBOXCLIENT',
			clientSecret: 'sandbox-client-secret',
			oauthTokenData,
		},
	};
	const result = await runWorkflow({
		nodes: [
			packageNode(
				'zohoVoice',
				{
					resource: 'agentStatus',
					operation: 'getSummary',
					start: '2024-10-14T00:00:00',
					end: '2024-10-19T00:00:00',
					agentIds: '600000000039003,3029000000002015',
					queueIds: '',
					returnAll: true,
					options: { sortField: 'Available', sortMetric: 'sum', sortOrder: 'desc' },
				} as never,
				{ name: 'Zoho', credentialType: 'zohoVoiceOAuth2Api' },
			),
		],
		credentials: credentials as never,
	});
	expect(result.error).toBeUndefined();
	expect(result.credentialsHelper.writes).toHaveLength(1);
	const saved = result.credentialsHelper.writes[0].data.oauthTokenData as Record<string, unknown>;
	expect(saved.access_token).not.toBe(oauthTokenData.access_token);
	expect(saved.refresh_token).toBe(oauthTokenData.refresh_token);
	const rows = result.json('Zoho');
	expect(rows.map((row) => row.agentId).sort()).toEqual(['3029000000002015', '600000000039003']);
	// the sandbox's day: Available 9:00-10:30, 10:45-12:00, 12:45-15:00, 15:20-17:00 → 6 h 40 min, five weekdays
	expect(rows.find((row) => row.agentId === '600000000039003')).toMatchObject({
		availableSumSeconds: 5 * (6 * 3600 + 40 * 60),
		onCallSumSeconds: 5 * 15 * 60,
		busySumSeconds: 5 * 20 * 60,
		onBreakSumSeconds: 5 * 45 * 60,
	});
});
