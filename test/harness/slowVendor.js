// A vendor stand-in on 127.0.0.1 that answers each request after a delay the test picks, and records how many
// requests it held open at once — for the parallel-reads tests (test/parallelReads.test.ts). Test tooling in
// JavaScript like system.js (see there): n8n's node rules, which `n8n-node lint` applies to every .ts file, forbid
// node:http and timers, rightly so for nodes.
'use strict';
const http = require('node:http');

/**
 * `route({ url, index })` → `{ delayMs, status?, body }`. Resolves with the vendor's base URL and its record:
 * `seen` (per request: index, path with query, openOnArrival, arrivedAt, answeredAt), `maxOpen()`, `stop()`.
 */
async function startSlowVendor(route) {
	const seen = [];
	let open = 0;
	let maxOpen = 0;
	const server = http.createServer((request, response) => {
		request.resume();
		const index = seen.length;
		open++;
		maxOpen = Math.max(maxOpen, open);
		const entry = { index, path: request.url ?? '', openOnArrival: open, arrivedAt: Date.now(), answeredAt: undefined };
		seen.push(entry);
		const answer = route({ url: entry.path, index });
		setTimeout(() => {
			open--;
			entry.answeredAt = Date.now();
			response.writeHead(answer.status ?? 200, { 'content-type': 'application/json' });
			response.end(JSON.stringify(answer.body));
		}, answer.delayMs);
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		baseUrl: `http://127.0.0.1:${server.address().port}`,
		seen,
		maxOpen: () => maxOpen,
		stop: async () => {
			server.closeAllConnections();
			await new Promise((resolve) => server.close(() => resolve()));
		},
	};
}

module.exports = { startSlowVendor };
