// The offline vendor sandbox: all four vendor simulators on 127.0.0.1, each on its own port, plus the n8n credentials
// that point at them (in `n8n import:credentials` format). Used by `npm run dev -- --sandbox`, the end-to-end suite
// and the benchmarks. Never shipped in dist/.
import http from 'node:http';

import { createCcaiPlatformSandbox } from './ccai-platform.mjs';
import { createOzonetelSandbox } from './ozonetel.mjs';
import { CONTROL_PREFIX, createControlHandler } from './control.mjs';
import { postEvent } from './udesk-trigger.mjs';
import { createUdeskSandbox } from './udesk.mjs';
import { createZohoVoiceSandbox } from './zoho-voice.mjs';

export const SANDBOX_CREDENTIAL_IDS = {
	ccaiPlatformApi: 'sandboxCcaiCred1',
	udeskApi: 'sandboxUdeskCred',
	ozonetelApi: 'sandboxOzoneCred',
	zohoVoiceOAuth2Api: 'sandboxZohoCred1',
};

const UDESK = {
	sid: 'sandbox-sid',
	authToken: 'sandbox-auth-token',
	appId: '6f142ddb-47ed-442e-83e7-6d2574d77aa2',
	secret: 'sandbox-app-secret',
};
const OZONETEL = { userName: 'acme', apiKey: 'key-123' };

async function listen(handler, port = 0) {
	const server = http.createServer(handler);
	server.keepAliveTimeout = 1000;
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', resolve);
	});
	return { server, url: `http://127.0.0.1:${server.address().port}` };
}

/**
 * Starts every simulator. `ports` may fix ports ({ ccai, udesk, ozonetel, zoho }); 0 picks free ones.
 * `timeScale` divides every vendor time span (token lifetimes, rate-limit windows).
 * `wrap(name, handler)` may wrap each vendor's handler (fault injection: `createFaultInjector().wrap`, sandbox/faults.mjs).
 */
export async function startSandbox({ timeScale = 1, ports = {}, wrap = (_name, handler) => handler } = {}) {
	const ccai = createCcaiPlatformSandbox();
	// seedDirectory: agents 10031 Li / 10032 Qian, their extensions and queues — the people the call logs name.
	const udesk = createUdeskSandbox({ ...UDESK, timeScale, seedDirectory: true });
	const ozonetel = createOzonetelSandbox({ timeScale, accounts: [OZONETEL] });
	const zoho = createZohoVoiceSandbox({ timeScale });

	const servers = {
		ccai: await listen(wrap('ccai', ccai.handler), ports.ccai ?? 0),
		udesk: await listen(wrap('udesk', withControl(udesk, (...args) => emitUdeskEvent(...args))), ports.udesk ?? 0),
		ozonetel: await listen(wrap('ozonetel', ozonetel.handler), ports.ozonetel ?? 0),
		zoho: await listen(wrap('zoho', zoho.handler), ports.zoho ?? 0),
	};

	const zohoToken = zoho.connect();
	const credentials = [
		{
			id: SANDBOX_CREDENTIAL_IDS.ccaiPlatformApi,
			name: 'CCAI Platform sandbox',
			type: 'ccaiPlatformApi',
			data: { domain: 'custom', baseUrl: servers.ccai.url, username: ccai.credentials.username, password: ccai.credentials.password },
		},
		{
			id: SANDBOX_CREDENTIAL_IDS.udeskApi,
			name: 'udesk sandbox',
			type: 'udeskApi',
			data: { host: servers.udesk.url, sid: UDESK.sid, authToken: UDESK.authToken, appId: UDESK.appId, secret: UDESK.secret },
		},
		{
			id: SANDBOX_CREDENTIAL_IDS.ozonetelApi,
			name: 'Ozonetel sandbox',
			type: 'ozonetelApi',
			data: { domain: 'custom', baseUrl: servers.ozonetel.url, userName: OZONETEL.userName, apiKey: OZONETEL.apiKey, token: '' },
		},
		{
			id: SANDBOX_CREDENTIAL_IDS.zohoVoiceOAuth2Api,
			name: 'Zoho Voice sandbox',
			type: 'zohoVoiceOAuth2Api',
			data: {
				dataCenter: 'custom',
				customAccountsUrl: servers.zoho.url,
				customApiBaseUrl: servers.zoho.url,
				clientId: zoho.client.clientId,
				clientSecret: zoho.client.clientSecret,
				oauthTokenData: zohoToken,
			},
		},
	];

	async function emitUdeskEvent(event, { forged = false } = {}) {
		const app = udesk.state.apps.get(UDESK.appId);
		const deliveries = [];
		for (const subscription of app.subscriptions.values()) {
			if (subscription.enable === false || !subscription.events.includes(event.event)) continue;
			try {
				const answer = await postEvent(subscription.callback, event, { appId: UDESK.appId, secret: UDESK.secret, forged });
				deliveries.push({ callback: subscription.callback, status: answer.status, body: answer.body });
			} catch (error) {
				// A subscription whose receiver is gone (n8n stopped without deactivating) must not hide the others.
				deliveries.push({ callback: subscription.callback, error: error.code ?? error.message });
			}
		}
		return deliveries;
	}

	return {
		urls: Object.fromEntries(Object.entries(servers).map(([name, { url }]) => [name, url])),
		vendors: { ccai, udesk, ozonetel, zoho },
		credentials,
		udesk: UDESK,
		/**
		 * Sends a udesk callback for `event` ({ event: 'end', CallId, … }) to every enabled message subscription that
		 * lists it, signed with the application Secret (or forged). Resolves one { callback, status, body } per delivery
		 * ({ callback, error } when the receiver cannot be reached). `npm run sandbox -- emit` reaches it over HTTP.
		 */
		emitUdeskEvent,
		async close() {
			await Promise.all(
				Object.values(servers).map(({ server }) => new Promise((resolve) => {
					server.closeAllConnections?.();
					server.close(() => resolve());
				})),
			);
		},
	};
}

/** The udesk simulator's handler plus the control endpoint (`/_sandbox/…`, see sandbox/control.mjs) on the same port. */
function withControl(udesk, emit) {
	const control = createControlHandler({ app: () => udesk.state.apps.get(UDESK.appId), emit });
	return (req, res) => (req.url.startsWith(CONTROL_PREFIX) ? control(req, res) : udesk.handler(req, res));
}
