/**
 * The udesk sandbox refuses what the doc says the server refuses (sandbox/udesk.mjs quotes each rule), checked with
 * raw signed HTTP requests on 127.0.0.1 — so no node test can pass because the sandbox accepts a guess.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as http from 'node:http';
import * as path from 'node:path';
import nock from 'nock';

const SANDBOX = path.resolve(__dirname, '..', '..', 'sandbox', 'udesk.mjs');
const SID = 'sandbox-sid';
const TOKEN = 'sandbox-auth-token';
const APP = '6f142ddb-47ed-442e-83e7-6d2574d77aa2';

let server: ChildProcess;
let port = 0;

interface Answer {
	ErrCode?: string;
	ErrDesc?: string;
	msg_id?: string;
	Result?: unknown;
}

/** One signed request; `body` is sent as is (a string) or as JSON; undefined sends no body at all. */
async function call(
	method: string,
	api: string,
	body?: unknown,
	{ query = '', contentType = 'application/json;charset=utf-8' }: { query?: string; contentType?: string } = {},
): Promise<Answer> {
	const timestamp = Date.now();
	const sign = createHash('sha1').update(`${SID}${TOKEN}${timestamp}`).digest('hex');
	const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
	return await new Promise((resolve, reject) => {
		const request = http.request(
			{
				host: '127.0.0.1',
				port,
				method,
				path: `/ccapi/v2/${api}?Timestamp=${timestamp}&AppId=${APP}&Sid=${SID}&Sign=${sign}${query}`,
				headers: payload === undefined ? {} : { 'content-type': contentType, 'content-length': Buffer.byteLength(payload) },
			},
			(response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Answer));
			},
		);
		request.on('error', reject);
		request.end(payload);
	});
}

beforeAll(async () => {
	nock.enableNetConnect('127.0.0.1');
	const script = `import(${JSON.stringify(SANDBOX)}).then(({ createUdeskSandbox }) => {
		const { handler } = createUdeskSandbox();
		const server = require('node:http').createServer(handler).listen(0, '127.0.0.1', () => console.log(server.address().port));
	});`;
	server = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
	port = Number(await new Promise<string>((resolve) => server.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()))));
});

afterAll(() => {
	server?.kill();
	nock.disableNetConnect();
});

const EMPTY_JSON = { ErrCode: '100004', ErrDesc: 'Unexpected end of JSON input', Result: null };

test('POST and PUT without a body: 100004 "Unexpected end of JSON input" (request body is missing)', async () => {
	expect(await call('POST', 'queues')).toEqual(EMPTY_JSON);
	expect(await call('PUT', 'spnumbers/default')).toEqual(EMPTY_JSON);
});

test('POST parameters are read from the body only: "For POST and PUT methods, other parameters … through the request body"', async () => {
	expect(await call('POST', 'extensions', {}, { query: '&Extension=4567' })).toMatchObject({ ErrCode: '000001', ErrDesc: 'Parameter error' });
	expect(await call('POST', 'extensions', { Extension: '4567' })).toMatchObject({ ErrCode: '000000' });
});

test('a body that is not JSON (a multipart upload, which the doc does not describe) is 100004', async () => {
	const boundary = 'xyz';
	const form = `--${boundary}\r\nContent-Disposition: form-data; name="FileName"\r\n\r\nwelcome.wav\r\n--${boundary}--\r\n`;
	expect(await call('POST', 'ivrs/vfiles', form, { contentType: `multipart/form-data; boundary=${boundary}` })).toEqual(EMPTY_JSON);
	expect(await call('POST', 'ivrs/vfiles', { FileName: 'welcome.wav', FileType: 'mp3' })).toMatchObject({
		ErrCode: '000001',
		ErrDesc: 'ParamsInvalid: only wav is supported',
	});
	expect(await call('POST', 'ivrs/vfiles', { FileName: 'welcome.wav', FileType: 'wav', FileDesc: 'Hi' })).toMatchObject({ ErrCode: '000000' });
});

test('MsgId may travel in the URL, as the doc\'s login example sends it', async () => {
	expect((await call('POST', 'agents', { Agents: [{ AgentId: '10050', WorkId: '10050', IsCreateExtension: true }] })).ErrCode).toBe('000000');
	expect(await call('POST', 'agent/login', { agent_Id: '10050' }, { query: '&MsgId=123456789' })).toMatchObject({
		ErrCode: '000000',
		msg_id: '123456789',
	});
});

test('a missing agent ID is 000001 "AgentId AppId WorkId Blank", an unknown one 100018', async () => {
	expect(await call('POST', 'agent/set_call_mode', { Contact: 'voip' })).toMatchObject({ ErrCode: '000001', ErrDesc: 'AgentId AppId WorkId Blank' });
	expect(await call('POST', 'agent/set_call_mode', { AgentId: '999', Contact: 'voip' })).toMatchObject({ ErrCode: '100018' });
});

test('Delete Seat needs AgentId in the body too (the table lists it, the example sends it)', async () => {
	expect((await call('POST', 'agents', { Agents: [{ AgentId: '10060', WorkId: '10060' }] })).ErrCode).toBe('000000');
	expect(await call('DELETE', 'agents/10060')).toMatchObject({ ErrCode: '000001', ErrDesc: 'AgentId AppId WorkId Blank' });
	expect(await call('DELETE', 'agents/10060', { AgentId: '10061' })).toMatchObject({ ErrCode: '000001', ErrDesc: 'ParamsInvalid' });
	expect(await call('DELETE', 'agents/10060', { AgentId: '10060' })).toMatchObject({ ErrCode: '000000' });
});

test('Update Message Subscription needs callback, name, events and a status (all "Y" in the table)', async () => {
	const created = (await call('POST', 'subscriptions', {
		subscriptions: [{ callback: 'http://127.0.0.1:1/hook', name: 'strict', events: ['end'] }],
	})) as { Result: { sub_succ: Array<{ id: number }> } };
	const id = created.Result.sub_succ[0].id;
	expect(await call('PUT', `subscriptions/${id}`, { name: 'strict' })).toMatchObject({ ErrCode: '000001', ErrDesc: 'Parameter error' });
	expect(await call('PUT', `subscriptions/${id}`, { callback: 'http://127.0.0.1:1/hook', name: 'strict', events: ['end'] })).toMatchObject({
		ErrCode: '000001',
	});
	expect(
		await call('PUT', `subscriptions/${id}`, { callback: 'http://127.0.0.1:1/hook', name: 'strict', events: ['end', 'begin'], state: 0 }),
	).toMatchObject({ ErrCode: '000000', Result: { strict: id } });
	expect(await call('GET', `subscriptions/${id}`)).toMatchObject({ Result: { events: ['end', 'begin'], enable: false } });
});

test('report PageSize above the documented maximum of 100 is refused', async () => {
	expect(await call('GET', 'calls/recfiles', { PageSize: 101, PageNum: 1 })).toMatchObject({
		ErrCode: '000001',
		ErrDesc: 'ParamsInvalid: PageSize maximum 100',
	});
});

test('agents list their bound extensions as the doc\'s Extension objects, SIP password included', async () => {
	const answer = (await call('GET', 'agents/10050', { AgentId: '10050' })) as { Result: { Extensions: unknown } };
	expect(answer.Result.Extensions).toEqual([{ Extension: expect.stringMatching(/^\d{4}$/), Password: expect.stringMatching(/^[0-9a-f]{16}$/) }]);
});
