/**
 * The udesk sandbox refuses what the doc says the server refuses (seed 004, calls/logs): "Parameters such as CallId
 * should be passed through a JSON-formatted request body. If not passed, an empty {} request body should be
 * submitted, otherwise an error "100004 unexpected end of JSON input" will occur." — and get agent: "AgentId must be
 * passed in both the URL and the request body." Raw signed HTTP against the sandbox, then the node's own request.
 */
import { createHash } from 'node:crypto';
import nock from 'nock';

import { packageNode, runWorkflow } from '../harness/engine';
import { rawRequest } from '../harness/faultSandbox';
import { startSandbox, type RunningSandbox } from '../harness/system';

const SID = 'sandbox-sid';
const TOKEN = 'sandbox-auth-token';
const APP = '6f142ddb-47ed-442e-83e7-6d2574d77aa2';
const CALL_ID = '00000000-0000-4000-8000-000000000001';

let sandbox: RunningSandbox;
let host = '';

beforeAll(async () => {
	sandbox = await startSandbox({ file: 'udesk.mjs', factory: 'createUdeskSandbox', options: { sid: SID, authToken: TOKEN, appId: APP } });
	host = sandbox.baseUrl;
	nock.enableNetConnect('127.0.0.1');
});

afterAll(() => {
	sandbox.stop();
});

/** A signed GET with optional extra query parameters and an optional raw body. */
async function signedGet(apiPath: string, query: Record<string, string>, body?: string) {
	const timestamp = String(Date.now());
	const url = new URL(`/ccapi/v2/${apiPath}`, host);
	const sign = createHash('sha1').update(`${SID}${TOKEN}${timestamp}`).digest('hex');
	for (const [key, value] of Object.entries({ ...query, AppId: APP, Timestamp: timestamp, Sid: SID, Sign: sign })) {
		url.searchParams.set(key, value);
	}
	const headers: Record<string, string> = { accept: 'application/json' };
	if (body !== undefined) headers['content-type'] = 'application/json;charset=utf-8';
	return (await rawRequest(url, { method: 'GET', headers, body })) as { status: number; body: Record<string, unknown> };
}

describe('udesk sandbox: GET endpoints whose doc sends a JSON body', () => {
	test('calls/logs with its parameters in the query and no body (the old request) → HTTP 400 100004', async () => {
		const answer = await signedGet('calls/logs', { CallId: CALL_ID, PageNum: '1', PageSize: '100' });
		expect(answer).toEqual({ status: 400, body: { ErrCode: '100004', ErrDesc: 'unexpected end of JSON input', Result: null } });
	});

	test('calls/logs with a malformed body → HTTP 400 100004', async () => {
		const answer = await signedGet('calls/logs', {}, '{"CallId":');
		expect(answer.status).toBe(400);
		expect(answer.body.ErrCode).toBe('100004');
	});

	test('calls/logs with {} is accepted; with the CallId in the body it filters; a CallId in the query is not read', async () => {
		const empty = await signedGet('calls/logs', {}, '{}');
		expect(empty.status).toBe(200);
		expect(empty.body.ErrCode).toBe('000000');
		const inBody = await signedGet('calls/logs', {}, JSON.stringify({ CallId: CALL_ID }));
		expect((inBody.body.Result as { CallLogs: Array<{ CallId: string }> }).CallLogs.map((row) => row.CallId)).toEqual([CALL_ID]);
		const inQuery = await signedGet('calls/logs', { CallId: CALL_ID, PageSize: '5' }, '{}');
		const rows = (inQuery.body.Result as { CallLogs: Array<{ CallId: string }> }).CallLogs;
		// neither CallId nor PageSize from the query was applied: a full default page of the last week's calls
		expect(rows).toHaveLength(100);
	});

	test('get agent without a body → HTTP 400 100004; AgentId only in the path → 000001', async () => {
		const noBody = await signedGet('agents/10031', {});
		expect(noBody).toEqual({ status: 400, body: { ErrCode: '100004', ErrDesc: 'unexpected end of JSON input', Result: null } });
		const emptyBody = await signedGet('agents/10031', {}, '{}');
		expect([emptyBody.status, emptyBody.body.ErrCode]).toEqual([200, '000001']);
	});

	test('the node: Get Call Logs by Call ID, and for the last two days with defaults, both return rows', async () => {
		const node = (parameters: Record<string, unknown>) =>
			packageNode('udesk', { resource: 'report', operation: 'callLogs', ...parameters } as never, {
				name: 'Udesk',
				credentialType: 'udeskApi',
			});
		const credentials = () => ({ udeskApi: { host, sid: SID, authToken: TOKEN, appId: APP, secret: 'sandbox-app-secret' } });
		const byCallId = await runWorkflow({ nodes: [node({ returnAll: true, filters: { callId: CALL_ID } })], credentials: credentials() });
		expect(byCallId.error).toBeUndefined();
		expect(byCallId.json('Udesk').map((row) => row.CallId)).toEqual([CALL_ID]);
		const lastDay = await runWorkflow({
			// two days, not one: the sandbox's calls end at today's UTC midnight, so late in the UTC day the last 24 h hold
			// fewer than 50 of them (about 70 an hour) and the count would depend on the clock
			nodes: [node({ startTime: '={{ $now.minus({ days: 2 }).toISO() }}', returnAll: false, limit: 50 })],
			credentials: credentials(),
		});
		expect(lastDay.error).toBeUndefined();
		expect(lastDay.json('Udesk')).toHaveLength(50);
	});
});
