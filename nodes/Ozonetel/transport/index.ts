import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	IDataObject,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { RequestContext } from '../../shared/credentials';
import { credentialDataOnce, credentialsOnce, replaceCachedCredentials } from '../../shared/credentials';
import { markPaceSaturated } from '../../shared/pacing';
import { isTransientNetworkError, noAnswerError, requestTimeoutMs, sendWithPolicy } from '../../shared/requestPolicy';
import type { RateLimitBucket } from './rateLimiter';
import { ozonetelPaceRule, rateWindowMs } from './rateLimiter';
import {
	accountKey,
	generationsInLastHour,
	ozonetelBaseUrl,
	RENEWAL_BUDGET_PER_HOUR,
	TOKEN_ALLOWANCE_PER_HOUR,
	tokenShareKey,
} from '../../shared/ozonetelTokenLedger';
import { OZONETEL_CREDENTIAL, renewRejectedToken } from './tokenRenewal';

export { OZONETEL_CREDENTIAL };

/** A rejected token is replaced by one someone else already got (see tokenRenewal.ts) at most this many times per
 * request, on top of the one generation a request may cause. */
export const MAX_TOKEN_ADOPTIONS = 3;

/** "max limit exceeded" is waited out (one whole rate window each time) this many times before it is shown. */
export const MAX_LIMIT_RETRIES = 3;

export const RATE_LIMIT_MESSAGE = 'max limit exceeded';

/**
 * How a rejected token looks. Ozonetel answers it with HTTP 200 and {"status": "false" | "error", "message": ...}:
 * its Generate Token page documents "Token Expired"; a token superseded by a newer one is reported in the same way
 * with another wording ("Invalid Token"). Any error message that names the token, or an HTTP 401, counts — the one
 * place this decision lives.
 */
export function isTokenRejection(statusCode: number, body: unknown): boolean {
	if (statusCode === 401) return true;
	const message = errorMessage(body);
	return message !== undefined && /\btoken\b/i.test(message);
}

/** Every error message the seed documents, with what the user can do about it. */
export const ERROR_HINTS: Record<string, string> = {
	'userName or apiKey is Invalid':
		'Check User Name and API Key in the Ozonetel credential (CloudAgent admin login; API Authentication must be TOKEN_AUTH)',
	'Invalid userName or apiKey':
		'Check User Name and API Key in the Ozonetel credential (CloudAgent admin login; API Authentication must be TOKEN_AUTH)',
	'UserName is null': 'Fill in User Name in the Ozonetel credential',
	'apiKey should not be empty': 'Fill in API Key in the Ozonetel credential',
	'userName should not be empty': 'Fill in User Name in the Ozonetel credential',
	'No Data Found': 'Ozonetel has no rows for these filters',
	'From and To Date should be in yyyy-mm-dd HH:mm:ss Format': 'From and To are sent as yyyy-MM-dd HH:mm:ss',
	'From Date Should not be Greater than To Date': 'From must not be after To',
	'Difference Between From and To Date should not be Greater than 30 Days':
		'The node splits longer ranges into 30-day windows; this should not happen',
	'Mode Type is Invalid': 'None of the Mode Types is known to this account',
	'agentId is Invalid': 'None of the agent IDs exists in this account',
	'campaignName is Invalid': 'No campaign with this name exists in this account',
	'Both agentId and campaignName cannot be passed at a time': 'Give either an agent ID or a campaign name',
	'Both agentId and campaignName cannot be empty': 'Give an agent ID or a campaign name',
	[RATE_LIMIT_MESSAGE]: `Ozonetel's per-account rate limit was still exceeded after ${MAX_LIMIT_RETRIES} waits: another workflow or tool is probably using the same account`,
};

function errorMessage(body: unknown): string | undefined {
	if (body === null || typeof body !== 'object') return undefined;
	const { status, message } = body as IDataObject;
	const failed = status === false || ['error', 'false', 'failure', 'fail'].includes(String(status).toLowerCase());
	if (!failed) return undefined;
	return typeof message === 'string' && message.trim() !== '' ? message.trim() : 'Ozonetel reported an error without a message';
}

