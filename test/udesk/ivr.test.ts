import { runWorkflow } from '../harness/engine';
import { fakeVendor } from '../harness/http';
import { BASE, credentials, expectSigned, ok, udesk } from './callCenter.helpers';

// A tiny WAV header: plain ASCII bytes, so the recorded body stays readable text.
const WAV = Buffer.from('RIFF$\u0000\u0000\u0000WAVEfmt data-bytes', 'latin1');

const wavItem = (fileName = 'welcome.wav', mimeType = 'audio/wav', data = WAV) => ({
	json: {},
	binary: {
		data: { data: data.toString('base64'), mimeType, fileName, fileExtension: fileName.split('.').pop() },
	},
});

/** Splits a multipart/form-data body into its parts. */
function parseMultipart(body: string, contentType: string) {
	const boundary = /boundary=(.+)$/.exec(contentType)?.[1];
	expect(boundary).toMatch(/^----n8nUdesk[0-9a-f]{24}$/);
	expect(body.endsWith(`--${boundary}--\r\n`)).toBe(true);
	return body
		.split(`--${boundary}`)
		.slice(1, -1)
		.map((part) => {
			const [head, ...rest] = part.replace(/^\r\n/, '').split('\r\n\r\n');
			return { head, content: rest.join('\r\n\r\n').replace(/\r\n$/, '') };
		});
}

describe('udesk → IVR → voice files', () => {
	test('Upload sends the WAV from the input item as multipart (the explicitly chosen, undocumented mode)', async () => {
		const vendor = fakeVendor(BASE, () => ok());
		const result = await runWorkflow({
			nodes: [
				udesk({
					resource: 'ivr',
					operation: 'uploadVoiceFile',
					uploadMode: 'multipart',
					binaryPropertyName: 'data',
					fileName: 'welcome',
					fileDesc: 'Greeting',
				}),
			],
			credentials: credentials(),
			input: [wavItem()],
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received).toHaveLength(1);
		const [request] = vendor.received;
		expect([request.method, request.path]).toEqual(['POST', '/ccapi/v2/ivrs/vfiles']);
		expectSigned(request, { appId: true });
		expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect(parseMultipart(request.body as string, request.headers['content-type'])).toEqual([
			{ head: 'Content-Disposition: form-data; name="FileName"', content: 'welcome' },
			{ head: 'Content-Disposition: form-data; name="FileType"', content: 'wav' },
			{ head: 'Content-Disposition: form-data; name="FileDesc"', content: 'Greeting' },
			{
				head: 'Content-Disposition: form-data; name="file"; filename="welcome.wav"\r\nContent-Type: audio/wav',
				content: WAV.toString('latin1'),
			},
		]);
		expect(result.json('udesk')).toEqual([
			{ FileName: 'welcome', FileType: 'wav', FileDesc: 'Greeting', size: WAV.length, uploaded: true },
		]);
	});

	test('Upload by default sends the documented JSON body (no mode chosen, no binary needed)', async () => {
		const vendor = fakeVendor(BASE, () => ok());
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'ivr', operation: 'uploadVoiceFile', fileName: 'welcome.wav', fileDesc: '' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [request] = vendor.received;
		expect([request.method, request.path]).toEqual(['POST', '/ccapi/v2/ivrs/vfiles']);
		expect(request.headers['content-type']).toBe('application/json;charset=utf-8');
		expect(request.body).toEqual({ FileName: 'welcome.wav', FileType: 'wav' });
		expect(result.json('udesk')).toEqual([{ FileName: 'welcome.wav', FileType: 'wav', uploaded: true }]);
	});

	test('Upload refuses a file that is not WAV before any request', async () => {
		const vendor = fakeVendor(BASE, () => ok());
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'ivr', operation: 'uploadVoiceFile', uploadMode: 'multipart', binaryPropertyName: 'data', fileName: 'x' })],
			credentials: credentials(),
			input: [wavItem('song.mp3', 'audio/mpeg', Buffer.from('ID3 not a wave file'))],
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.message).toBe(
			'Input Binary Field: "song.mp3" is not a WAV file — udesk accepts only wav voice files',
		);
	});

	test('Upload without the binary field names it', async () => {
		const vendor = fakeVendor(BASE, () => ok());
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'ivr', operation: 'uploadVoiceFile', uploadMode: 'multipart', binaryPropertyName: 'audio', fileName: 'x' })],
			credentials: credentials(),
			input: [wavItem()],
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.message).toBe(
			"The item has no binary field 'audio' [item 0]",
		);
	});

	test('Delete sends DELETE with FileName in a JSON body', async () => {
		const vendor = fakeVendor(BASE, () => ok());
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'ivr', operation: 'deleteVoiceFile', fileName: 'welcome.wav' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [request] = vendor.received;
		expect([request.method, request.path]).toEqual(['DELETE', '/ccapi/v2/ivrs/vfiles']);
		expectSigned(request, { appId: true });
		expect(request.body).toEqual({ FileName: 'welcome.wav' });
		expect(result.json('udesk')).toEqual([{ FileName: 'welcome.wav', deleted: true }]);
	});

	test('Delete of an unknown file (100018) becomes a NodeApiError', async () => {
		fakeVendor(BASE, () => ({ body: { ErrCode: '100018', ErrDesc: 'RecordNotFound', Result: null } }));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'ivr', operation: 'deleteVoiceFile', fileName: 'nope.wav' })],
			credentials: credentials(),
		});
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('udesk error 100018: RecordNotFound');
	});

	test('Get Many Voice Files returns one item per file, up to the limit', async () => {
		const files = [
			{ FileName: 'a.wav', FileType: 'wav', FileDesc: 'A' },
			{ FileName: 'b.wav', FileType: 'wav', FileDesc: 'B' },
		];
		const vendor = fakeVendor(BASE, () => ok({ IvrVFiles: files }));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'ivr', operation: 'getVoiceFiles', returnAll: false, limit: 1 })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [request] = vendor.received;
		expect([request.method, request.path, request.body]).toEqual(['GET', '/ccapi/v2/ivrs/vfiles', undefined]);
		expectSigned(request, { appId: true });
		expect(result.json('udesk')).toEqual([files[0]]);
	});
});

