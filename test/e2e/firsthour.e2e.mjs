// A workflow builder's first hour, end to end in the real n8n (2.41.1 on Node 24) against the offline sandbox:
// `npm run sandbox -- emit …` (the command `npm run dev -- --sandbox` prints) makes the running sandbox send udesk
// callbacks to the live subscription of the call-ended example; its execution downloads the recording as a binary
// file — the exact WAV bytes the sandbox serves — and says so when udesk has no call log or the URL has expired.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, test } from 'node:test';

import { startSandbox } from '../../sandbox/index.mjs';
import { recordingWav } from '../../sandbox/udesk.mjs';
import { createN8n, readExample, restClient, ROOT, waitFor } from './lib.mjs';

const CALL_ENDED = 'exUdeskCallEnd01';
const FIRST_CALL = '00000000-0000-4000-8000-000000000001'; // answered, agent 10031 Li, has a recording

let sandbox;
let n8n;
let server;
let rest;

/** `npm run sandbox -- <args>` against this test's sandbox, as a user types it (plus --url: the port is not 5682). */
function sandboxCommand(...args) {
	return new Promise((resolve, reject) => {
		const child = spawn('npm', ['run', '--silent', 'sandbox', '--', ...args, '--url', sandbox.urls.udesk], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, output }));
	});
}

const app = () => sandbox.vendors.udesk.state.apps.get(sandbox.udesk.appId);

/** Waits for the execution after `count` known ones and returns it with its run data. */
async function nextExecution(count) {
	const list = await waitFor(async () => {
		const executions = await rest.executions(CALL_ENDED);
		return executions.length > count && !['new', 'running'].includes(executions[0].status) ? executions : undefined;
	}, { what: 'the webhook execution' });
	return await rest.execution(list[0].id);
}

const outputOf = (execution, name) => execution.data.resultData.runData[name][0].data.main[0];

/** The bytes of a binary field of an execution: inline base64 (default mode) or through n8n's binary-data route. */
async function bytesOf(binary) {
	if (binary.data && binary.id === undefined) return Buffer.from(binary.data, 'base64');
	const query = new URLSearchParams({ id: binary.id, action: 'download', fileName: binary.fileName, mimeType: binary.mimeType });
	const response = await rest.raw('GET', `/binary-data?${query}`);
	return Buffer.from(await response.arrayBuffer());
}

before(async () => {
	sandbox = await startSandbox({ timeScale: 60 });
	n8n = createN8n();
	await n8n.importCredentials(sandbox.credentials);
	await n8n.importWorkflows([readExample('udesk-call-ended-log-and-recording.json')]);
	server = await n8n.start();
	rest = restClient(server.url);
	await rest.setupOwner();
	await rest.activate(CALL_ENDED);
	await waitFor(() => app().subscriptions.size === 1, { what: 'the udesk subscription' });
});

after(async () => {
	await server?.stop();
	n8n?.cleanup();
	await sandbox?.close();
});

