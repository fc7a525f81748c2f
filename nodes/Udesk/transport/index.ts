import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { credentialsOnce } from '../../shared/credentials';
import type { RequestContext } from '../../shared/credentials';
import { getWithJsonBody } from '../../shared/getWithBody';
import { noAnswerError, requestTimeoutMs, sendWithPolicy } from '../../shared/requestPolicy';
import { normaliseUdeskHost } from '../../shared/udeskHost';

export const UDESK_CREDENTIAL = 'udeskApi';

type UdeskContext = RequestContext;

/**
 * The GET endpoints whose doc sends the parameters as a JSON body — the one place this is decided:
 *  - calls/logs: "Parameters such as CallId should be passed through a JSON-formatted request body. If not passed, an
 *    empty {} request body should be submitted, otherwise an error "100004 unexpected end of JSON input" will occur."
 *  - calls/recfiles, agents/statelogs: the same parameter tables (CallId/AgentId, PageSize, PageNum, StartTime,
 *    EndTime) on the same server; their curl examples are those of calls/logs.
 *  - agents/{AgentId} (get agent): "Note: AgentId must be passed in both the URL and the request body."
 * These go out through nodes/shared/getWithBody.ts (n8n's request path that keeps a GET body); `{}` when there is
 * nothing to filter, and paging walks PageNum inside that body. Every other GET documents only query parameters.
 * Matched against the path after /ccapi/v2/.
 */
export const GET_BODY_PATHS: RegExp[] = [/^calls\/logs$/, /^calls\/recfiles$/, /^agents\/statelogs$/, /^agents\/[^/]+$/];

export function getSendsJsonBody(path: string): boolean {
	const clean = path.replace(/^\/+|\/+$/g, '').split('?')[0];
	return GET_BODY_PATHS.some((pattern) => pattern.test(clean));
}

/** {host} from the credential, without a trailing slash or a pasted /ccapi/v2 (the credential's authenticate uses the same rule). */
export function udeskHost(credentials: ICredentialDataDecryptedObject): string {
	return normaliseUdeskHost(credentials.host);
}

/** Meanings from the doc's error-code table, added to the vendor's own ErrDesc in errors. */
export const ERROR_MEANINGS: Record<string, string> = {
	'000001': 'Missing or invalid request parameters (AgentId, AppId, WorkId, IVR file name…)',
	'000003': 'udesk system internal error',
	'000004': 'The data to be deleted does not exist',
	'100002': 'AppId missing in the parameters, or the application is disabled',
	'100004': 'Duplicate AgentId or QueueId, request body missing or malformed, or the agent is still bound to a queue or IP phone',
	'100015': 'The extension number already exists',
	'100016': 'The extension is bound to an agent and cannot be deleted',
	'100017': 'AppId missing in the parameters',
	'100018': 'The agent, queue or IVR voice record named in the request could not be found',
};

const SUCCESS = '000000';

export interface UdeskRequestOptions {
	body?: IDataObject | IDataObject[];
	qs?: IDataObject;
	/** Use a different application than the credential's default. */
	appId?: string;
	/**
	 * A ready-made non-JSON body (the IVR voice-file upload sends multipart/form-data). Replaces `body` and the JSON
	 * Content-Type; signing, error mapping and the no-retry rule for writes stay the same.
	 */
	rawBody?: { contentType: string; data: Buffer };
}

/**
 * One signed call to {host}/ccapi/v2/{path}. Returns the whole JSON answer ({ErrCode, ErrDesc, Result} or, for the
 * call-control endpoints, {code, message, …}). Anything but success — HTTP error, ErrCode ≠ 000000, code ≠ 000000 —
 * becomes a NodeApiError with the vendor's ErrDesc and the doc's meaning of the code. Retries, 429 and the rule that a
 * write is never sent twice are the package's request policy (nodes/shared/requestPolicy.ts); GETs are the reads.
 * The credential is read once per execution and handed to n8n's helper, which still signs every request.
 */