describe('udesk → IVR → default voices', () => {
	test('Set builds DefVoices with tts, wav and "default" prompts and sends it with PUT', async () => {
		const vendor = fakeVendor(BASE, () => ok());
		const result = await runWorkflow({
			nodes: [
				udesk({
					resource: 'ivr',
					operation: 'setDefaultVoices',
					voices: {
						voice: [
							{ prompt: 'Welcome', type: 'tts', content: 'Welcome to ACME' },
							{ prompt: 'Hold', type: 'wav', content: 'hold-music.wav' },
							{ prompt: 'ClosingTime', type: 'default' },
						],
					},
				}),
			],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [request] = vendor.received;
		expect([request.method, request.path]).toEqual(['PUT', '/ccapi/v2/ivrs/defvoices']);
		expectSigned(request, { appId: true });
		const voices = {
			Welcome: { Type: 'tts', Content: 'Welcome to ACME' },
			Hold: { Type: 'wav', Content: 'hold-music.wav' },
			ClosingTime: 'default',
		};
		expect(request.body).toEqual({ DefVoices: [voices] });
		expect(result.json('udesk')).toEqual([{ DefVoices: voices, updated: true }]);
	});

	test('Set refuses a text-to-speech prompt without content, naming the prompt', async () => {
		const vendor = fakeVendor(BASE, () => ok());
		const result = await runWorkflow({
			nodes: [
				udesk({
					resource: 'ivr',
					operation: 'setDefaultVoices',
					voices: { voice: [{ prompt: 'NoAnswer', type: 'tts', content: '  ' }] },
				}),
			],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.message).toBe('Voices → NoAnswer → Content is required');
	});

	test('Set refuses the same prompt twice and an unknown prompt given by expression', async () => {
		const vendor = fakeVendor(BASE, () => ok());
		const twice = await runWorkflow({
			nodes: [
				udesk({
					resource: 'ivr',
					operation: 'setDefaultVoices',
					voices: { voice: [{ prompt: 'Hold', type: 'default' }, { prompt: 'Hold', type: 'default' }] },
				}),
			],
			credentials: credentials(),
		});
		expect(twice.error?.message).toBe('Voices → Prompt: "Hold" is given more than once');
		const unknown = await runWorkflow({
			nodes: [
				udesk({
					resource: 'ivr',
					operation: 'setDefaultVoices',
					voices: { voice: [{ prompt: '={{ "Goodbye" }}', type: 'default' }] },
				}),
			],
			credentials: credentials(),
		});
		expect(unknown.error?.message).toBe(
			'Voices → Prompt: "Goodbye" is not valid — use one of ClosingTime, Consult, Evaluate, Hold, NoAnswer, QueueTimeout, VoiceMail, Waiting, Welcome',
		);
		expect(vendor.received).toHaveLength(0);
	});

	test('Get returns udesk\'s Result as one item', async () => {
		const voices = { Voices: [{ Type: 'tts', Content: 'Welcome to ACME' }] };
		const vendor = fakeVendor(BASE, () => ok(voices));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'ivr', operation: 'getDefaultVoices' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [request] = vendor.received;
		expect([request.method, request.path, request.body]).toEqual(['GET', '/ccapi/v2/ivrs/defvoices', undefined]);
		expectSigned(request, { appId: true });
		expect(result.json('udesk')).toEqual([voices]);
	});
});

describe('udesk → IVR → fast routers', () => {
	test('Set sends the FastRouter table with PUT', async () => {
		const vendor = fakeVendor(BASE, () => ok());
		const result = await runWorkflow({
			nodes: [
				udesk({
					resource: 'ivr',
					operation: 'setFastRouters',
					routes: {
						route: [
							{ dtmf: '1', queueId: '9001', desc: 'Sales' },
							{ dtmf: '0', queueId: '9002', desc: 'Support' },
						],
					},
				}),
			],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [request] = vendor.received;
		expect([request.method, request.path]).toEqual(['PUT', '/ccapi/v2/ivrs/fastrouters']);
		expectSigned(request, { appId: true });
		const table = [
			{ Dtmf: '1', Desc: 'Sales', QueueId: '9001' },
			{ Dtmf: '0', Desc: 'Support', QueueId: '9002' },
		];
		expect(request.body).toEqual({ FastRouter: table });
		expect(result.json('udesk')).toEqual([{ FastRouter: table, updated: true }]);
	});

	test.each([
		[{ dtmf: '={{ "12" }}', queueId: '9001', desc: 'Sales' }, 'Routes → Key: "12" is not valid — use one key from 0 to 9'],
		[{ dtmf: '3', queueId: '={{ "1234" }}', desc: 'Sales' }, 'Routes → Key 3 → Queue: "1234" is not valid — use four digits starting with 9, e.g. 9001'],
		[{ dtmf: '3', queueId: '9001', desc: '={{ "" }}' }, 'Routes → Key 3 → Description is required'],
	])('Set refuses %j before any request', async (route, message) => {
		const vendor = fakeVendor(BASE, () => ok());
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'ivr', operation: 'setFastRouters', routes: { route: [route] } })],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(message);
	});

	test('Set refuses the same key twice', async () => {
		const vendor = fakeVendor(BASE, () => ok());
		const result = await runWorkflow({
			nodes: [
				udesk({
					resource: 'ivr',
					operation: 'setFastRouters',
					routes: { route: [{ dtmf: '1', queueId: '9001', desc: 'A' }, { dtmf: '1', queueId: '9002', desc: 'B' }] },
				}),
			],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.message).toBe('Routes → Key: "1" is given more than once');
	});

	test('Get reads FastRouter where the doc puts it (beside ErrCode) and returns one item per key', async () => {
		const table = [
			{ Dtmf: '1', Desc: 'Sales', QueueId: '9001' },
			{ Dtmf: '2', Desc: 'Support', QueueId: '9002' },
		];
		const vendor = fakeVendor(BASE, () => ({ body: { ErrCode: '000000', ErrDesc: 'OK', FastRouter: table } }));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'ivr', operation: 'getFastRouters' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [request] = vendor.received;
		expect([request.method, request.path, request.body]).toEqual(['GET', '/ccapi/v2/ivrs/fastrouters', undefined]);
		expectSigned(request, { appId: true });
		expect(result.json('udesk')).toEqual(table);
	});

	test('Get also reads FastRouter inside Result', async () => {
		const table = [{ Dtmf: '5', Desc: 'VIP', QueueId: '9005' }];
		fakeVendor(BASE, () => ok({ FastRouter: table }));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'ivr', operation: 'getFastRouters' })],
			credentials: credentials(),
		});
		expect(result.json('udesk')).toEqual(table);
	});
});
