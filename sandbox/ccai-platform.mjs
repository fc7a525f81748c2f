// Offline stand-in for Google CCAI Platform's agent status API (seed 003), for the end-to-end suite, the sandbox and
// benchmarks. Checks HTTP Basic auth, keeps agents and teams in memory, reads IDs from the JSON body on POST and on GET
// ("Get agent statuses … The following table shows the properties in the JSON body"; query parameters are not read),
// refuses system statuses and offline agents per agent, answers unknown or system statuses with HTTP 400 and the
// platform's messages, and allows 10 requests per second per tenant (HTTP 429 with Retry-After beyond that).

const SYSTEM_STATUSES = ['In-call', 'Offline'];

export function createCcaiPlatformSandbox(options = {}) {
	const username = options.username ?? 'sandbox-user';
	const password = options.password ?? 'sandbox-token';
	const state = {
		statuses: options.statuses ?? ['Available', 'Unavailable', 'Lunch', 'Break', 'Meeting'],
		agents: options.agents ?? [
			{ agent_id: 11, name: 'Darth Vader', email: 'notanakinskywalker@empire.com', agent_number: 'Agent No.111', status: 'lunch', team_ids: [1], ip_addrs: ['34.211.11.101'] },
			{ agent_id: 12, name: 'Craig T', email: 'craigT@nelson.com', agent_number: 'Agent No.112', status: 'In-call', team_ids: [1], ip_addrs: ['34.211.11.102'] },
			{ agent_id: 13, name: 'Raymond D', email: 'rayd@nelson.com', agent_number: 'Agent No.113', status: 'Offline', team_ids: [2], ip_addrs: ['34.211.11.103'] },
			{ agent_id: 14, name: 'Ada L', email: 'ada@nelson.com', agent_number: 'Agent No.114', status: 'Available', team_ids: [2], ip_addrs: ['34.211.11.104'] },
		],
		requests: [],
	};

	function send(res, status, body) {
		res.writeHead(status, { 'content-type': 'application/json' });
		res.end(JSON.stringify(body));
	}

	// The doc's Get and Update both take agent_ids/team_ids "in the JSON body"; nothing is read from the query.
	function idsFrom(body, key) {
		const fromBody = Array.isArray(body?.[key]) ? body[key] : [];
		return fromBody.map(Number).filter((id) => Number.isInteger(id));
	}

	// "10 requests/s per tenant": a sliding one-second window; the request over the limit gets HTTP 429 + Retry-After.
	const RATE_LIMIT = options.rateLimit ?? 10;
	const sentAt = [];
	function overLimit(now = Date.now()) {
		while (sentAt.length && now - sentAt[0] >= 1000) sentAt.shift();
		if (sentAt.length >= RATE_LIMIT) return true;
		sentAt.push(now);
		return false;
	}

	function select(agentIds, teamIds) {
		if (agentIds.length === 0 && teamIds.length === 0) return state.agents;
		return state.agents.filter((agent) => agentIds.includes(agent.agent_id) || agent.team_ids.some((team) => teamIds.includes(team)));
	}

	const publicAgent = ({ team_ids, ...agent }) => agent;

	function handler(req, res) {
		let raw = '';
		req.on('data', (chunk) => (raw += chunk));
		req.on('end', () => {
			const url = new URL(req.url, 'http://sandbox');
			let body;
			try {
				body = raw ? JSON.parse(raw) : undefined;
			} catch {
				return send(res, 400, { message: 'Request body is not valid JSON' });
			}
			state.requests.push({ method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams), body });
			const expected = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
			if (req.headers.authorization !== expected) return send(res, 401, { message: 'Unauthorized' });
			if (url.pathname !== '/apps/api/v1/agent_statuses') return send(res, 404, { message: 'Not found' });
			if (overLimit()) {
				state.rateLimited = (state.rateLimited ?? 0) + 1;
				res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
				return res.end(JSON.stringify({ message: 'Rate limit exceeded: 10 requests per second' }));
			}

			const agents = select(idsFrom(body, 'agent_ids'), idsFrom(body, 'team_ids'));
			if (req.method === 'GET') return send(res, 200, agents.map(publicAgent));
			if (req.method !== 'POST') return send(res, 405, { message: 'Method not allowed' });

			const status = body?.status;
			if (SYSTEM_STATUSES.some((s) => s.toLowerCase() === String(status).toLowerCase())) {
				return send(res, 400, { message: `Agent can't be changed to system status '${status}'` });
			}
			const known = state.statuses.find((s) => s.toLowerCase() === String(status).toLowerCase());
			if (!known) return send(res, 400, { message: `status '${status}' does not exist` });
			const rows = agents.map((agent) => {
				const previous = agent.status;
				const row = { agent_id: agent.agent_id, name: agent.name, email: agent.email, agent_number: agent.agent_number, previous_status: previous, current_status: previous };
				if (previous === 'In-call') return { ...row, message: "Agent can't be changed from system status 'In-call'" };
				if (previous === 'Offline') return { ...row, message: "Agent's status can't be changed if they are offline or logged out" };
				agent.status = known;
				return { ...row, current_status: known };
			});
			return send(res, 200, rows);
		});
	}

	return { handler, state, credentials: { username, password } };
}