function apiError(ctx: RequestContext, message: string, itemIndex: number, description?: string, httpCode?: number) {
	return new NodeApiError(ctx.getNode(), { message } as JsonObject, {
		message,
		description: description ?? ERROR_HINTS[message],
		itemIndex,
		...(httpCode !== undefined ? { httpCode: String(httpCode) } : {}),
	});
}

export interface OzonetelRequest {
	method: 'GET' | 'POST';
	path: string;
	bucket: RateLimitBucket;
	/** Fields besides userName, which comes from the credential. */
	fields: IDataObject;
	/** Error messages that mean "nothing found" and become an empty result. */
	emptyMessages?: string[];
}

export interface OzonetelResult {
	rows: IDataObject[];
	empty: boolean;
}

function rowsOf(message: unknown): IDataObject[] {
	if (Array.isArray(message)) return message.filter((row) => row !== null && typeof row === 'object') as IDataObject[];
	if (message !== null && typeof message === 'object') return [message as IDataObject];
	if (typeof message === 'string' && message.trim().startsWith('[') || typeof message === 'string' && message.trim().startsWith('{')) {
		try {
			return rowsOf(JSON.parse(message));
		} catch {
			// not JSON: fall through
		}
	}
	if (message === undefined || message === null || message === '') return [];
	return [{ message }];
}

/**
 * The credential to send the next request with: this execution's one read of the credential (n8n's
 * preAuthentication fills an empty token into that same object, so every later item reuses the new token), or, after
 * a rejected token, what renewRejectedToken (tokenRenewal.ts) chose — a token another process or credential of the
 * account already got, or the token emptied (n8n's signal to run preAuthentication and persist what it returns). That
 * then replaces the cached credential, so the rest of the execution uses it. Token renewal lives here and in
 * tokenRenewal.ts alone.
 */
async function credentialsForRequest(
	ctx: RequestContext,
	next: ICredentialDataDecryptedObject | undefined,
): Promise<{ credentials: ICredentialsDecrypted; afterSend: () => void }> {
	const current = await credentialsOnce(ctx, OZONETEL_CREDENTIAL);
	if (next === undefined) return { credentials: current, afterSend: () => undefined };
	const renewing: ICredentialsDecrypted = { ...current, data: { ...next } };
	return { credentials: renewing, afterSend: () => replaceCachedCredentials(ctx, renewing) };
}

/**
 * One Ozonetel call: paced per account (nodes/shared/pacing.ts), userName from the credential, GET fields in the
 * query and POST fields as JSON. Both documented endpoints are reports, so the request policy treats them as reads
 * (resent after a 5xx, a reset or a time-out). Ozonetel answers errors with HTTP 200, so the body decides:
 *  - a rejected token (see isTokenRejection) is replaced by renewRejectedToken (tokenRenewal.ts): a token another
 *    process or credential of the account already got, else one generated by n8n's own preAuthentication (saved in
 *    the credential) — at most one generation per call, within RENEWAL_BUDGET_PER_HOUR, and the call is repeated;
 *  - "max limit exceeded" waits one rate window and repeats, at most MAX_LIMIT_RETRIES times;
 *  - every other error becomes a NodeApiError with Ozonetel's own message.
 */
