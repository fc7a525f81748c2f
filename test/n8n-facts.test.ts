/**
 * Facts about n8n 2.41 itself that this package's design rests on, proven inside the real engine so that an n8n
 * upgrade that changes them fails here first:
 *  - httpRequestWithAuthentication never sends a body on GET (the same body on POST arrives intact);
 *  - requestWithAuthenticationPaginated, with `{ continue: false, request: {}, requestInterval: 0 }`, sends exactly one
 *    GET that keeps its JSON body, applies the credential's authenticate and resolves `[fullResponse]` even for an
 *    HTTP error. nodes/shared/getWithBody.ts rests on this: the udesk data endpoints (calls/logs, calls/recfiles,
 *    agents/statelogs, get agent) and CCAI Get agent statuses send their documented GET bodies through it.
 *  - n8n removes an empty object body from a GET on that path as well, so `{}` must travel as JSON text.
 */
import type { IDataObject, IExecuteFunctions, IN8nHttpFullResponse, INodeType } from 'n8n-workflow';

import { runWorkflow } from './harness/engine';
import { fakeVendor } from './harness/http';

const BASE = 'http://127.0.0.1:8099';
const BASIC = `Basic ${Buffer.from('u:p').toString('base64')}`;

type Helper = 'httpRequestWithAuthentication' | 'requestWithAuthenticationPaginated';
interface ProbeInput {
	helper: Helper;
	method: 'GET' | 'POST';
	body: IDataObject | string;
}

const probe: INodeType = {
	description: {
		displayName: 'HTTP Probe',
		name: 'httpProbe',
		group: ['transform'],
		version: 1,
		description: 'Sends one request through one of n8n\'s helpers',
		defaults: { name: 'Probe' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'ccaiPlatformApi', required: true }],
		properties: [],
	},
	async execute(this: IExecuteFunctions) {
		const { helper, method, body } = this.getInputData()[0].json as unknown as ProbeInput;
		if (helper === 'httpRequestWithAuthentication') {
			await this.helpers.httpRequestWithAuthentication.call(this, 'ccaiPlatformApi', {
				method,
				url: `${BASE}/probe`,
				body,
				json: true,
			});
			return [[{ json: {}, pairedItem: { item: 0 } }]];
		}
		const responses = (await this.helpers.requestWithAuthenticationPaginated.call(
			this,
			{ method, uri: `${BASE}/probe`, body, json: true, headers: { 'Content-Type': 'application/json' } },
			0,
			{ continue: false, request: {}, requestInterval: 0 },
			'ccaiPlatformApi',
		)) as IN8nHttpFullResponse[];
		return [[{ json: { count: responses.length, statusCode: responses[0].statusCode, body: responses[0].body as IDataObject }, pairedItem: { item: 0 } }]];
	},
};

async function send(input: ProbeInput, reply: { status?: number; body?: unknown } = { body: { ok: true } }) {
	const vendor = fakeVendor(BASE, () => reply);
	const result = await runWorkflow({
		nodes: [
			{
				id: 'probe',
				name: 'Probe',
				type: 'test.httpProbe',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
				credentials: { ccaiPlatformApi: { id: '1', name: 'ccai' } },
			},
		],
		extraNodeTypes: { 'test.httpProbe': probe },
		credentials: { ccaiPlatformApi: { domain: 'custom', baseUrl: BASE, username: 'u', password: 'p' } },
		input: [{ json: input as unknown as IDataObject }],
	});
	expect(result.error).toBeUndefined();
	return { received: vendor.received, output: result.json('Probe') };
}

const FILTER = { agent_ids: [11, 12], team_ids: [1] };

test('httpRequestWithAuthentication drops a JSON body on GET: the vendor receives none', async () => {
	const { received } = await send({ helper: 'httpRequestWithAuthentication', method: 'GET', body: FILTER });
	expect(received).toHaveLength(1);
	expect(received[0].method).toBe('GET');
	expect(received[0].body).toBeUndefined();
	expect(received[0].headers['content-length'] ?? '0').toBe('0');
});

test('httpRequestWithAuthentication: the same body on POST arrives intact', async () => {
	const { received } = await send({ helper: 'httpRequestWithAuthentication', method: 'POST', body: FILTER });
	expect(received[0].body).toEqual(FILTER);
});

test('requestWithAuthenticationPaginated keeps the GET body, applies the credential, sends one request', async () => {
	const { received, output } = await send({ helper: 'requestWithAuthenticationPaginated', method: 'GET', body: FILTER });
	expect(received).toHaveLength(1);
	expect(received[0].method).toBe('GET');
	expect(received[0].body).toEqual(FILTER);
	expect(received[0].headers.authorization).toBe(BASIC);
	expect(output).toEqual([{ count: 1, statusCode: 200, body: { ok: true } }]);
});

test('requestWithAuthenticationPaginated resolves an HTTP error as a full response instead of throwing', async () => {
	const { output } = await send(
		{ helper: 'requestWithAuthenticationPaginated', method: 'GET', body: FILTER },
		{ status: 400, body: { ErrCode: '100004', ErrDesc: 'unexpected end of JSON input' } },
	);
	expect(output).toEqual([{ count: 1, statusCode: 400, body: { ErrCode: '100004', ErrDesc: 'unexpected end of JSON input' } }]);
});

test('an empty object body is removed from a GET on that path too', async () => {
	const { received } = await send({ helper: 'requestWithAuthenticationPaginated', method: 'GET', body: {} });
	expect(received[0].body).toBeUndefined();
});

test('`{}` sent as JSON text arrives as an empty JSON body', async () => {
	const { received } = await send({ helper: 'requestWithAuthenticationPaginated', method: 'GET', body: '{}' });
	expect(received[0].body).toEqual({});
	expect(received[0].headers['content-type']).toBe('application/json');
});
