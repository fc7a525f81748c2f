/**
 * Queue, extension, IVR and call operations against the offline sandbox (sandbox/udesk.mjs), over real HTTP on
 * 127.0.0.1: proves the node and the simulator agree on paths, signing, bodies and answers.
 */
import { createHash } from 'node:crypto';
import nock from 'nock';

import { runWorkflow } from '../harness/engine';
import { startSandbox, type RunningSandbox } from '../harness/system';
import { udesk } from './callCenter.helpers';

const SID = 'sandbox-sid';
const TOKEN = 'sandbox-auth-token';
const APP = '6f142ddb-47ed-442e-83e7-6d2574d77aa2';

let server: RunningSandbox | undefined;
let base = '';

async function signed(method: string, api: string, body: unknown) {
	const timestamp = Date.now();
	const sign = createHash('sha1').update(`${SID}${TOKEN}${timestamp}`).digest('hex');
	const response = await fetch(`${base}/ccapi/v2/${api}?Timestamp=${timestamp}&AppId=${APP}&Sid=${SID}&Sign=${sign}`, {
		method,
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
	return (await response.json()) as { ErrCode: string };
}

beforeAll(async () => {
	nock.enableNetConnect('127.0.0.1');
	server = await startSandbox({ file: 'udesk.mjs', factory: 'createUdeskSandbox' });
	base = server.baseUrl;
	// An agent with an extension, signed in, so calls can be placed.
	expect((await signed('POST', 'agents', { Agents: [{ AgentId: '10031', WorkId: '10031', IsCreateExtension: true }] })).ErrCode).toBe('000000');
	expect((await signed('POST', 'agent/login', { agent_Id: '10031' })).ErrCode).toBe('000000');
});

afterAll(() => {
	server?.stop();
	nock.disableNetConnect();
});

const run = async (parameters: Record<string, unknown>, input?: Parameters<typeof runWorkflow>[0]['input']) => {
	const result = await runWorkflow({
		nodes: [udesk(parameters)],
		credentials: { udeskApi: { host: base, sid: SID, authToken: TOKEN, appId: APP } },
		input,
	});
	return { error: result.error?.message, json: result.error ? [] : result.json('udesk') };
};

test('queues: create, refuse a duplicate, bind an agent, read it back, refuse deleting a staffed queue', async () => {
	expect((await run({ resource: 'queue', operation: 'create', queueId: '9009', queueName: 'Sales' })).error).toBeUndefined();
	expect((await run({ resource: 'queue', operation: 'create', queueId: '9009', queueName: 'Sales' })).error).toBe(
		'udesk error 100004: Duplicate entry 9009 for QueueId',
	);
	expect((await run({ resource: 'queue', operation: 'bindAgents', queueId: '9009', agentIds: ['10031'], mode: 'add' })).error).toBeUndefined();
	expect((await run({ resource: 'queue', operation: 'get', queueId: '9009' })).json).toEqual([
		{ QueueId: '9009', QueueName: 'Sales', Strategy: 'longest_idle', Timeout: 60, MaxLength: 128, Agents: ['10031'] },
	]);
	const all = await run({ resource: 'queue', operation: 'getAll', returnAll: true });
	expect(all.json.map((queue) => queue.QueueID)).toEqual(['9001', '9002', '9009']);
	expect((await run({ resource: 'queue', operation: 'delete', queueId: '9009' })).error).toBe(
		'udesk error 000001: ParamsInvalid: queues with bound agents cannot be deleted',
	);
});

test('extensions: create returns a password, delete, delete again is refused', async () => {
	const created = await run({ resource: 'extension', operation: 'create', extension: '4567' });
	expect(created.json).toEqual([{ Extension: '4567', Password: expect.stringMatching(/^[0-9a-f]{16}$/), Number: expect.stringMatching(/4567$/) }]);
	expect((await run({ resource: 'extension', operation: 'delete', extension: '4567' })).json).toEqual([{ Extension: '4567', deleted: true }]);
	expect((await run({ resource: 'extension', operation: 'delete', extension: '4567' })).error).toBe('udesk error 000004: Data does not exist');
});

test('IVR: upload a WAV, list it, use it as a default voice, set and read fast routers', async () => {
	// The doc's form (JSON: FileName, FileType, FileDesc) is the default and is accepted…
	const upload = await run({ resource: 'ivr', operation: 'uploadVoiceFile', fileName: 'welcome.wav', fileDesc: 'Hi' });
	expect(upload.error).toBeUndefined();
	// …a multipart form, which the doc does not describe, is not JSON: the documented 100004.
	const wav = Buffer.from('RIFF$\u0000\u0000\u0000WAVEfmt data', 'latin1');
	const multipart = await run(
		{ resource: 'ivr', operation: 'uploadVoiceFile', uploadMode: 'multipart', binaryPropertyName: 'data', fileName: 'other.wav', fileDesc: '' },
		[{ json: {}, binary: { data: { data: wav.toString('base64'), mimeType: 'audio/wav', fileName: 'other.wav' } } }],
	);
	expect(multipart.error).toBe('udesk error 100004: Unexpected end of JSON input');
	expect((await run({ resource: 'ivr', operation: 'getVoiceFiles', returnAll: true })).json).toEqual([
		{ FileName: 'welcome.wav', FileType: 'wav', FileDesc: 'Hi' },
	]);
	const voices = {
		voice: [
			{ prompt: 'Welcome', type: 'wav', content: 'welcome.wav' },
			{ prompt: 'Hold', type: 'tts', content: 'Please hold' },
		],
	};
	expect((await run({ resource: 'ivr', operation: 'setDefaultVoices', voices })).error).toBeUndefined();
	const [current] = (await run({ resource: 'ivr', operation: 'getDefaultVoices' })).json;
	expect((current.Voices as object[]).slice(0, 1)).toEqual([{ Name: 'Welcome', Type: 'wav', Content: 'welcome.wav' }]);
	expect(current.Voices).toContainEqual({ Name: 'Hold', Type: 'tts', Content: 'Please hold' });

	const routes = { route: [{ dtmf: '1', queueId: '9001', desc: 'Sales' }, { dtmf: '2', queueId: '9002', desc: 'Support' }] };
	expect((await run({ resource: 'ivr', operation: 'setFastRouters', routes })).error).toBeUndefined();
	expect((await run({ resource: 'ivr', operation: 'getFastRouters' })).json).toEqual([
		{ Dtmf: '1', Desc: 'Sales', QueueId: '9001' },
		{ Dtmf: '2', Desc: 'Support', QueueId: '9002' },
	]);
});

test('calls: originate, hold, hold again is refused (code ≠ 000000), resume, transfer', async () => {
	const call = await run({
		resource: 'call',
		operation: 'originate',
		agentId: '10031',
		caller: '057126200670',
		called: '13676546374',
		calledDisplay: '057126200670',
		userData: { entry: [{ evt: 'user_answer', data: 'order-42' }] },
	});
	expect(call.error).toBeUndefined();
	const callId = call.json[0].CallId as string;
	expect(callId).toMatch(/^[0-9a-f-]{36}$/);
	expect((await run({ resource: 'call', operation: 'hold', callId, agentId: '10031' })).json[0]).toMatchObject({ held: true, code: '000000' });
	expect((await run({ resource: 'call', operation: 'hold', callId, agentId: '10031' })).error).toBe('udesk error 000001: call already on hold');
	expect((await run({ resource: 'call', operation: 'resume', callId, agentId: '10031' })).json[0]).toMatchObject({ resumed: true });
	expect((await run({ resource: 'call', operation: 'transfer', callId, agentId: '10031', agentPhone: '13900000000' })).json[0]).toMatchObject({
		transferred: true,
		TransferTo: '13900000000',
	});
});