export async function udeskApiRequest(
	this: UdeskContext,
	method: IHttpRequestMethods,
	path: string,
	options: UdeskRequestOptions = {},
): Promise<IDataObject> {
	const credentials = await credentialsOnce(this, UDESK_CREDENTIAL);
	const host = udeskHost(credentials.data ?? {});
	if (!/^https?:\/\/[^/]/i.test(host)) {
		throw new NodeOperationError(
			this.getNode(),
			'Host in the udesk credential must start with http:// or https://, e.g. https://xxx.udesk.cn',
		);
	}
	const cleanPath = path.replace(/^\/+/, '');
	const qs: IDataObject = { ...(options.qs ?? {}) };
	if (options.appId) qs.AppId = options.appId;
	const headers: IDataObject = { Accept: 'application/json', 'Content-Type': 'application/json;charset=utf-8' };

	let send: () => Promise<IN8nHttpFullResponse>;
	if (method === 'GET' && getSendsJsonBody(cleanPath)) {
		const body = options.body !== undefined && !Array.isArray(options.body) ? options.body : {};
		const uri = `${host}/ccapi/v2/${cleanPath}`;
		send = async () =>
			await getWithJsonBody(this, UDESK_CREDENTIAL, { uri, qs, headers, body, timeout: requestTimeoutMs() }, credentials);
	} else {
		let body = options.body;
		if (method === 'GET' && body !== undefined && !Array.isArray(body)) {
			// a GET whose doc has no body (e.g. the agent list's paging): its parameters are query parameters
			for (const [key, value] of Object.entries(body)) {
				if (value !== undefined && value !== null && value !== '') qs[key] = value;
			}
			body = undefined;
		}
		const request: IHttpRequestOptions = {
			method,
			// The credential's authenticate() puts its Host in front (baseURL).
			url: `/ccapi/v2/${cleanPath}`,
			qs,
			headers,
			json: true,
			ignoreHttpStatusErrors: true,
			returnFullResponse: true,
			timeout: requestTimeoutMs(),
		};
		if (body !== undefined) request.body = body;
		if (options.rawBody !== undefined) {
			request.body = options.rawBody.data;
			request.headers = { Accept: 'application/json', 'Content-Type': options.rawBody.contentType };
		}
		send = async () =>
			(await this.helpers.httpRequestWithAuthentication.call(this, UDESK_CREDENTIAL, { ...request }, {
				credentialsDecrypted: credentials,
			})) as IN8nHttpFullResponse;
	}

	let response: IN8nHttpFullResponse;
	try {
		response = await sendWithPolicy(send, { read: method === 'GET' });
	} catch (error) {
		throw noAnswerError(this.getNode(), 'udesk', error, { read: method === 'GET', hint: 'Check Host in the udesk credential.' });
	}
	return checkUdeskResponse.call(this, response);
}

/**
 * HTTP 401 is the doc's "user does not have permission (token, username, password error)": the signature made from
 * Sid and Auth Token was refused, or the request went to the wrong host. That comes first, whatever ErrCode the body
 * carries (a 401 with 000001 is not a missing AgentId); the code's table meaning follows as a second hint.
 */
function unauthorizedDescription(meaning: string | undefined): string {
	const first =
		'udesk refused the request signature (HTTP 401): check Sid, Auth Token and Host in the udesk credential (Sign = SHA1(Sid + Auth Token + Timestamp); Host without /ccapi/v2).';
	return meaning === undefined ? first : `${first} The error code's general meaning: ${meaning}.`;
}