describe('npm run sandbox -- emit: udesk callbacks from the running sandbox', () => {
	test('the seeded directory holds the agents the call logs name', () => {
		assert.deepEqual(
			[...app().agents.values()].map(({ AgentId, Name, WorkId, Extensions, Queues }) => [AgentId, Name, WorkId, Extensions, Queues]),
			[
				['10031', 'Li', '8001', ['8001'], ['9001']],
				['10032', 'Qian', '8002', ['8002'], ['9001', '9002']],
			],
		);
	});

	test('`emit end` delivers a signed callback; the execution has the call log and the recording as a WAV file', async () => {
		const before = (await rest.executions(CALL_ENDED)).length;
		const requests = sandbox.vendors.udesk.state.requests.length;
		const downloads = (sandbox.vendors.udesk.state.downloads ?? []).length;
		const { code, output } = await sandboxCommand('emit', 'end', '--call-id', FIRST_CALL);
		assert.equal(code, 0, output);
		assert.match(output, /udesk → signed "end" callback/);
		assert.match(output, /HTTP 200 \{"message":"Workflow was started"\}/);
		assert.ok(output.includes(`"CallId": "${FIRST_CALL}"`), output);

		const execution = await nextExecution(before);
		assert.equal(execution.status, 'success');
		const [summary] = outputOf(execution, 'Call Summary');
		const start = Math.floor(Date.now() / 86_400_000) * 86_400_000 - 6 * 86_400_000;
		const { recordingUrl, ...rest_ } = summary.json;
		assert.deepEqual(rest_, {
			callId: FIRST_CALL,
			callLogFound: true,
			agentId: '10031',
			agentName: 'Li',
			customerNumber: '13600000000',
			callType: 'Incoming',
			startedAt: new Date(start).toISOString(),
			endedAt: new Date(start + 30_000).toISOString(),
			talkSeconds: 22,
			hangupBy: 'agent',
			recordingFile: `${FIRST_CALL}.wav`,
			note: 'Call log and recording file (binary field "recording")',
		});
		assert.match(recordingUrl, new RegExp(`^${sandbox.urls.udesk}/recordings/${sandbox.udesk.appId}/${FIRST_CALL}\\.wav\\?OSSAccessKeyId=[^&]+&Expires=\\d+&Signature=`));

		const file = summary.binary.recording;
		assert.deepEqual([file.fileName, file.mimeType, file.fileExtension], [`${FIRST_CALL}.wav`, 'audio/wav', 'wav']);
		const bytes = await bytesOf(file);
		assert.deepEqual(bytes, recordingWav(FIRST_CALL));
		assert.equal(bytes.toString('latin1', 0, 4), 'RIFF');
		assert.equal(bytes.toString('latin1', 8, 12), 'WAVE');

		// udesk: the call log, then (Download Recording) the recording list of that call; then one file download.
		assert.deepEqual(
			// the doc's JSON body on these GETs carries the call ID
			sandbox.vendors.udesk.state.requests.slice(requests).map(({ method, path, body }) => [method, path, JSON.parse(body).CallId]),
			[
				['GET', '/ccapi/v2/calls/logs', FIRST_CALL],
				['GET', '/ccapi/v2/calls/recfiles', FIRST_CALL],
			],
		);
		assert.deepEqual(
			sandbox.vendors.udesk.state.downloads.slice(downloads).map(({ method, path }) => [method, path]),
			[['GET', `/recordings/${sandbox.udesk.appId}/${FIRST_CALL}.wav`]],
		);
	});

	test('`emit end --forged` is refused by the trigger (401) and starts nothing', async () => {
		const before = (await rest.executions(CALL_ENDED)).length;
		const { code, output } = await sandboxCommand('emit', 'end', '--forged');
		assert.equal(code, 1, output);
		assert.match(output, /FORGED "end" callback/);
		assert.match(output, /HTTP 401 "Unauthorized"/);
		assert.ok(!output.includes(sandbox.udesk.secret));
		await new Promise((resolve) => setTimeout(resolve, 1500));
		assert.equal((await rest.executions(CALL_ENDED)).length, before);
	});

	test('a call udesk has no log for: the summary says so instead of a silent empty success', async () => {
		const before = (await rest.executions(CALL_ENDED)).length;
		const missing = '99999999-0000-4000-8000-000000000000';
		const { code, output } = await sandboxCommand('emit', 'end', '--call-id', missing);
		assert.equal(code, 0, output);
		const execution = await nextExecution(before);
		assert.equal(execution.status, 'success');
		const [summary] = outputOf(execution, 'Call Summary');
		assert.equal(summary.binary, undefined);
		assert.deepEqual(summary.json, {
			callId: missing,
			callLogFound: false,
			agentId: null,
			agentName: null,
			customerNumber: null,
			callType: null,
			startedAt: null,
			endedAt: null,
			talkSeconds: null,
			hangupBy: null,
			recordingUrl: null,
			recordingFile: null,
			note: 'udesk has no call log for this call (yet): it lists completed calls of the last week only. Check the call ID, or fetch it again in a minute.',
		});
	});

	test('an expired recording URL fails the download with a clear error, not a broken file', async () => {
		const state = sandbox.vendors.udesk.state;
		state.recordingUrlSeconds = -60; // the file server now hands out URLs that expired a minute ago
		try {
			const before = (await rest.executions(CALL_ENDED)).length;
			const { code } = await sandboxCommand('emit', 'end', '--call-id', FIRST_CALL);
			assert.equal(code, 0);
			const execution = await nextExecution(before);
			assert.equal(execution.status, 'error');
			const error = execution.data.resultData.error;
			assert.equal(error.message, `The recording URL of call ${FIRST_CALL} has expired`);
			assert.match(error.description, /HTTP 403 "AccessDenied: Request has expired\."/);
			assert.match(error.description, /run Get Recordings again for a fresh URL/);
			assert.ok(!JSON.stringify(error).includes('Signature='), 'the signed query is not repeated in the error');
		} finally {
			delete state.recordingUrlSeconds;
		}
	});

	test('`emit` with no live subscription says how to get one; any documented event can be sent', async () => {
		await rest.deactivate(CALL_ENDED);
		await waitFor(() => app().subscriptions.size === 0, { what: 'the subscription to be deleted' });
		const none = await sandboxCommand('emit', 'end');
		assert.equal(none.code, 2, none.output);
		assert.match(none.output, /No live subscription lists "end"/);
		assert.match(none.output, /Execute workflow/);

		const state = await sandboxCommand('emit', 'acd_agent_state', '--agent-id', '10032', '--field', 'CurState=busy');
		assert.match(state.output, /"event": "acd_agent_state"/);
		assert.match(state.output, /"AgentName": "Qian"/);
		assert.match(state.output, /"CurState": "busy"/);

		const unknown = await sandboxCommand('emit', 'call_ended');
		assert.equal(unknown.code, 1);
		assert.match(unknown.output, /"call_ended" is not an event udesk documents/);
	});
});
