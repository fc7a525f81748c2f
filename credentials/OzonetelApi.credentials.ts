import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	Icon,
	IAuthenticateGeneric,
	INodeProperties,
} from 'n8n-workflow';

import {
	accountKey,
	generationsInLastHour,
	nextGenerationAllowedAt,
	ozonetelBaseUrl,
	recordGeneration,
	rememberToken,
	sharedToken,
	TOKEN_ALLOWANCE_PER_HOUR,
	tokenShareKey,
} from '../nodes/shared/ozonetelTokenLedger';

/**
 * Ozonetel CloudAgent token authentication (the account's admin setting "API Authentication" must be TOKEN_AUTH):
 * POST /ca_apis/CAToken/generateToken with the header `apiKey` and the body {"userName"} answers {"token", "message"};
 * the token lives 60 minutes, at most 10 can be generated per hour, and each new one invalidates the previous one.
 * n8n keeps the token in the hidden expirable field below, fills it through preAuthentication when it is empty, and
 * the node empties it to force a renewal when Ozonetel rejects it and the stored credential holds no newer token
 * (see nodes/Ozonetel/transport/tokenRenewal.ts).
 */
export class OzonetelApi implements ICredentialType {
	name = 'ozonetelApi';

	displayName = 'Ozonetel CloudAgent API';

	icon: Icon = { light: 'file:../icons/ozonetel.svg', dark: 'file:../icons/ozonetel.dark.svg' };

	documentationUrl = 'https://docs.ozonetel.com/reference/post_ca-apis-catoken-generatetoken';

	properties: INodeProperties[] = [
		{
			displayName: 'API Domain',
			name: 'domain',
			type: 'options',
			options: [
				{ name: 'Domestic (in1-ccaas-api.ozonetel.com)', value: 'in1-ccaas-api.ozonetel.com' },
				{ name: 'International (api.ccaas.ozonetel.com)', value: 'api.ccaas.ozonetel.com' },
				{ name: 'Partner or Custom Base URL', value: 'custom' },
			],
			default: 'in1-ccaas-api.ozonetel.com',
			description: 'Domestic or international CloudAgent (CCaaS), or the URL your partner gave you',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'https://api.partner.example.com',
			required: true,
			description: 'Full URL with http:// or https:// (and a port if any), without /ca_apis or /ca_reports',
			displayOptions: { show: { domain: ['custom'] } },
		},
		{
			displayName: 'User Name',
			name: 'userName',
			type: 'string',
			default: '',
			required: true,
			description: 'CloudAgent account user name (the account, not an agent)',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'API key of the account: CloudAgent admin login, where API Authentication must be set to TOKEN_AUTH',
		},
		{
			displayName: 'Token',
			name: 'token',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const baseUrl = ozonetelBaseUrl(credentials);
		const userName = String(credentials.userName ?? '').trim();
		const key = accountKey(baseUrl, userName);
		// Another credential of the same account (same API key) in this n8n process already holds a token: use it.
		// Generating one more would invalidate that one, and the two credentials would keep killing each other's token.
		const shareKey = tokenShareKey(key, credentials.apiKey);
		const shared = sharedToken(shareKey);
		if (shared !== undefined) return { token: shared };
		if (generationsInLastHour(key) >= TOKEN_ALLOWANCE_PER_HOUR) {
			throw new Error(
				`Ozonetel allows ${TOKEN_ALLOWANCE_PER_HOUR} tokens per hour and this n8n already generated ${TOKEN_ALLOWANCE_PER_HOUR} for "${userName}" in the last hour; the next one can be generated after ${new Date(nextGenerationAllowedAt(key)).toISOString()}`,
			);
		}
		const response = (await this.helpers.httpRequest({
			method: 'POST',
			url: `${baseUrl}/ca_apis/CAToken/generateToken`,
			headers: { apiKey: String(credentials.apiKey ?? ''), 'Content-Type': 'application/json' },
			body: { userName },
			json: true,
			ignoreHttpStatusErrors: true,
		})) as IDataObject | string | undefined;
		const body = typeof response === 'object' && response !== null ? response : {};
		if (typeof body.token !== 'string' || body.token === '') {
			// "Invalid userName or apiKey", "UserName is null": Ozonetel's own words reach the user unchanged.
			const message =
				typeof body.message === 'string' && body.message !== ''
					? body.message
					: 'Ozonetel did not return a token (check the API domain and that API Authentication is TOKEN_AUTH)';
			throw new Error(message);
		}
		recordGeneration(key);
		rememberToken(shareKey, body.token);
		return { token: body.token };
	}

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { Authorization: '=Bearer {{$credentials.token}}' },
		},
	};

	// preAuthentication has already proven user name + API key by generating a token; this call proves the token is
	// accepted. AHT with neither agentId nor campaignName changes nothing and, with a good token, only answers
	// "Both agentId and campaignName cannot be empty".
	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{$credentials.domain === "custom" ? $credentials.baseUrl.replace(/\\/+$/, "") : "https://" + $credentials.domain}}',
			url: '/ca_apis/aht',
			method: 'POST',
			body: { userName: '={{$credentials.userName}}' },
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: { key: 'message', value: 'Token Expired', message: 'Token Expired' },
			},
			{
				type: 'responseSuccessBody',
				properties: { key: 'message', value: 'Invalid Token', message: 'Invalid Token' },
			},
			{
				type: 'responseSuccessBody',
				properties: { key: 'message', value: 'userName or apiKey is Invalid', message: 'userName or apiKey is Invalid' },
			},
		],
	};
}