export async function ozonetelApiRequest(
	this: RequestContext,
	itemIndex: number,
	call: OzonetelRequest,
): Promise<OzonetelResult> {
	const credentials = await credentialDataOnce(this, OZONETEL_CREDENTIAL);
	const baseUrl = ozonetelBaseUrl(credentials);
	if (!/^https?:\/\/[^/]/i.test(baseUrl)) {
		throw new NodeOperationError(
			this.getNode(),
			'Base URL in the Ozonetel credential must start with http:// or https://',
			{ itemIndex },
		);
	}
	const userName = String(credentials.userName ?? '').trim();
	const key = accountKey(baseUrl, userName);
	const payload: IDataObject = { userName, ...call.fields };
	const pace = ozonetelPaceRule(key, call.bucket);

	const shareKey = tokenShareKey(key, credentials.apiKey);
	// What the next attempt is sent with after a rejection (undefined: the execution's cached credential).
	let next: ICredentialDataDecryptedObject | undefined;
	let generated = false;
	let adoptions = 0;
	for (let limitRetries = 0; ; ) {
		const request: IHttpRequestOptions = {
			method: call.method,
			url: `${baseUrl}${call.path}`,
			headers: { Accept: 'application/json' },
			json: true,
			ignoreHttpStatusErrors: true,
			returnFullResponse: true,
			timeout: requestTimeoutMs(),
		};
		if (call.method === 'GET') request.qs = { ...payload };
		else request.body = { ...payload };

		const { credentials: sendWith, afterSend } = await credentialsForRequest(this, next);
		next = undefined;
		let response: IN8nHttpFullResponse;
		try {
			response = await sendWithPolicy(
				async () =>
					(await this.helpers.httpRequestWithAuthentication.call(this, OZONETEL_CREDENTIAL, { ...request }, {
						credentialsDecrypted: sendWith,
					})) as IN8nHttpFullResponse,
				{ read: true, pace },
			);
		} catch (error) {
			// No answer even after the policy's retries: say so (reports are reads).
			if (isTransientNetworkError(error)) {
				throw noAnswerError(this.getNode(), 'Ozonetel', error, { read: true, itemIndex, hint: 'Check the API domain or Base URL in the credential.' });
			}
			// Token generation failures ("Invalid userName or apiKey", "UserName is null"): the message as it came,
			// nothing else from the request (it would carry the credential).
			const message = (error as Error).message || 'Ozonetel could not be reached';
			throw apiError(this, message, itemIndex);
		} finally {
			afterSend();
		}
		const { statusCode, body } = response;

		if (isTokenRejection(statusCode, body)) {
			const message = errorMessage(body) ?? `Ozonetel answered HTTP ${statusCode}`;
			// The token that was sent (n8n's preAuthentication writes a generated one into this same object).
			const sentToken = sendWith.data?.token;
			const rejected = typeof sentToken === 'string' ? sentToken : '';
			const renewal = adoptions < MAX_TOKEN_ADOPTIONS
				? await renewRejectedToken(this, itemIndex, rejected, shareKey)
				: undefined;
			if (renewal?.kind === 'adopt') {
				adoptions++;
				next = renewal.credentials;
				continue;
			}
			if (generated || renewal === undefined) {
				throw apiError(
					this,
					message,
					itemIndex,
					'Ozonetel rejected a token generated moments ago. Something else may be generating tokens for this account (each new token invalidates the previous one): in n8n, use one credential per Ozonetel account; or API Authentication is not TOKEN_AUTH.',
					statusCode,
				);
			}
			const made = generationsInLastHour(key);
			if (made >= RENEWAL_BUDGET_PER_HOUR) {
				throw apiError(
					this,
					message,
					itemIndex,
					`The token was rejected, but ${made} tokens were already generated for this account in the last hour (Ozonetel allows ${TOKEN_ALLOWANCE_PER_HOUR}); the node does not renew it again, so the allowance is not used up. Check whether another tool generates tokens for the same account.`,
					statusCode,
				);
			}
			generated = true;
			next = renewal.credentials;
			continue;
		}

		const message = errorMessage(body);
		// An HTTP 429 was already waited out by the request policy; "max limit exceeded" comes with HTTP 200.
		if (message === RATE_LIMIT_MESSAGE || statusCode === 429) {
			markPaceSaturated(pace);
			if (statusCode === 429) limitRetries = MAX_LIMIT_RETRIES;
			if (limitRetries < MAX_LIMIT_RETRIES) {
				limitRetries++;
				continue;
			}
			throw apiError(this, RATE_LIMIT_MESSAGE, itemIndex, `${ERROR_HINTS[RATE_LIMIT_MESSAGE]} (window ${rateWindowMs()} ms)`, statusCode);
		}
		if (message !== undefined) {
			if (call.emptyMessages?.includes(message)) return { rows: [], empty: true };
			throw apiError(this, message, itemIndex, undefined, statusCode);
		}
		if (statusCode < 200 || statusCode >= 300) {
			const text = body && typeof body === 'object' && typeof (body as IDataObject).message === 'string'
				? String((body as IDataObject).message)
				: `Ozonetel answered HTTP ${statusCode}`;
			throw apiError(this, text, itemIndex, undefined, statusCode);
		}
		const data = body !== null && typeof body === 'object' ? (body as IDataObject) : {};
		return { rows: rowsOf('message' in data ? data.message : data), empty: false };
	}
}
