import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	IPollFunctions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

export const CCAI_CREDENTIAL = 'ccaiPlatformApi';

/** https://{subdomain}.{domain}, or the custom base URL, without a trailing slash. */
export function ccaiBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	if (credentials.domain === 'custom') {
		return String(credentials.baseUrl ?? '').replace(/\/+$/, '');
	}
	return `https://${String(credentials.subdomain ?? '').trim()}.${String(credentials.domain)}`;
}

/** CCAI Platform allows 10 requests/s per tenant; a 429 means nothing was done, so it is safe to wait and resend. */
const MAX_RATE_LIMIT_RETRIES = 3;

function vendorMessage(body: unknown): string | undefined {
	if (body && typeof body === 'object' && typeof (body as IDataObject).message === 'string') {
		return (body as IDataObject).message as string;
	}
	if (typeof body === 'string' && body.trim() !== '') return body.trim().slice(0, 500);
	return undefined;
}

/**
 * One call to /apps/api/v1. Every status other than 2xx becomes a NodeApiError carrying the platform's own message
 * ({"message": "status 'Napping' does not exist"}), never the credentials.
 */
export async function ccaiApiRequest(
	// IPollFunctions: CCAI Platform Trigger polls through this same function
	this: IExecuteFunctions | IPollFunctions,
	method: IHttpRequestMethods,
	endpoint: string,
	options: { body?: IDataObject; qs?: IDataObject } = {},
): Promise<unknown> {
	const credentials = await this.getCredentials(CCAI_CREDENTIAL);
	const request: IHttpRequestOptions = {
		method,
		url: `${ccaiBaseUrl(credentials)}/apps/api/v1${endpoint}`,
		json: true,
		headers: { Accept: 'application/json' },
		// Rails-style lists (agent_ids[]=11&agent_ids[]=12) — see get.operation.ts for why GET uses the query string.
		arrayFormat: 'brackets',
		ignoreHttpStatusErrors: true,
		returnFullResponse: true,
	};
	if (options.body !== undefined) request.body = options.body;
	if (options.qs !== undefined) request.qs = options.qs;

	for (let attempt = 0; ; attempt++) {
		const response = (await this.helpers.httpRequestWithAuthentication.call(
			this,
			CCAI_CREDENTIAL,
			request,
		)) as IN8nHttpFullResponse;
		const { statusCode, body } = response;
		if (statusCode === 429 && attempt < MAX_RATE_LIMIT_RETRIES) {
			const retryAfter = Number(response.headers?.['retry-after']);
			await sleep(Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : 1000 * (attempt + 1));
			continue;
		}
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
}
