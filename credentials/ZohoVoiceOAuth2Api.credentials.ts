import type { Icon, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

import {
	accountsUrlExpression,
	CUSTOM_DATA_CENTRE,
	voiceBaseUrlExpression,
	ZOHO_DATA_CENTRES,
} from '../nodes/shared/zohoDataCentres';

/**
 * Zoho Voice through n8n's own OAuth2 (authorization code). The user picks the data centre; the hidden authUrl and
 * accessTokenUrl are expressions over that choice (n8n resolves hidden credential fields with `$self`), so the
 * accounts server and the Voice API host always match. `access_type=offline` + `prompt=consent` make Zoho issue a
 * refresh token on every connection, which n8n then uses to renew the one-hour access token on a 401.
 *
 * n8n signs with `Authorization: Bearer <token>`; Zoho's OAuth docs state every Zoho API accepts it as well as the
 * `Zoho-oauthtoken <token>` form the Voice doc shows.
 */
export class ZohoVoiceOAuth2Api implements ICredentialType {
	name = 'zohoVoiceOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Zoho Voice OAuth2 API';

	icon: Icon = { light: 'file:../icons/zohoVoice.svg', dark: 'file:../icons/zohoVoice.dark.svg' };

	documentationUrl = 'https://www.zoho.com/accounts/protocol/oauth/web-server-applications.html';

	properties: INodeProperties[] = [
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'hidden',
			default: 'authorizationCode',
		},
		{
			displayName: 'Data Centre',
			name: 'dataCenter',
			type: 'options',
			options: [
				...Object.entries(ZOHO_DATA_CENTRES).map(([value, dc]) => ({ name: dc.name, value })),
				{ name: 'Custom (Sandbox or Proxy)', value: CUSTOM_DATA_CENTRE },
			],
			default: 'us',
			description:
				'Where your Zoho account lives: the domain you sign in at (accounts.zoho.com, accounts.zoho.eu, ...). Register the API client in the API console of the same data centre.',
		},
		{
			displayName: 'Accounts Server URL',
			name: 'customAccountsUrl',
			type: 'string',
			default: '',
			placeholder: 'http://127.0.0.1:8790',
			required: true,
			description: 'Base URL of the OAuth server; /oauth/v2/auth and /oauth/v2/token are added to it',
			displayOptions: { show: { dataCenter: [CUSTOM_DATA_CENTRE] } },
		},
		{
			displayName: 'API Base URL',
			name: 'customApiBaseUrl',
			type: 'string',
			default: '',
			placeholder: 'http://127.0.0.1:8790',
			required: true,
			description: 'Base URL of the Voice API; /rest/json/zv/metrics/... is added to it',
			displayOptions: { show: { dataCenter: [CUSTOM_DATA_CENTRE] } },
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default: accountsUrlExpression('/oauth/v2/auth'),
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: accountsUrlExpression('/oauth/v2/token'),
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'hidden',
			// The four Agent Status Metrics endpoints need only this scope.
			default: 'ZohoVoice.agents.READ',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			// offline: a refresh token is issued; consent: it is issued again on every reconnection
			default: 'access_type=offline&prompt=consent',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			// Zoho's token endpoint takes client_id and client_secret as form fields
			default: 'body',
		},
	];

	// A one-minute window in the past: needs a valid token with ZohoVoice.agents.READ, reads almost nothing.
	test: ICredentialTestRequest = {
		request: {
			baseURL: voiceBaseUrlExpression(),
			url: '/rest/json/zv/metrics/statusaudit/calendarSummary',
			method: 'GET',
			headers: { Accept: 'application/json' },
			qs: { fromEpoch: 1704067200000, toEpoch: 1704067260000, tz: 'UTC', from: 0, size: 1 },
		},
	};
}
