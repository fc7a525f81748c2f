import type { ICredentialsDecrypted, IDataObject, IExecuteFunctions, IN8nHttpFullResponse } from 'n8n-workflow';

import type { RequestContext } from './credentials';

/**
 * GET with a JSON body — the one place that sends one (udesk calls/logs, calls/recfiles, agents/statelogs, get agent;
 * CCAI Platform Get agent statuses: their docs put the parameters in a JSON body on GET).
 *
 * n8n 2.41's httpRequest helpers drop every GET body; `requestWithAuthenticationPaginated` goes through n8n's request
 * path that keeps it and applies the credential's `authenticate` (test/n8n-facts.test.ts proves both, so an n8n
 * upgrade that changes either fails there first). With `{ continue: false, request: {}, requestInterval: 0 }` it sends
 * exactly one request and resolves `[fullResponse]` for every HTTP status (it sets `simple: false`); a network error
 * is thrown as n8n's NodeApiError.
 *
 * The body goes out as JSON text: n8n removes an empty object body from a GET, and udesk's calls/logs must receive `{}`
 * when there is nothing to filter ("If not passed, an empty {} request body should be submitted").
 */

/** n8n's request options for this helper, derived from its signature (the type's own name is deprecated). */
type PaginatedRequestOptions = Parameters<IExecuteFunctions['helpers']['requestWithAuthenticationPaginated']>[0];

export interface GetWithBodyRequest {
	/** Full URL (this helper path takes `uri`, and checks that it is one before the credential is applied). */
	uri: string;
	qs?: IDataObject;
	headers?: IDataObject;
	body: IDataObject;
	timeout?: number;
	qsArrayFormat?: 'repeat' | 'brackets' | 'indices';
}

const ONE_REQUEST = { continue: false, request: {}, requestInterval: 0 };

export async function getWithJsonBody(
	ctx: RequestContext,
	credentialType: string,
	request: GetWithBodyRequest,
	credentials?: ICredentialsDecrypted,
): Promise<IN8nHttpFullResponse> {
	const options: PaginatedRequestOptions = {
		method: 'GET',
		uri: request.uri,
		qs: { ...(request.qs ?? {}) },
		headers: { 'Content-Type': 'application/json;charset=utf-8', ...(request.headers ?? {}) },
		body: JSON.stringify(request.body),
		json: true,
		simple: false,
		resolveWithFullResponse: true,
	};
	if (request.timeout !== undefined) options.timeout = request.timeout;
	if (request.qsArrayFormat !== undefined) options.qsStringifyOptions = { arrayFormat: request.qsArrayFormat };
	const responses = (await ctx.helpers.requestWithAuthenticationPaginated.call(
		ctx,
		options,
		0,
		ONE_REQUEST,
		credentialType,
		credentials ? { credentialsDecrypted: credentials } : undefined,
	)) as IN8nHttpFullResponse[];
	const response = responses[0];
	let body = response.body;
	// the legacy path parses JSON only for JSON content types; a vendor that labels JSON otherwise still gets parsed
	if (typeof body === 'string' && /^\s*[[{]/.test(body)) {
		try {
			body = JSON.parse(body) as IDataObject;
		} catch {
			// not JSON: the transport shows it as text
		}
	}
	return { statusCode: response.statusCode, headers: response.headers ?? {}, body };
}
