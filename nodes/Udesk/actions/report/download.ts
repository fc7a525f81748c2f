import type {
	IBinaryData,
	IDataObject,
	IExecuteFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { OperationItems } from '../../../shared/router';
import { udeskRequestAllPages } from '../../transport';

/**
 * "Download Recording" of Report → Get Recordings / Get Call Logs: the WAV behind each RecFileUrl goes into a binary
 * field of the row's item. The URL is a file-server link (the doc: "RecFileUrl | string (url)"), not a ccapi call,
 * so it is fetched with n8n's plain HTTP helper — no udesk signature is added to it. The download is streamed and
 * stopped as soon as it passes Max File Size, so an unexpected huge file cannot fill n8n's memory.
 *
 * As an AI-agent tool the option is hidden and nothing is downloaded (n8n drops binary data from tool answers):
 * the rows keep RecFileUrl and the recording's metadata.
 */
export const downloadProperties: INodeProperties[] = [
	{
		displayName: 'Download Recording',
		name: 'downloadRecording',
		type: 'boolean',
		default: false,
		description:
			'Whether to download each recording (WAV) into a binary field of its item, e.g. to store, transcribe or attach it. Recording URLs are signed and expire, so the file is fetched right away.',
		displayOptions: { hide: { '@tool': [true] } },
	},
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the output binary field to put the recording in',
		displayOptions: { show: { downloadRecording: [true] }, hide: { '@tool': [true] } },
	},
	{
		displayName: 'Max File Size (MB)',
		name: 'maxFileSizeMb',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 1024 },
		default: 100,
		description: 'A recording larger than this is refused instead of downloaded (a one-hour 8 kHz WAV is about 58 MB)',
		displayOptions: { show: { downloadRecording: [true] }, hide: { '@tool': [true] } },
	},
];

const MB = 1024 * 1024;
const ERROR_BODY_LIMIT = 16 * 1024;

const EXTENSIONS: Record<string, string> = {
	'audio/wav': 'wav',
	'audio/x-wav': 'wav',
	'audio/wave': 'wav',
	'audio/vnd.wave': 'wav',
	'audio/mpeg': 'mp3',
	'audio/mp3': 'mp3',
	'audio/ogg': 'ogg',
};

interface ReadableBody {
	destroy?: () => void;
	[Symbol.asyncIterator]?: () => AsyncIterator<unknown>;
}

function isToolCall(ctx: IExecuteFunctions): boolean {
	return ctx.getNode().type.endsWith('Tool');
}

/** The body as bytes, at most `limit` of them; `undefined` when it is larger (the stream is then closed). */
async function readBounded(body: unknown, limit: number): Promise<Buffer | undefined> {
	if (Buffer.isBuffer(body)) return body.length > limit ? undefined : body;
	if (typeof body === 'string') return Buffer.byteLength(body) > limit ? undefined : Buffer.from(body);
	const stream = body as ReadableBody | undefined;
	if (!stream || typeof stream[Symbol.asyncIterator] !== 'function') return Buffer.alloc(0);
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of stream as AsyncIterable<unknown>) {
		const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
		size += bytes.length;
		if (size > limit) {
			stream.destroy?.();
			return undefined;
		}
		chunks.push(bytes);
	}
	return Buffer.concat(chunks);
}

/** Object storage answers errors as XML (<Code>, <Message>) or JSON; the words a user needs from it. */
function serverWords(text: string): string {
	const code = /<Code>([^<]*)<\/Code>/.exec(text)?.[1];
	const message = /<Message>([^<]*)<\/Message>/.exec(text)?.[1];
	if (code !== undefined || message !== undefined) return [code, message].filter(Boolean).join(': ');
	try {
		const json = JSON.parse(text) as IDataObject;
		const words = json.message ?? json.Message ?? json.ErrDesc ?? json.error;
		if (typeof words === 'string') return words;
	} catch {
		// not JSON
	}
	return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** A signed URL's own expiry, if it names one: OSS/S3 v2 `Expires` (epoch s) or S3 v4 `X-Amz-Date` + `X-Amz-Expires`. */
function urlExpiry(url: string): number | undefined {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return undefined;
	}
	const expires = parsed.searchParams.get('Expires');
	if (expires !== null && /^\d+$/.test(expires)) return Number(expires) * 1000;
	const date = parsed.searchParams.get('X-Amz-Date');
	const seconds = parsed.searchParams.get('X-Amz-Expires');
	if (date && seconds && /^\d{8}T\d{6}Z$/.test(date)) {
		const start = Date.UTC(+date.slice(0, 4), +date.slice(4, 6) - 1, +date.slice(6, 8), +date.slice(9, 11), +date.slice(11, 13), +date.slice(13, 15));
		return start + Number(seconds) * 1000;
	}
	return undefined;
}

/** The URL without its query (the signature), for messages. */
const withoutQuery = (url: string) => url.split('?')[0];

