import type { IDataObject, IExecuteFunctions, IHttpRequestOptions, IPollFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { voiceBaseUrl } from './dataCentres';

export const ZOHO_VOICE_CREDENTIAL = 'zohoVoiceOAuth2Api';

/** Size of each page when "Return All" is on (the doc gives no maximum for `size`). */
export const PAGE_SIZE = 100;

const DESCRIPTIONS: Record<string, string> = {
	'401':
		'The access token was refused even after n8n renewed it. Reconnect the credential, and check that its data centre is the one your Zoho account lives in.',
	'403': 'The connected Zoho user may not read agent status metrics (scope ZohoVoice.agents.READ, Voice admin/supervisor role).',
	'404': 'Check the data centre (or the custom API base URL) in the credential.',
	'429': 'Zoho is rate-limiting this account. Reduce the number of items or add a Wait node.',
};

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Zoho's own message from an error body: {"message": ...}, {"error": {"message": ...}}, {"error": "invalid_code"}. */
function zohoMessage(body: unknown): { message?: string; code?: string } {
	if (typeof body === 'string') return { message: text(body)?.slice(0, 500) };
	if (!body || typeof body !== 'object') return {};
	const data = body as IDataObject;
	const nested = data.error && typeof data.error === 'object' ? (data.error as IDataObject) : undefined;
	return {
		message: text(data.message) ?? text(nested?.message) ?? text(data.error) ?? text(data.error_description),
		code: text(data.code) ?? text(nested?.code) ?? (typeof data.code === 'number' ? String(data.code) : undefined),
	};
}

function zohoError(ctx: IExecuteFunctions | IPollFunctions, httpCode: string, body: unknown, itemIndex: number): NodeApiError {
	const { message: vendorMessage, code } = zohoMessage(body);
	const message = vendorMessage ?? `Zoho Voice answered HTTP ${httpCode}`;
	// Built from plain values only: the request (and its Authorization header) never reaches the error.
	return new NodeApiError(
		ctx.getNode(),
		{ message, code: code ?? '', httpCode } as JsonObject,
		{ message, httpCode, description: DESCRIPTIONS[httpCode] ?? (code ? `Zoho error code: ${code}` : undefined), itemIndex },
	);
}

/**
 * GET https://<voice host>/rest/json/zv/metrics/<endpoint> through n8n's OAuth2 path: n8n signs it with the current
 * access token, and on a 401 refreshes the token, saves it and repeats the call once. Any other non-2xx answer, or a
 * 2xx whose body says `"status": "error"`, becomes a NodeApiError carrying Zoho's own message.
 */
export async function zohoVoiceRequest(
	// IPollFunctions: Zoho Voice Trigger polls through this same function
	this: IExecuteFunctions | IPollFunctions,
	endpoint: string,
	qs: IDataObject,
	itemIndex: number,
): Promise<IDataObject> {
	const credentials = await this.getCredentials(ZOHO_VOICE_CREDENTIAL, itemIndex);
	const request: IHttpRequestOptions = {
		method: 'GET',
		url: `${voiceBaseUrl(credentials)}/rest/json/zv/metrics/${endpoint}`,
		qs,
		headers: { Accept: 'application/json' },
		json: true,
		// no ignoreHttpStatusErrors: n8n's OAuth2 helper only refreshes when the request throws with a 401
	};

	let body: unknown;
	try {
		body = await this.helpers.httpRequestWithAuthentication.call(this, ZOHO_VOICE_CREDENTIAL, request);
	} catch (error) {
		const apiError = error as NodeApiError & { context?: IDataObject };
		const httpCode = String(apiError.httpCode ?? '');
		if (httpCode !== '') throw zohoError(this, httpCode, apiError.context?.data ?? apiError.description, itemIndex);
		// no HTTP answer (network, refresh refused): n8n already made it a NodeApiError, kept as it is
		throw new NodeApiError(this.getNode(), error as JsonObject, { itemIndex });
	}

	if (body && typeof body === 'object') {
		const status = String((body as IDataObject).status ?? '').toLowerCase();
		if (status === 'error' || status === 'failure') {
			throw zohoError(this, String((body as IDataObject).code ?? '200'), body, itemIndex);
		}
		return body as IDataObject;
	}
	throw zohoError(this, '200', `Zoho Voice answered with something that is not JSON: ${String(body).slice(0, 200)}`, itemIndex);
}
