import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { RequestContext } from '../../shared/credentials';
import { credentialsOnce } from '../../shared/credentials';
import { getWithJsonBody } from '../../shared/getWithBody';
import type { PaceRule } from '../../shared/pacing';
import { noAnswerError, REQUEST_TIMEOUT_MS, sendWithPolicy } from '../../shared/requestPolicy';

export const CCAI_CREDENTIAL = 'ccaiPlatformApi';

/** https://{subdomain}.{domain}, or the custom base URL, without a trailing slash. */
export function ccaiBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	if (credentials.domain === 'custom') {
		return String(credentials.baseUrl ?? '').replace(/\/+$/, '');
	}
	return `https://${String(credentials.subdomain ?? '').trim()}.${String(credentials.domain)}`;
}

/**
 * "10 requests/s per tenant" (CCAI Platform's API limits): every request to one tenant is paced under it by the
 * package's one pacing mechanism, before a 429 happens; a 429 that still comes (another client on the tenant) is
 * waited out by the request policy (Retry-After), which never resends a write after a 5xx or a lost answer.
 */
export const CCAI_RATE_LIMIT = { limit: 10, windowMs: 1_000 };

export function ccaiPaceRule(baseUrl: string): PaceRule {
	return { key: `ccai|${baseUrl}`, ...CCAI_RATE_LIMIT };
}

function vendorMessage(body: unknown): string | undefined {
	if (body && typeof body === 'object' && typeof (body as IDataObject).message === 'string') {
		return (body as IDataObject).message as string;
	}
	if (typeof body === 'string' && body.trim() !== '') return body.trim().slice(0, 500);
	return undefined;
}

/**
 * One call to /apps/api/v1. Every status other than 2xx becomes a NodeApiError carrying the platform's own message
 * ({"message": "status 'Napping' does not exist"}), never the credentials. A GET with `body` sends it as the GET's
 * JSON body (the doc's Get agent statuses), through nodes/shared/getWithBody.ts. Reads are GETs (request policy).
 */
export async function ccaiApiRequest(
	this: RequestContext,
	method: IHttpRequestMethods,
	endpoint: string,
	options: { body?: IDataObject; qs?: IDataObject } = {},
): Promise<unknown> {
	const credentials = await credentialsOnce(this, CCAI_CREDENTIAL);
	const baseUrl = ccaiBaseUrl(credentials.data ?? {});
	const url = `${baseUrl}/apps/api/v1${endpoint}`;
	const headers: IDataObject = { Accept: 'application/json' };

	let send: () => Promise<IN8nHttpFullResponse>;
	if (method === 'GET' && options.body !== undefined) {
		const body = options.body;
		send = async () =>
			await getWithJsonBody(
				this,
				CCAI_CREDENTIAL,
				{ uri: url, qs: options.qs, headers, body, timeout: REQUEST_TIMEOUT_MS, qsArrayFormat: 'brackets' },
				credentials,
			);
	} else {
		const request: IHttpRequestOptions = {
			method,
			url,
			json: true,
			headers,
			arrayFormat: 'brackets',
			ignoreHttpStatusErrors: true,
			returnFullResponse: true,
			timeout: REQUEST_TIMEOUT_MS,
		};
		if (options.body !== undefined) request.body = options.body;
		if (options.qs !== undefined) request.qs = options.qs;
		send = async () =>
			(await this.helpers.httpRequestWithAuthentication.call(this, CCAI_CREDENTIAL, { ...request }, {
				credentialsDecrypted: credentials,
			})) as IN8nHttpFullResponse;
	}

	let response: IN8nHttpFullResponse;
	try {
		response = await sendWithPolicy(send, { read: method === 'GET', pace: ccaiPaceRule(baseUrl) });
	} catch (error) {
		throw noAnswerError(this.getNode(), 'CCAI Platform', error, {
			read: method === 'GET',
			hint: 'Check the subdomain and domain in the credential.',
		});
	}
	const { statusCode, body } = response;
	if (statusCode >= 200 && statusCode < 300) return body;

	const message = vendorMessage(body) ?? `CCAI Platform answered HTTP ${statusCode}`;
	const descriptions: Record<number, string> = {
		401: 'Check the API user and API token in the credential (Settings > Developer Settings > API Credentials).',
		403: 'The API user is not allowed to do this. Check its role in CCAI Platform.',
		404: 'Check the subdomain and domain in the credential.',
		429: 'CCAI Platform allows 10 requests per second per tenant. Reduce the batch size or add a Wait node.',
	};
	throw new NodeApiError(
		this.getNode(),
		{ message, httpCode: String(statusCode) } as JsonObject,
		{ message, httpCode: String(statusCode), description: descriptions[statusCode] },
	);
}
