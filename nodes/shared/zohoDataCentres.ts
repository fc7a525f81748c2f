/**
 * Zoho data centres: where a Zoho account lives decides both the accounts server (OAuth) and the Voice API host.
 * This table is the ONE place these hosts are kept: the credential builds its hidden OAuth URL expressions from it and
 * the transport picks the API host from it.
 *
 * Confidence, per column:
 *  - `accounts`: Zoho's OAuth documentation lists every one of these accounts servers (multi-DC support).
 *  - `voice`: the Zoho Voice API documents only https://voice.zoho.com (US). The other hosts follow Zoho's own
 *    per-DC domain pattern (voice.zoho.<tld>, zohocloud.ca for Canada) but are NOT confirmed by the Voice docs;
 *    `voiceConfirmed: false` marks them. If one turns out to be wrong, fix it here, or use the "Custom" data centre
 *    in the credential meanwhile (it takes any accounts server and API base URL).
 */
export interface ZohoDataCentre {
	name: string;
	accounts: string;
	voice: string;
	voiceConfirmed: boolean;
}

export const ZOHO_DATA_CENTRES: Record<string, ZohoDataCentre> = {
	us: { name: 'United States (zoho.com)', accounts: 'https://accounts.zoho.com', voice: 'https://voice.zoho.com', voiceConfirmed: true },
	eu: { name: 'Europe (zoho.eu)', accounts: 'https://accounts.zoho.eu', voice: 'https://voice.zoho.eu', voiceConfirmed: false },
	in: { name: 'India (zoho.in)', accounts: 'https://accounts.zoho.in', voice: 'https://voice.zoho.in', voiceConfirmed: false },
	au: { name: 'Australia (zoho.com.au)', accounts: 'https://accounts.zoho.com.au', voice: 'https://voice.zoho.com.au', voiceConfirmed: false },
	jp: { name: 'Japan (zoho.jp)', accounts: 'https://accounts.zoho.jp', voice: 'https://voice.zoho.jp', voiceConfirmed: false },
	uk: { name: 'United Kingdom (zoho.uk)', accounts: 'https://accounts.zoho.uk', voice: 'https://voice.zoho.uk', voiceConfirmed: false },
	sa: { name: 'Saudi Arabia (zoho.sa)', accounts: 'https://accounts.zoho.sa', voice: 'https://voice.zoho.sa', voiceConfirmed: false },
	ca: { name: 'Canada (zohocloud.ca)', accounts: 'https://accounts.zohocloud.ca', voice: 'https://voice.zohocloud.ca', voiceConfirmed: false },
	cn: { name: 'China (zoho.com.cn)', accounts: 'https://accounts.zoho.com.cn', voice: 'https://voice.zoho.com.cn', voiceConfirmed: false },
};

export const CUSTOM_DATA_CENTRE = 'custom';

/** Strips trailing slashes from a user-given URL. */
export function trimUrl(url: unknown): string {
	return String(url ?? '')
		.trim()
		.replace(/\/+$/, '');
}

/**
 * An n8n credential expression that resolves to `<accounts server><path>` for the data centre the user picked
 * (`$self` is the credential's own data when n8n resolves hidden fields).
 */
export function accountsUrlExpression(path: string): string {
	const servers = JSON.stringify(
		Object.fromEntries(Object.entries(ZOHO_DATA_CENTRES).map(([key, dc]) => [key, dc.accounts])),
	);
	return `={{ ($self.dataCenter === "${CUSTOM_DATA_CENTRE}" ? String($self.customAccountsUrl || "").trim().replace(/\\/+$/, "") : ${servers}[$self.dataCenter]) + "${path}" }}`;
}

/** The Voice API base URL (no trailing slash) for stored credential data. */
export function voiceBaseUrl(credentials: { dataCenter?: unknown; customApiBaseUrl?: unknown }): string {
	const key = String(credentials.dataCenter ?? 'us');
	if (key === CUSTOM_DATA_CENTRE) return trimUrl(credentials.customApiBaseUrl);
	return (ZOHO_DATA_CENTRES[key] ?? ZOHO_DATA_CENTRES.us).voice;
}

/** The same choice as `voiceBaseUrl`, as an expression over `$credentials` (for the credential test request). */
export function voiceBaseUrlExpression(): string {
	const hosts = JSON.stringify(
		Object.fromEntries(Object.entries(ZOHO_DATA_CENTRES).map(([key, dc]) => [key, dc.voice])),
	);
	return `={{ $credentials.dataCenter === "${CUSTOM_DATA_CENTRE}" ? String($credentials.customApiBaseUrl || "").trim().replace(/\\/+$/, "") : ${hosts}[$credentials.dataCenter] }}`;
}
