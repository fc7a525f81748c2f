import { createHash } from 'node:crypto';

import type { ReceivedRequest } from '../harness/http';
import { packageNode } from '../harness/engine';

/** Fixtures for the application, relay-number, agent and credential tests. */
export const BASE = 'http://10.0.0.5:8080';
export const SID = '123456789abcdef';
export const AUTH_TOKEN = 'dummy-auth-token-42';
export const APP_ID = 'a54a8b77-f12d-4ac9-742d-5b2bef5c4d11';
export const APP_SECRET = 'app-secret-callback-key';

export const credentials = (extra: Record<string, string> = {}) => ({
	udeskApi: { host: `${BASE}/`, sid: SID, authToken: AUTH_TOKEN, appId: APP_ID, secret: APP_SECRET, ...extra },
});

export const udesk = (parameters: Record<string, unknown>, extra = {}) =>
	packageNode('udesk', parameters as never, { name: 'Udesk', credentialType: 'udeskApi', ...extra });

export const ok = (Result: unknown = null) => ({ body: { ErrCode: '000000', ErrDesc: 'OK', Result } });

export const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/**
 * Checks the signature of a received request (Timestamp in ms, taken between `before` and now; Sign =
 * sha1(Sid + AuthToken + Timestamp)) and returns the query without the signing parameters.
 */
export function unsigned(request: ReceivedRequest, before: number): Record<string, string | string[]> {
	const { Timestamp, Sid, Sign, ...rest } = request.query;
	const timestamp = Number(Timestamp);
	expect(Sid).toBe(SID);
	expect(timestamp).toBeGreaterThanOrEqual(before);
	expect(timestamp).toBeLessThanOrEqual(Date.now());
	expect(Sign).toBe(sha1(`${SID}${AUTH_TOKEN}${String(Timestamp)}`));
	return rest;
}

/** method, path, query without signature, body — what a request did, in one comparable line. */
export function summary(request: ReceivedRequest, before: number) {
	return { method: request.method, path: request.path, query: unsigned(request, before), body: request.body };
}

/** Secrets that must never show up in run data. */
export function expectNoSecrets(data: unknown) {
	const text = JSON.stringify(data);
	expect(text).not.toContain(AUTH_TOKEN);
	expect(text).not.toContain(APP_SECRET);
}
