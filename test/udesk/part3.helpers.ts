import { createHash } from 'node:crypto';

import { packageNode } from '../harness/engine';
import type { ReceivedRequest } from '../harness/http';

export const HOST = 'http://127.0.0.1:18093';
export const SID = 'sid-123456789abcdef';
export const AUTH_TOKEN = 'auth-token-secret-xyz';
export const APP_ID = 'a54a8b77-f12d-4ac9-742d-5b2bef5c4d11';
export const SECRET = 'app-secret-abc';

export const credentials = () => ({
	udeskApi: { host: `${HOST}/`, sid: SID, authToken: AUTH_TOKEN, appId: APP_ID, secret: SECRET },
});

export const udesk = (parameters: Record<string, unknown>, extra = {}) =>
	packageNode('udesk', parameters as never, { name: 'Udesk', credentialType: 'udeskApi', ...extra });

export const ok = (Result: unknown = null) => ({ body: { ErrCode: '000000', ErrDesc: 'OK', Result } });

/**
 * Checks the signature exactly as udesk does: Timestamp in ms (close to now), Sid, Sign = sha1(Sid + AuthToken +
 * Timestamp), AppId; returns the query without the signing keys so tests can compare the rest exactly.
 */
export function signedQuery(request: ReceivedRequest): Record<string, string | string[]> {
	const { Timestamp, Sid, Sign, AppId, ...rest } = request.query;
	expect(Sid).toBe(SID);
	expect(AppId).toBe(APP_ID);
	expect(Math.abs(Number(Timestamp) - Date.now())).toBeLessThan(60_000);
	expect(Sign).toBe(createHash('sha1').update(`${SID}${AUTH_TOKEN}${String(Timestamp)}`).digest('hex'));
	expect(request.headers.accept).toBe('application/json');
	return rest;
}

/** Nothing secret may reach the output or error of a run. */
export function expectNoSecrets(serialized: string) {
	expect(serialized).not.toContain(AUTH_TOKEN);
	expect(serialized).not.toContain(SECRET);
}
