import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

/**
 * Google CCAI Platform (formerly UJET) uses HTTP Basic auth: the API user (older tenants: company key) and the API
 * token (older tenants: secret) from Settings > Developer Settings > API Credentials. The tenant lives at
 * https://{subdomain}.{domain}; "Custom Base URL" covers other regions, proxies and local stand-ins.
 */
export class CcaiPlatformApi implements ICredentialType {
	name = 'ccaiPlatformApi';

	displayName = 'Google CCAI Platform API';

	icon: Icon = {
		light: 'file:../icons/ccaiPlatform.svg',
		dark: 'file:../icons/ccaiPlatform.dark.svg',
	};

	documentationUrl =
		'https://cloud.google.com/contact-center/ccai-platform/docs/api-reference';

	properties: INodeProperties[] = [
		{
			displayName: 'Domain',
			name: 'domain',
			type: 'options',
			options: [
				{ name: 'uc1.ccaiplatform.com (Google Cloud)', value: 'uc1.ccaiplatform.com' },
				{ name: 'ujet.co (Legacy UJET)', value: 'ujet.co' },
				{ name: 'Custom Base URL', value: 'custom' },
			],
			default: 'uc1.ccaiplatform.com',
			description: 'The host your tenant lives on: the part of your portal URL after your subdomain',
		},
		{
			displayName: 'Subdomain',
			name: 'subdomain',
			type: 'string',
			default: '',
			placeholder: 'acme',
			required: true,
			description: 'Your tenant subdomain: "acme" for https://acme.uc1.ccaiplatform.com',
			displayOptions: { hide: { domain: ['custom'] } },
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'https://acme.uc1.ccaiplatform.com',
			required: true,
			description: 'Full URL of your tenant, without /apps/api/v1',
			displayOptions: { show: { domain: ['custom'] } },
		},
		{
			displayName: 'API User',
			name: 'username',
			type: 'string',
			default: '',
			required: true,
			description:
				'Settings > Developer Settings > API Credentials: the API user name (older tenants: the company key)',
		},
		{
			displayName: 'API Token',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Settings > Developer Settings > API Credentials: the API token (older tenants: the company secret)',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			auth: {
				username: '={{$credentials.username}}',
				password: '={{$credentials.password}}',
			},
		},
	};

	// Listing agent statuses needs a valid API user and token, and changes nothing.
	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{$credentials.domain === "custom" ? $credentials.baseUrl.replace(/\\/+$/, "") : "https://" + $credentials.subdomain + "." + $credentials.domain}}',
			url: '/apps/api/v1/agent_statuses',
			method: 'GET',
		},
		// Each refusal names the field to fix.
		rules: [
			{
				type: 'responseCode',
				properties: { value: 401, message: 'API User or API Token is wrong: CCAI Platform refused them (HTTP 401)' },
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message: 'API User: this user may not read agent statuses (HTTP 403). Use an API credential of a role with access to agent statuses.',
				},
			},
			{
				type: 'responseCode',
				properties: { value: 404, message: 'Subdomain, Domain or Custom Base URL: no CCAI Platform API answers at this address (HTTP 404)' },
			},
		],
	};
}
