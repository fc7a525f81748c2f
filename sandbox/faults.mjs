// Fault injection for every vendor simulator: wraps a vendor's request handler and, per request, either passes it on
// or injects one fault — an HTTP 5xx, a connection reset, an HTTP 429 with Retry-After, or a slow answer. Seeded, so a
// test that sends the same requests in the same order sees the same faults. Plain ESM, Node built-ins only; never
// shipped in dist/.
//
//   import { createFaultInjector } from './sandbox/faults.mjs';
//   const faults = createFaultInjector({ seed: 7, rates: { serverError: 0.1, reset: 0.05 } });
//   http.createServer(faults.wrap('udesk', handler));
//   faults.stats()      → { udesk: { requests, passed, faults: { serverError, reset, rateLimit, slow }, routes: {...} } }
//   faults.configure({ rates, seed, plan })   plan: [{ vendor, method, path /* regex source */, fault }] — the next
//                                             request that matches gets that fault (before any random one)
//   faults.controlHandler  an HTTP handler: GET /stats, POST /configure (JSON body as configure), POST /reset
//
// A faulted request never reaches the vendor handler (nothing is done); a reset closes the socket without an answer,
// so the client cannot tell whether the request was applied — exactly the case a write must not be resent after.

const FAULTS = ['serverError', 'reset', 'rateLimit', 'slow'];

/** mulberry32: small, fast, seedable. */
function prng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function hash(text) {
	let h = 2166136261;
	for (const char of text) h = Math.imul(h ^ char.charCodeAt(0), 16777619);
	return h >>> 0;
}

/** A 5xx body in each vendor's own error shape (udesk's doc: 000003 "System internal error"). */
const SERVER_ERROR_BODIES = {
	udesk: { ErrCode: '000003', ErrDesc: 'System internal error', Result: null },
	ozonetel: { status: 'error', message: 'Internal Server Error' },
	zoho: { status: 'error', code: 'INTERNAL_ERROR', message: 'Internal Server Error' },
	ccai: { message: 'Internal Server Error' },
};

export function createFaultInjector(options = {}) {
	let config = {
		seed: options.seed ?? 1,
		rates: { serverError: 0, reset: 0, rateLimit: 0, slow: 0, ...(options.rates ?? {}) },
		slowMs: options.slowMs ?? 300,
		retryAfterSeconds: options.retryAfterSeconds ?? 1,
		serverErrorStatus: options.serverErrorStatus ?? 500,
		/** Which requests may get random faults: (vendor, method, path) → boolean. */
		match: options.match ?? (() => true),
	};
	let plan = [];
	const random = new Map();
	let counters = {};

	const rngFor = (vendor) => {
		if (!random.has(vendor)) random.set(vendor, prng(config.seed ^ hash(vendor)));
		return random.get(vendor);
	};
	const statsFor = (vendor) => {
		counters[vendor] ??= { requests: 0, passed: 0, faults: Object.fromEntries(FAULTS.map((f) => [f, 0])), routes: {} };
		return counters[vendor];
	};

	function pick(vendor, method, path) {
		const planned = plan.findIndex(
			(entry) => (entry.vendor ?? vendor) === vendor && (entry.method ?? method) === method && new RegExp(entry.path ?? '').test(path),
		);
		if (planned >= 0) return plan.splice(planned, 1)[0].fault;
		const roll = rngFor(vendor)();
		if (!config.match(vendor, method, path)) return undefined;
		let edge = 0;
		for (const fault of FAULTS) {
			edge += config.rates[fault] ?? 0;
			if (roll < edge) return fault;
		}
		return undefined;
	}

	function wrap(vendor, handler) {
		return (req, res) => {
			const method = String(req.method).toUpperCase();
			const path = new URL(req.url, 'http://sandbox').pathname;
			const stats = statsFor(vendor);
			const route = (stats.routes[`${method} ${path}`] ??= { requests: 0, faults: 0 });
			stats.requests++;
			route.requests++;
			const fault = pick(vendor, method, path);
			if (fault === undefined) {
				stats.passed++;
				return handler(req, res);
			}
			stats.faults[fault]++;
			route.faults++;
			if (fault === 'slow') {
				setTimeout(() => handler(req, res), config.slowMs);
				return undefined;
			}
			req.resume();
			if (fault === 'reset') {
				req.socket.destroy();
				return undefined;
			}
			if (fault === 'rateLimit') {
				res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(config.retryAfterSeconds) });
				return res.end(JSON.stringify({ message: 'Too many requests (injected)' }));
			}
			res.writeHead(config.serverErrorStatus, { 'content-type': 'application/json' });
			return res.end(JSON.stringify(SERVER_ERROR_BODIES[vendor] ?? { message: 'Internal Server Error' }));
		};
	}

	function configure(next = {}) {
		if (next.seed !== undefined && next.seed !== config.seed) random.clear();
		config = {
			...config,
			...Object.fromEntries(Object.entries(next).filter(([key]) => !['rates', 'plan'].includes(key))),
			rates: next.rates ? { serverError: 0, reset: 0, rateLimit: 0, slow: 0, ...next.rates } : config.rates,
		};
		if (next.seed !== undefined) random.clear();
		if (next.plan) plan = [...next.plan];
	}

	function reset() {
		counters = {};
		random.clear();
	}

	async function controlHandler(req, res) {
		const chunks = [];
		for await (const chunk of req) chunks.push(chunk);
		const text = Buffer.concat(chunks).toString('utf8');
		const path = new URL(req.url, 'http://control').pathname;
		if (req.method === 'POST' && path === '/configure') configure(text ? JSON.parse(text) : {});
		else if (req.method === 'POST' && path === '/reset') reset();
		else if (!(req.method === 'GET' && path === '/stats')) {
			res.writeHead(404);
			return res.end();
		}
		res.writeHead(200, { 'content-type': 'application/json' });
		return res.end(JSON.stringify({ stats: counters, pending: plan.length }));
	}

	return { wrap, configure, reset, stats: () => counters, controlHandler };
}
