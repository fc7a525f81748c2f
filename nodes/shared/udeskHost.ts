/**
 * The credential's Host field as the base URL requests go to: trimmed, without trailing slashes and without a pasted
 * `/ccapi/v2` (the API path every request adds itself; the doc's URLs show it, so users paste it). Shared by the
 * credential (authenticate; its test's baseURL expression applies the same two rules) and the transport.
 */
export function normaliseUdeskHost(host: unknown): string {
	return String(host ?? '')
		.trim()
		.replace(/\/+$/, '')
		.replace(/\/ccapi\/v2$/i, '');
}
