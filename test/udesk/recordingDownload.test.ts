// Report → Get Recordings / Get Call Logs → Download Recording: the WAV behind RecFileUrl as a binary field, fetched
// with n8n's plain HTTP helper (no udesk signature on the file URL), bounded in size, with a clear error on an expired URL.
import { runWorkflow } from '../harness/engine';
import { fakeVendor } from '../harness/http';
import { credentials, HOST, ok, udesk } from './part3.helpers';

const FILES = 'http://127.0.0.1:18094';
const CALL = 'bc1cc555-0b24-4e1c-9979-a514888ea495';
const UNANSWERED = '50def7e0-cf70-411e-9e05-4381817b441c';

/** A tiny valid WAV (RIFF/WAVE header + `samples` 16-bit samples). */
function wav(samples = 8): Buffer {
	const data = Buffer.alloc(samples * 2, 7);
	const header = Buffer.alloc(44);
	header.write('RIFF', 0, 'latin1');
	header.writeUInt32LE(36 + data.length, 4);
	header.write('WAVEfmt ', 8, 'latin1');
	header.writeUInt32LE(16, 16);
	header.writeUInt16LE(1, 20);
	header.writeUInt16LE(1, 22);
	header.writeUInt32LE(8000, 24);
	header.writeUInt32LE(16000, 28);
	header.writeUInt16LE(2, 32);
	header.writeUInt16LE(16, 34);
	header.write('data', 36, 'latin1');
	header.writeUInt32LE(data.length, 40);
	return Buffer.concat([header, data]);
}

const signedUrl = (callId: string, expires = Math.floor(Date.now() / 1000) + 3600) =>
	`${FILES}/rec/${callId}.wav?OSSAccessKeyId=LTAI&Expires=${expires}&Signature=abc%3D`;

const recFile = (callId: string, url = signedUrl(callId)) => ({ CallId: callId, StartTime: 1566298674686, EndTime: 1566298700000, Duration: 25, RecFileUrl: url });

const recordings = (extra: Record<string, unknown> = {}) =>
	udesk({ resource: 'report', operation: 'recordings', returnAll: true, filters: { callId: CALL }, downloadRecording: true, ...extra });

describe('udesk → Report → Download Recording', () => {
	test('Get Recordings puts the WAV into the binary field, named after the CallId, MIME type from the answer', async () => {
		const bytes = wav();
		const api = fakeVendor(HOST, () => ok({ RecFiles: [recFile(CALL)] }));
		const files = fakeVendor(FILES, () => ({ body: bytes, headers: { 'content-type': 'audio/x-wav', 'content-length': String(bytes.length) } }));
		const result = await runWorkflow({ nodes: [recordings({ binaryPropertyName: 'audio' })], credentials: credentials() });
		expect(result.error).toBeUndefined();
		// calls/recfiles takes its parameters in the doc's JSON body
		expect(api.received.map((r) => [r.method, r.path, (r.body as { CallId?: string }).CallId])).toEqual([['GET', '/ccapi/v2/calls/recfiles', CALL]]);
		// The file URL is fetched exactly as udesk gave it: no udesk signature, AppId or Sid added.
		expect(files.received.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', `/rec/${CALL}.wav`, { OSSAccessKeyId: 'LTAI', Expires: expect.any(String), Signature: 'abc=' }],
		]);
		const [item] = result.output('Udesk');
		expect(item.json).toMatchObject({ CallId: CALL, RecFileUrl: signedUrl(CALL, Number(files.received[0].query.Expires)) });
		expect(item.pairedItem).toEqual({ item: 0 });
		const file = item.binary?.audio;
		expect([file?.fileName, file?.mimeType, file?.fileExtension]).toEqual([`${CALL}.wav`, 'audio/x-wav', 'wav']);
		expect(Buffer.from(String(file?.data), 'base64')).toEqual(bytes);
	});

	test('Get Call Logs looks up each call\'s recording; a call without one keeps RecFileUrl null and no file', async () => {
		const bytes = wav(4);
		const api = fakeVendor(HOST, (request) =>
			request.path.endsWith('calls/logs')
				? ok({ CallLogs: [{ CallId: CALL, StartTime: 1566298669326, CallDuration: 25 }, { CallId: UNANSWERED, StartTime: 1566351290766, CallDuration: 0 }] })
				: ok({ RecFiles: (request.body as { CallId?: string }).CallId === CALL ? [recFile(CALL)] : [] }),
		);
		fakeVendor(FILES, () => ({ body: bytes, headers: { 'content-type': 'audio/wav' } }));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'report', operation: 'callLogs', returnAll: true, downloadRecording: true })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(api.received.map((r) => [r.path.replace('/ccapi/v2/', ''), (r.body as { CallId?: string }).CallId])).toEqual([
			['calls/logs', undefined],
			['calls/recfiles', CALL],
			['calls/recfiles', UNANSWERED],
		]);
		const [answered, unanswered] = result.output('Udesk');
		expect(Buffer.from(String(answered.binary?.data?.data), 'base64')).toEqual(bytes);
		expect(answered.json.RecFileUrl).toMatch(`${FILES}/rec/${CALL}.wav?`);
		expect(unanswered.json).toMatchObject({ CallId: UNANSWERED, RecFileUrl: null });
		expect(unanswered.binary).toBeUndefined();
	});

	test('an expired signed URL is a clear error naming the call, without the signature', async () => {
		fakeVendor(HOST, () => ok({ RecFiles: [recFile(CALL, signedUrl(CALL, Math.floor(Date.now() / 1000) - 60))] }));
		fakeVendor(FILES, () => ({
			status: 403,
			body: '<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n  <Code>AccessDenied</Code>\n  <Message>Request has expired.</Message>\n</Error>\n',
			headers: { 'content-type': 'application/xml' },
		}));
		const result = await runWorkflow({ nodes: [recordings()], credentials: credentials() });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe(`The recording URL of call ${CALL} has expired`);
		expect(result.error?.description).toMatch(/^The file server answered HTTP 403 "AccessDenied: Request has expired\." \(the URL was valid until .*Z\)\. Recording URLs are signed/);
		expect(JSON.stringify(result.error)).not.toContain('Signature=');
	});

	test('a file larger than Max File Size (MB) is refused, naming the field', async () => {
		fakeVendor(HOST, () => ok({ RecFiles: [recFile(CALL)] }));
		const big = Buffer.alloc(1024 * 1024 + 1, 1);
		fakeVendor(FILES, () => ({ body: big, headers: { 'content-type': 'audio/wav' } }));
		const result = await runWorkflow({ nodes: [recordings({ maxFileSizeMb: 1 })], credentials: credentials() });
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(`Max File Size (MB): the recording of call ${CALL} is larger than 1 MB`);
	});

	test('off (the default): rows only, nothing downloaded', async () => {
		fakeVendor(HOST, () => ok({ RecFiles: [recFile(CALL)] }));
		const files = fakeVendor(FILES, () => ({ body: wav() }));
		const result = await runWorkflow({ nodes: [recordings({ downloadRecording: false })], credentials: credentials() });
		expect(result.error).toBeUndefined();
		expect(files.received).toEqual([]);
		expect(result.output('Udesk')[0].binary).toBeUndefined();
	});
});