/** Downloads one recording, bounded by `maxBytes`, into n8n's binary data. */
export async function downloadRecording(
	ctx: IExecuteFunctions,
	url: string,
	callId: string,
	maxBytes: number,
	itemIndex: number,
): Promise<IBinaryData> {
	let response: IN8nHttpFullResponse;
	try {
		response = (await ctx.helpers.httpRequest({
			method: 'GET',
			url,
			encoding: 'stream',
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: 120_000,
		})) as IN8nHttpFullResponse;
	} catch (error) {
		throw new NodeApiError(ctx.getNode(), error as JsonObject, {
			message: `Could not download the recording of call ${callId}: ${(error as Error).message}`,
			description: `Recording URL: ${withoutQuery(url)}`,
			itemIndex,
		});
	}
	const headers = (response.headers ?? {}) as IDataObject;
	const status = response.statusCode;
	if (status < 200 || status >= 300) {
		const text = (await readBounded(response.body, ERROR_BODY_LIMIT))?.toString('utf8') ?? '';
		const words = serverWords(text);
		const expiry = urlExpiry(url);
		const expired = status === 403 && (/expired/i.test(text) || (expiry !== undefined && expiry < Date.now()));
		if (expired) {
			throw new NodeApiError(ctx.getNode(), { message: words } as JsonObject, {
				message: `The recording URL of call ${callId} has expired`,
				description: `The file server answered HTTP 403${words ? ` "${words}"` : ''}${expiry !== undefined ? ` (the URL was valid until ${new Date(expiry).toISOString()})` : ''}. Recording URLs are signed and work for a limited time: run Get Recordings again for a fresh URL and download it right away.`,
				httpCode: String(status),
				itemIndex,
			});
		}
		throw new NodeApiError(ctx.getNode(), { message: words } as JsonObject, {
			message: `Could not download the recording of call ${callId}: HTTP ${status}${words ? ` (${words})` : ''}`,
			description: `Recording URL: ${withoutQuery(url)}`,
			httpCode: String(status),
			itemIndex,
		});
	}
	const tooLarge = () =>
		new NodeOperationError(
			ctx.getNode(),
			`Max File Size (MB): the recording of call ${callId} is larger than ${maxBytes / MB} MB`,
			{ itemIndex, description: 'Raise Max File Size (MB), or turn off Download Recording and use RecFileUrl.' },
		);
	const declared = Number(headers['content-length']);
	if (Number.isFinite(declared) && declared > maxBytes) {
		(response.body as ReadableBody | undefined)?.destroy?.();
		throw tooLarge();
	}
	const data = await readBounded(response.body, maxBytes);
	if (data === undefined) throw tooLarge();
	const mimeType = String(headers['content-type'] ?? '').split(';')[0].trim().toLowerCase() || 'audio/wav';
	const extension = EXTENSIONS[mimeType] ?? /\.([a-z0-9]{2,4})$/i.exec(withoutQuery(url))?.[1]?.toLowerCase() ?? 'wav';
	return await ctx.helpers.prepareBinaryData(data, `${callId}.${extension}`, mimeType);
}

/** The first RecFileUrl udesk has for a call, or null (unanswered calls have no recording). */
async function recordingUrlOf(ctx: IExecuteFunctions, callId: string): Promise<string | null> {
	const files = await udeskRequestAllPages.call(ctx, 'GET', 'calls/recfiles', { CallId: callId }, 'RecFiles', {
		returnAll: false,
		limit: 1,
	});
	const url = files[0]?.RecFileUrl;
	return typeof url === 'string' && url !== '' ? url : null;
}

/**
 * Applies Download Recording to the rows of a report. Off (or as a tool): the rows as they are. On: one item per row,
 * with the file in the chosen binary field when the row has a recording; call logs look their recording up first
 * (`GET calls/recfiles?CallId=`) and carry its `RecFileUrl` (null when the call has none).
 */
export async function withRecordingFiles(
	ctx: IExecuteFunctions,
	itemIndex: number,
	report: 'callLogs' | 'recordings',
	rows: IDataObject[],
): Promise<IDataObject[] | OperationItems> {
	if (isToolCall(ctx) || !(ctx.getNodeParameter('downloadRecording', itemIndex, false) as boolean)) return rows;
	const field = String(ctx.getNodeParameter('binaryPropertyName', itemIndex, 'data')).trim();
	if (field === '') {
		throw new NodeOperationError(ctx.getNode(), 'Put Output File in Field: give the name of a binary field, e.g. data', { itemIndex });
	}
	const maxMb = Number(ctx.getNodeParameter('maxFileSizeMb', itemIndex, 100));
	if (!Number.isFinite(maxMb) || maxMb <= 0) {
		throw new NodeOperationError(ctx.getNode(), `Max File Size (MB) must be a positive number (got ${JSON.stringify(maxMb)})`, { itemIndex });
	}
	const items: INodeExecutionData[] = [];
	for (const row of rows) {
		const callId = String(row.CallId ?? '');
		const json: IDataObject = { ...row };
		if (report === 'callLogs') json.RecFileUrl = callId === '' ? null : await recordingUrlOf(ctx, callId);
		const url = json.RecFileUrl;
		if (typeof url !== 'string' || url === '') {
			items.push({ json });
			continue;
		}
		const file = await downloadRecording(ctx, url, callId || 'recording', Math.round(maxMb * MB), itemIndex);
		items.push({ json, binary: { [field]: file } });
	}
	return { items };
}
