/** Shared by the queue, extension, IVR and call tests: credentials, node builder and the signature assertion. */
import { createHash } from 'node:crypto';

import { packageNode } from '../harness/engine';
import type { ReceivedRequest } from '../harness/http';

export const BASE = 'https://cti.udesk.test';
export const SID = 'sid-123456789abcdef';
export const AUTH_TOKEN = 'auth-token-do-not-leak';
export const APP_ID = 'a54a8b77-f12d-4ac9-742d-5b2bef5c4d11';

export const credentials = () => ({
	udeskApi: { host: `${BASE}/`, sid: SID, authToken: AUTH_TOKEN, appId: APP_ID, secret: 'app-secret-do-not-leak' },
});

export const udesk = (parameters: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
	packageNode('udesk', parameters as never, { name: 'udesk', credentialType: 'udeskApi', ...extra });

export const ok = (Result: unknown = null) => ({ body: { ErrCode: '000000', ErrDesc: 'OK', Result } });

/**
 * Asserts the request carries exactly the signing parameters: Timestamp (ms, now), Sid, Sign = SHA1(Sid + AuthToken
 * + Timestamp) and AppId unless the endpoint is one of the doc's no-AppId quirks — and nothing else in the query.
 */
export function expectSigned(request: ReceivedRequest, { appId }: { appId: boolean }, extraQuery: Record<string, string> = {}) {
	const expected: Record<string, unknown> = {
		Timestamp: expect.stringMatching(/^\d{13}$/),
		Sid: SID,
		Sign: expect.stringMatching(/^[0-9a-f]{40}$/),
		...extraQuery,
	};
	if (appId) expected.AppId = APP_ID;
	expect(request.query).toEqual(expected);
	const timestamp = String(request.query.Timestamp);
	expect(Math.abs(Date.now() - Number(timestamp))).toBeLessThan(60_000);
	expect(request.query.Sign).toBe(createHash('sha1').update(`${SID}${AUTH_TOKEN}${timestamp}`).digest('hex'));
	expect(JSON.stringify(request)).not.toContain(AUTH_TOKEN);
	expect(request.headers.accept).toBe('application/json');
}
