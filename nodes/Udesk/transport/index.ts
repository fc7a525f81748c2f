import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IHookFunctions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

export const UDESK_CREDENTIAL = 'udeskApi';

type UdeskContext = IExecuteFunctions | ILoadOptionsFunctions | IHookFunctions;

/**
 * The doc sends the parameters of several GET endpoints (calls/logs, calls/recfiles, agents/statelogs, get agent…) in
 * a JSON body. n8n 2.41's httpRequest helpers drop every GET body before it leaves (see test/n8n-facts.test.ts), and
 * the older request helper that keeps one is banned by n8n's community-node rules (no-deprecated-workflow-functions,
 * enforced by the package scan). So GET parameters travel in the query string, next to the signature — the form a
 * real server reads for GET. This constant is the one place to change that decision.
 */
export const GET_PARAMETERS_IN = 'query' as const;

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
const READ_RETRIES = 3;

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
 * becomes a NodeApiError with the vendor's ErrDesc and the doc's meaning of the code. Only GET (a read) is retried,
 * on 5xx and network errors, a bounded number of times with backoff: creating, originating or starting something is
 * never sent twice by this node.
 */
export async function udeskApiRequest(
	this: UdeskContext,
	method: IHttpRequestMethods,
	path: string,
	options: UdeskRequestOptions = {},
): Promise<IDataObject> {
	const qs: IDataObject = { ...(options.qs ?? {}) };
	if (options.appId) qs.AppId = options.appId;
	let body = options.body;
	if (method === 'GET' && body !== undefined && GET_PARAMETERS_IN === 'query' && !Array.isArray(body)) {
		for (const [key, value] of Object.entries(body)) {
			if (value !== undefined && value !== null && value !== '') qs[key] = value;
		}
		body = undefined;
	}

	const request: IHttpRequestOptions = {
		method,
		// The credential's authenticate() puts its Host in front (baseURL), so the credential is read once per request.
		url: `/ccapi/v2/${path.replace(/^\/+/, '')}`,
		qs,
		headers: { Accept: 'application/json', 'Content-Type': 'application/json;charset=utf-8' },
		json: true,
		ignoreHttpStatusErrors: true,
		returnFullResponse: true,
	};
	if (body !== undefined) request.body = body;
	if (options.rawBody !== undefined) {
		request.body = options.rawBody.data;
		request.headers = { Accept: 'application/json', 'Content-Type': options.rawBody.contentType };
	}

	const retries = method === 'GET' ? READ_RETRIES : 0;
	for (let attempt = 0; ; attempt++) {
		let response: IN8nHttpFullResponse;
		try {
			response = (await this.helpers.httpRequestWithAuthentication.call(
				this,
				UDESK_CREDENTIAL,
				request,
			)) as IN8nHttpFullResponse;
		} catch (error) {
			if (attempt < retries) {
				await sleep(250 * 2 ** attempt);
				continue;
			}
			throw new NodeApiError(this.getNode(), error as JsonObject, {
				message: `Could not reach udesk (check Host in the credential): ${(error as Error).message}`,
			});
		}
		if (response.statusCode >= 500 && attempt < retries) {
			await sleep(250 * 2 ** attempt);
			continue;
		}
		return checkUdeskResponse.call(this, response);
	}
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
			message: 'udesk answered without JSON',
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
		description: meaning ?? (statusCode === 401 ? 'Check Sid, Auth Token and the host in the udesk credential.' : undefined),
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
	{ returnAll, limit, pageSize = 100, uniqueKey }: PageOptions,
): Promise<IDataObject[]> {
	const rows: IDataObject[] = [];
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
			rows.push(row);
			added++;
		}
		if (!returnAll && rows.length >= limit) return rows.slice(0, limit);
		if (page.length === 0 || added === 0) return rows;
		// The doc's calls/logs, calls/recfiles and agents/statelogs answers show no TotalPage: without it, a page of
		// other than PageSize rows is the last one (shorter: the end; longer: the server ignored paging and sent all).
		// A full page may be followed by an empty one, which ends the walk.
		const hasTotalPage = result.TotalPage !== undefined && result.TotalPage !== null && result.TotalPage !== '';
		if (hasTotalPage ? pageNum >= Number(result.TotalPage) : page.length !== size) return rows;
	}
}