function checkUdeskResponse(this: UdeskContext, response: IN8nHttpFullResponse): IDataObject {
	const { statusCode } = response;
	let body = response.body as IDataObject | string | undefined;
	if (typeof body === 'string') {
		try {
			body = JSON.parse(body) as IDataObject;
		} catch {
			// not JSON: handled below
		}
	}
	const data = (body && typeof body === 'object' ? body : {}) as IDataObject;
	const code = data.ErrCode ?? data.code;
	const description = data.ErrDesc ?? data.message ?? data.msg;
	const ok = statusCode >= 200 && statusCode < 300 && (code === undefined || String(code) === SUCCESS);
	if (ok && body && typeof body === 'object') return data;
	if (ok) {
		throw new NodeApiError(this.getNode(), { message: 'udesk answered without JSON' } as JsonObject, {
			message: 'udesk answered without JSON — check that Host in the udesk credential is the CTI Cloud API address',
			description: typeof body === 'string' ? body.slice(0, 300) : undefined,
			httpCode: String(statusCode),
		});
	}
	const codeText = code === undefined ? `HTTP ${statusCode}` : String(code);
	const meaning = code === undefined ? undefined : ERROR_MEANINGS[String(code)];
	const vendorText = typeof description === 'string' && description !== '' ? description : undefined;
	const message = `udesk error ${codeText}: ${vendorText ?? meaning ?? (typeof body === 'string' ? body.slice(0, 200) : 'request refused')}`;
	throw new NodeApiError(this.getNode(), { message, code: codeText } as JsonObject, {
		message,
		description: statusCode === 401 ? unauthorizedDescription(meaning) : meaning,
		httpCode: String(statusCode),
	});
}

export interface PageOptions {
	returnAll: boolean;
	limit: number;
	/** Largest page the API accepts; the doc caps PageSize at 100. */
	pageSize?: number;
	/**
	 * Field that identifies a row (AgentId, CallId…). When given, a row already seen is not returned twice, and a page
	 * that brings nothing new ends the walk — so a server that ignores PageNum cannot make the loop repeat forever.
	 */
	uniqueKey?: string;
	/** Applied to each new row as its page arrives (formatting), so the raw page is not kept next to the output. */
	map?: (row: IDataObject) => IDataObject;
	/** Rows are appended to this array (the caller's output) instead of a new one; Limit counts this call's rows. */
	into?: IDataObject[];
}

/**
 * Walks PageNum = 1, 2, … with PageSize (≤ 100) until the last page (TotalPage), the limit, or an empty page.
 * `listKey` names the array inside Result (AgentList, CallLogs, …). A server that answers every row at once (the
 * doc's GET agents example: PageSize 439, TotalPage 1) ends the walk after page 1.
 */
export async function udeskRequestAllPages(
	this: UdeskContext,
	method: IHttpRequestMethods,
	path: string,
	parameters: IDataObject,
	listKey: string,
	{ returnAll, limit, pageSize = 100, uniqueKey, map, into }: PageOptions,
): Promise<IDataObject[]> {
	// Each row goes straight into the output as its page arrives: no page is copied or kept (memory: the output only).
	const rows: IDataObject[] = into ?? [];
	let taken = 0;
	const seen = new Set<string>();
	const size = returnAll ? pageSize : Math.min(pageSize, Math.max(1, limit));
	for (let pageNum = 1; ; pageNum++) {
		const response = await udeskApiRequest.call(this, method, path, {
			body: { ...parameters, PageNum: pageNum, PageSize: size },
		});
		const result = (response.Result ?? {}) as IDataObject;
		const page = (Array.isArray(result[listKey]) ? result[listKey] : []) as IDataObject[];
		let added = 0;
		for (const row of page) {
			if (uniqueKey !== undefined) {
				const key = String(row?.[uniqueKey]);
				if (seen.has(key)) continue;
				seen.add(key);
			}
			rows.push(map === undefined ? row : map(row));
			added++;
			if (!returnAll && ++taken >= limit) return rows;
		}
		if (page.length === 0 || added === 0) return rows;
		// The doc's calls/logs, calls/recfiles and agents/statelogs answers show no TotalPage: without it, a page of
		// other than PageSize rows is the last one (shorter: the end; longer: the server ignored paging and sent all).
		// A full page may be followed by an empty one, which ends the walk.
		const hasTotalPage = result.TotalPage !== undefined && result.TotalPage !== null && result.TotalPage !== '';
		if (hasTotalPage ? pageNum >= Number(result.TotalPage) : page.length !== size) return rows;
	}
}
