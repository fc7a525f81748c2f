import { createHash } from 'node:crypto';
import type {
	IAuthenticateRuleResponseCode,
	IAuthenticateRuleResponseSuccessBody,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

import { normaliseUdeskHost } from '../nodes/shared/udeskHost';

/**
 * udesk CTI Cloud (ccapi v2) signs every server-side call in the query string:
 *   Timestamp = UTC epoch milliseconds, AppId = the application, Sid = the account,
 *   Sign = lowercase hex SHA1(Sid + AuthToken + Timestamp).
 * The doc's text says milliseconds while several of its curl examples show seconds; milliseconds is what the
 * "Timestamp" definition and the "valid within 10 minutes, in milliseconds" rule say, so that is what is sent.
 * Change TIMESTAMP_UNIT to 'seconds' if a server proves otherwise.
 */
export const TIMESTAMP_UNIT: 'milliseconds' | 'seconds' = 'milliseconds';

/**
 * Endpoints whose doc names the application parameter differently — the one place these quirks live.
 *  - POST apps (create application): "the only API interface that does not require AppId".
 *  - POST agent/logout: the URL names it `app_id`.
 *  - POST/DELETE agent/hold and POST transfer/agent: the doc lists only Timestamp, Sign and Sid.
 * Matched against the path after /ccapi/v2/.
 */
export const APP_ID_QUIRKS: Array<{ method: string; path: string; appIdParameter: 'app_id' | null }> = [
	{ method: 'POST', path: 'apps', appIdParameter: null },
	{ method: 'POST', path: 'agent/logout', appIdParameter: 'app_id' },
	{ method: 'POST', path: 'agent/hold', appIdParameter: null },
	{ method: 'DELETE', path: 'agent/hold', appIdParameter: null },
	{ method: 'POST', path: 'transfer/agent', appIdParameter: null },
];

export function udeskTimestamp(now = Date.now()): number {
	return TIMESTAMP_UNIT === 'milliseconds' ? now : Math.floor(now / 1000);
}

export function udeskSign(sid: string, authToken: string, timestamp: number | string): string {
	return createHash('sha1').update(`${sid}${authToken}${timestamp}`).digest('hex');
}

/**
 * The API path of a request. n8n's httpRequest options name the target `url` (+ `baseURL`); the request path that
 * keeps a GET body (requestWithAuthenticationPaginated, see nodes/shared/getWithBody.ts) names it `uri`. Both are read.
 */
function apiPath(requestOptions: IHttpRequestOptions & { uri?: string }): string {
	const url = requestOptions.url !== undefined ? `${requestOptions.baseURL ?? ''}${requestOptions.url}` : String(requestOptions.uri ?? '');
	const match = /\/ccapi\/v2\/([^?#]*)/.exec(url);
	return (match ? match[1] : url).replace(/^\/+|\/+$/g, '');
}

export class UdeskApi implements ICredentialType {
	name = 'udeskApi';

	displayName = 'Udesk CTI Cloud API';

	icon: Icon = { light: 'file:../icons/udesk.svg', dark: 'file:../icons/udesk.dark.svg' };

	documentationUrl = 'https://www.udesk.cn/doc/thirdparty/callcenter/';

	properties: INodeProperties[] = [
		{
			displayName: 'Host',
			name: 'host',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://xxx.udesk.cn or http://10.0.0.5:8080',
			description:
				'Base URL of your udesk CTI Cloud API, with http:// or https:// and the port if there is one. A pasted /ccapi/v2 at the end is ignored. Hosts are per customer: ask your udesk manager.',
		},
		{
			displayName: 'Sid',
			name: 'sid',
			type: 'string',
			default: '',
			required: true,
			description: 'Your account ID, provided by udesk',
		},
		{
			displayName: 'Auth Token',
			name: 'authToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Authentication token provided by udesk, used to sign every request',
		},
		{
			displayName: 'App ID',
			name: 'appId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'a54a8b77-f12d-4ac9-742d-5b2bef5c4d11',
			description: 'The application (tenant) the nodes work on by default: the AppId returned when the application was created',
		},
		{
			displayName: 'App Secret',
			name: 'secret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'The application Secret from the create-application (or get-application) response. Only the udesk Trigger needs it, to verify that callbacks really come from udesk.',
		},
	];

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const sid = String(credentials.sid ?? '');
		const timestamp = udeskTimestamp();
		const method = String(requestOptions.method ?? 'GET').toUpperCase();
		const path = apiPath(requestOptions);
		const quirk = APP_ID_QUIRKS.find((entry) => entry.method === method && entry.path === path);

		const qs: IDataObject = { ...(requestOptions.qs ?? {}) };
		// An operation may name another application explicitly; otherwise the credential's default applies.
		if (quirk === undefined) {
			qs.AppId ??= credentials.appId;
		} else if (quirk.appIdParameter !== null) {
			qs[quirk.appIdParameter] ??= credentials.appId;
		}
		qs.Timestamp = timestamp;
		qs.Sid = sid;
		qs.Sign = udeskSign(sid, String(credentials.authToken ?? ''), timestamp);
		const signed: IHttpRequestOptions = { ...requestOptions, qs };
		// The nodes send paths (/ccapi/v2/…); the Host field says where they go.
		if (!signed.baseURL && typeof signed.url === 'string' && signed.url.startsWith('/')) {
			signed.baseURL = normaliseUdeskHost(credentials.host);
		}
		return signed;
	}

	// Reading the default application proves Host, Sid, Auth Token and App ID together; each refusal names its field.
	test: ICredentialTestRequest = {
		request: {
			// The same normalisation as normaliseUdeskHost(): no trailing slash, no pasted /ccapi/v2.
			baseURL: '={{$credentials.host.trim().replace(/\\/+$/, "").replace(/\\/ccapi\\/v2$/i, "")}}/ccapi/v2',
			url: '/apps',
			method: 'GET',
		},
		// A wrong Sid/Auth Token is refused with HTTP 401, a wrong Host with 404; a wrong App ID with HTTP 200 and one
		// of these codes. n8n's type wants one kind of rule per list, but its credential tester reads both kinds from one
		// list (responseCode rules on an HTTP error, responseSuccessBody rules on a success), so the list is cast.
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message: 'Sid or Auth Token is wrong: udesk refused the request signature (HTTP 401). Check both fields; the Auth Token is the one udesk gave you, not the App Secret.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message: 'Host: no udesk CTI Cloud API answers at this address (HTTP 404). Use the base URL udesk gave you, e.g. https://xxx.udesk.cn or http://10.0.0.5:8080.',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: { key: 'ErrCode', value: '100002', message: 'App ID: udesk has no enabled application with this App ID (100002)' },
			},
			{
				type: 'responseSuccessBody',
				properties: { key: 'ErrCode', value: '100017', message: 'App ID is empty (udesk 100017)' },
			},
			{
				type: 'responseSuccessBody',
				properties: { key: 'ErrCode', value: '000001', message: 'App ID: udesk refused it as a parameter error (000001); it must be the AppId UUID of your application' },
			},
		] satisfies Array<IAuthenticateRuleResponseCode | IAuthenticateRuleResponseSuccessBody> as unknown as IAuthenticateRuleResponseCode[],
	};
}
