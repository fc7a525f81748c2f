import nock from 'nock';

/** What the vendor received, as seen at the socket. */
export interface ReceivedRequest {
	method: string;
	/** Path without the query string. */
	path: string;
	/** Decoded query: repeated keys become arrays. */
	query: Record<string, string | string[]>;
	headers: Record<string, string>;
	/** Parsed JSON when the body is JSON, the raw text otherwise, undefined when nothing was sent. */
	body: unknown;
}

export interface Reply {
	status?: number;
	body?: unknown;
	headers?: Record<string, string>;
}

/**
 * A fake vendor at `baseUrl`: answers each request with the next reply of `route(request)` and records every request
 * exactly as it arrived. Any request it has no reply for fails the test.
 */
export function fakeVendor(
	baseUrl: string,
	route: (request: ReceivedRequest, index: number) => Reply | undefined,
): { received: ReceivedRequest[] } {
	const received: ReceivedRequest[] = [];
	const interceptor = nock(baseUrl).persist();
	for (const method of ['get', 'post', 'put', 'delete', 'patch'] as const) {
		interceptor[method](/.*/).query(true).reply(function (uri, requestBody) {
			const url = new URL(uri, baseUrl);
			const query: Record<string, string | string[]> = {};
			for (const key of new Set(url.searchParams.keys())) {
				const values = url.searchParams.getAll(key);
				query[key] = values.length > 1 ? values : values[0];
			}
			let body: unknown = requestBody === '' ? undefined : requestBody;
			if (typeof body === 'string') {
				try {
					body = JSON.parse(body);
				} catch {
					// keep the raw text
				}
			}
			const headers: Record<string, string> = {};
			for (const [key, value] of Object.entries(this.req.headers)) headers[key.toLowerCase()] = String(value);
			const request: ReceivedRequest = { method: method.toUpperCase(), path: url.pathname, query, headers, body };
			received.push(request);
			const reply = route(request, received.length - 1);
			if (reply === undefined) {
				return [599, { message: `the fake vendor has no answer for ${request.method} ${request.path}` }];
			}
			return [reply.status ?? 200, reply.body as nock.Body, reply.headers ?? { 'content-type': 'application/json' }];
		});
	}
	return { received };
}
