import type { IDataObject, IHttpRequestOptions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { RequestContext } from '../../shared/credentials';
import { credentialDataOnce } from '../../shared/credentials';
import { requestTimeoutMs, sendWithPolicy } from '../../shared/requestPolicy';

import { voiceBaseUrl } from '../../shared/zohoDataCentres';

export const ZOHO_VOICE_CREDENTIAL = 'zohoVoiceOAuth2Api';

/** Size of each page when "Return All" is on (the doc gives no maximum for `size`). */
export const PAGE_SIZE = 100;

const DESCRIPTIONS: Record<string, string> = {
	// Only reached when n8n did renew the token (failedRenewal handles a refresh that failed).
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

function zohoError(ctx: RequestContext, httpCode: string, body: unknown, itemIndex: number): NodeApiError {
	const { message: vendorMessage, code } = zohoMessage(body);
	const message = vendorMessage ?? `Zoho Voice answered HTTP ${httpCode}`;
	// Built from plain values only: the request (and its Authorization header) never reaches the error.
	return new NodeApiError(
		ctx.getNode(),
		{ message, code: code ?? '', httpCode } as JsonObject,
		{ message, httpCode, description: DESCRIPTIONS[httpCode] ?? (code ? `Zoho error code: ${code}` : undefined), itemIndex },
	);
}

/** Why Zoho's accounts server refused a refresh, in the user's terms (OAuth error codes from RFC 6749 and Zoho). */
const RENEWAL_HINTS: Record<string, string> = {
	invalid_client:
		'Zoho does not know this Client ID / Client Secret at {host}. Check both in the credential, and that its Data Centre is the one the client was registered in (api-console.zoho.com for United States, .eu for Europe, .in for India, …): a client of another data centre is invalid_client there.',
	invalid_code: 'The refresh token is not valid at {host}: reconnect the credential (Connect my account).',
	unauthorized_client: 'This client may not use the refresh-token grant at {host}: check the client type in the Zoho API console (Server-based Applications).',
};

function accountsHost(credentials: IDataObject): string {
	try {
		return new URL(String(credentials.accessTokenUrl ?? '')).host || 'the accounts server';
	} catch {
		return 'the accounts server';
	}
}

/**
 * n8n's OAuth2 path (n8n-core request-helpers/oauth.js) answers a 401 by refreshing the token and repeating the call.
 * When the refresh itself fails, what reaches the node depends on how Zoho's accounts server answered, and none of it
 * is "refused even after n8n renewed it":
 *  - an OAuth error with HTTP 4xx: client-oauth2's AuthError, wrapped with httpCode "EAUTH", its body
 *    (`{"error": "invalid_client"}`) on `cause`;
 *  - an OAuth error with HTTP 200 (what Zoho's token endpoint does): n8n takes the answer for a token, merges it into
 *    the stored token data (so `oauthTokenData.error` is set) and repeats the call with the old access token: 401;
 *  - a non-JSON answer (wrong data centre or URL): a ResponseError from the token endpoint on `cause`, httpCode its
 *    status, and no API body in `context.data`.
 * This tells those apart (re-reading the credential to see whether the access token changed) and names the real
 * cause; a 401 after a real renewal (the token changed) is left to the caller.
 */
async function failedRenewal(
	ctx: RequestContext,
	error: NodeApiError & { context?: IDataObject },
	before: IDataObject,
	itemIndex: number,
): Promise<NodeApiError | undefined> {
	const httpCode = String(error.httpCode ?? '');
	const cause = (error as { cause?: unknown }).cause as { body?: unknown } | undefined;
	const causeBody = cause !== null && typeof cause === 'object' ? cause.body : undefined;
	let oauthCode =
		causeBody !== null && typeof causeBody === 'object' ? text((causeBody as IDataObject).error) : undefined;
	let tokenEndpointText = causeBody !== undefined && oauthCode === undefined ? text(error.description ?? undefined) : undefined;

	if (httpCode !== 'EAUTH') {
		if (httpCode !== '401') return undefined;
		let after: IDataObject = before;
		try {
			after = await ctx.getCredentials(ZOHO_VOICE_CREDENTIAL, itemIndex);
		} catch {
			// keep `before`: nothing to compare, treated as not renewed
		}
		const tokenOf = (data: IDataObject) => (data.oauthTokenData as IDataObject | undefined)?.access_token;
		if (tokenOf(after) !== undefined && tokenOf(after) !== tokenOf(before)) return undefined; // renewed, still refused
		oauthCode ??= text((after.oauthTokenData as IDataObject | undefined)?.error);
		if (oauthCode === undefined && tokenEndpointText === undefined) {
			// no trace of the token endpoint: n8n got a token back unchanged; say that rather than guess
			tokenEndpointText = 'the accounts server answered without a new access token';
		}
	}

	const host = accountsHost(before);
	const message = `Zoho did not renew the access token: ${oauthCode ?? tokenEndpointText ?? 'the refresh failed'}`;
	const description =
		(oauthCode !== undefined ? RENEWAL_HINTS[oauthCode]?.replace('{host}', host) : undefined) ??
		`n8n asked ${host} for a new access token and got none. Check the credential's Data Centre (or its custom accounts URL), Client ID and Client Secret, then reconnect it.`;
	return new NodeApiError(ctx.getNode(), { message, code: oauthCode ?? '', httpCode } as JsonObject, {
		message,
		description,
		httpCode: httpCode === 'EAUTH' ? undefined : httpCode,
		itemIndex,
	});
}

/**
 * GET https://<voice host>/rest/json/zv/metrics/<endpoint> through n8n's OAuth2 path: n8n signs it with the current
 * access token, and on a 401 refreshes the token, saves it and repeats the call once. Any other non-2xx answer, or a
 * 2xx whose body says `"status": "error"`, becomes a NodeApiError carrying Zoho's own message.
 */
export async function zohoVoiceRequest(
	this: RequestContext,
	endpoint: string,
	qs: IDataObject,
	itemIndex: number,
): Promise<IDataObject> {
	// Only the data centre is read here (once per execution); the token is read, refreshed and saved inside n8n's
	// OAuth2 path on every request, so a renewal is never hidden behind a cached copy.
	const credentials = await credentialDataOnce(this, ZOHO_VOICE_CREDENTIAL);
	const request: IHttpRequestOptions = {
		method: 'GET',
		url: `${voiceBaseUrl(credentials)}/rest/json/zv/metrics/${endpoint}`,
		qs,
		headers: { Accept: 'application/json' },
		json: true,
		timeout: requestTimeoutMs(),
		// no ignoreHttpStatusErrors: n8n's OAuth2 helper only refreshes when the request throws with a 401
	};

	let body: unknown;
	try {
		// Every endpoint here is a read: the request policy resends it after a 5xx, a reset or a time-out and waits
		// out a 429; it judges the thrown error by the HTTP status n8n's OAuth2 path attached to it.
		({ body } = await sendWithPolicy(
			async () => ({
				statusCode: 200,
				body: (await this.helpers.httpRequestWithAuthentication.call(this, ZOHO_VOICE_CREDENTIAL, { ...request })) as unknown,
			}),
			{ read: true },
		));
	} catch (error) {
		const apiError = error as NodeApiError & { context?: IDataObject };
		const httpCode = String(apiError.httpCode ?? '');
		const renewal = await failedRenewal(this, apiError, credentials, itemIndex);
		if (renewal !== undefined) throw renewal;
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
