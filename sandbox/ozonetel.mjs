// Offline Ozonetel CloudAgent simulator (Node built-ins only). Time-scaled: every vendor duration (token lifetime
// 60 min, 10 tokens/hour, 5 and 50 requests/min) is divided by options.timeScale.
import { randomBytes } from 'node:crypto';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const FORMAT = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const MODES = ['inbound', 'manual', 'progressive', 'preview', 'predictive'];

export function createOzonetelSandbox(options = {}) {
	const timeScale = options.timeScale ?? 1;
	const now = options.now ?? (() => Date.now());
	const state = {
		accounts: options.accounts ?? [{ userName: 'acme', apiKey: 'key-123' }],
		agents: options.agents ?? [
			{ AgentIncrID: '101', AgentUniqueID: 'agent1', AgentName: 'Asha' },
			{ AgentIncrID: '102', AgentUniqueID: 'agent2', AgentName: 'Ravi' },
		],
		campaigns: options.campaigns ?? [{ CampaignID: '7', CampaignName: 'Renewals' }],
		tokens: new Map(), // userName -> { token, issuedAt }
		generations: new Map(), // userName -> [times]
		requests: new Map(), // userName|endpoint -> [times]
		log: [],
	};

	const send = (res, body, status = 200) => {
		res.writeHead(status, { 'content-type': 'application/json' });
		res.end(JSON.stringify(body));
	};
	const error = (res, message) => send(res, { status: 'error', message });
	const recent = (map, key, windowMs) => {
		const kept = (map.get(key) ?? []).filter((t) => now() - t < windowMs);
		map.set(key, kept);
		return kept;
	};

	function generateToken(req, body, res) {
		const userName = body.userName;
		if (!userName) return send(res, { status: 'false', message: 'UserName is null', data: null });
		const account = state.accounts.find((a) => a.userName === userName && a.apiKey === req.headers.apikey);
		if (!account) return send(res, { status: 'false', message: 'Invalid userName or apiKey', data: null });
		const made = recent(state.generations, userName, HOUR / timeScale);
		if (made.length >= 10) return send(res, { status: 'false', message: 'Token generation limit exceeded', data: null });
		made.push(now());
		const token = `tok_${randomBytes(12).toString('hex')}`;
		state.tokens.set(userName, { token, issuedAt: now() }); // a new token invalidates the previous one
		return send(res, { token, message: '' });
	}

	// Returns the account, or answers the token error itself.
	function authorize(req, fields, res) {
		if (!fields.userName) return error(res, 'userName should not be empty');
		const match = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
		const current = state.tokens.get(fields.userName);
		if (!match || !current || current.token !== match[1]) {
			send(res, { status: 'false', message: 'Invalid Token', data: null });
			return undefined;
		}
		if (now() - current.issuedAt >= HOUR / timeScale) {
			send(res, { status: 'false', message: 'Token Expired', data: null });
			return undefined;
		}
		return fields.userName;
	}

	function limited(userName, endpoint, perMinute) {
		const sent = recent(state.requests, `${userName}|${endpoint}`, MINUTE / timeScale);
		if (sent.length >= perMinute) return true;
		sent.push(now());
		return false;
	}

	function summary(fields, res) {
		const [from, to] = [FORMAT.exec(fields.fromDate ?? ''), FORMAT.exec(fields.toDate ?? '')];
		if (!from || !to) return error(res, 'From and To Date should be in yyyy-mm-dd HH:mm:ss Format');
		const toMs = (m) => Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
		if (toMs(from) > toMs(to)) return error(res, 'From Date Should not be Greater than To Date');
		if (toMs(to) - toMs(from) > 30 * 24 * HOUR) {
			return error(res, 'Difference Between From and To Date should not be Greater than 30 Days');
		}
		let modes = ['inbound'];
		if (fields.modeType) {
			modes = String(fields.modeType).split(',').map((m) => m.trim().toLowerCase()).filter((m) => MODES.includes(m));
			if (modes.length === 0) return error(res, 'Mode Type is Invalid');
		}
		let agents = state.agents;
		if (fields.agentId) {
			const ids = String(fields.agentId).split(',').map((id) => id.trim());
			agents = agents.filter((a) => ids.includes(a.AgentUniqueID));
			if (agents.length === 0) return error(res, 'agentId is Invalid');
		}
		const rows = [];
		const day = new Date(Date.UTC(+from[1], +from[2] - 1, +from[3]));
		const last = Date.UTC(+to[1], +to[2] - 1, +to[3]);
		for (; day.getTime() <= last; day.setUTCDate(day.getUTCDate() + 1)) {
			if (day.getUTCDay() === 0) continue; // nobody works on Sundays: gives "No Data Found" ranges
			for (const agent of agents) {
				for (const mode of modes) {
					rows.push({
						...agent,
						CallDate: day.toISOString().slice(0, 10),
						ModeType: mode[0].toUpperCase() + mode.slice(1),
						TotalBusyTime: '00:10:00',
						TotalDialTime: '00:00:30',
						TotalIdleTime: '01:00:05',
						TotalLoginDuration: '08:00:00',
						TotalPauseTime: '00:45:00',
						TotalWrapupTime: '00:05:00',
					});
				}
			}
		}
		if (rows.length === 0) return error(res, 'No Data Found');
		return send(res, { status: 'success', message: rows });
	}

	function aht(fields, res) {
		const agentId = fields.agentId ?? '';
		const campaignName = fields.campaignName ?? '';
		if (agentId && campaignName) return error(res, 'Both agentId and campaignName cannot be passed at a time');
		if (!agentId && !campaignName) return error(res, 'Both agentId and campaignName cannot be empty');
		if (agentId) {
			const agent = state.agents.find((a) => a.AgentUniqueID === agentId);
			if (!agent) return error(res, 'agentId is Invalid');
			return send(res, { status: 'success', message: { AgentID: agentId, AgentName: agent.AgentName, AHT: '00:02:37' } });
		}
		const campaign = state.campaigns.find((c) => c.CampaignName === campaignName);
		if (!campaign) return error(res, 'campaignName is Invalid');
		return send(res, { status: 'success', message: { ...campaign, AHT: '00:00:27' } });
	}

	function handler(req, res) {
		let raw = '';
		req.on('data', (chunk) => (raw += chunk));
		req.on('end', () => {
			const url = new URL(req.url ?? '/', 'http://sandbox');
			let fields = Object.fromEntries(url.searchParams);
			if (raw) {
				try {
					fields = { ...fields, ...JSON.parse(raw) };
				} catch {
					return send(res, { status: 'error', message: 'Invalid JSON body' }, 400);
				}
			}
			state.log.push({ method: req.method, path: url.pathname, fields });
			if (req.method === 'POST' && /^\/ca_apis\/catoken\/generatetoken$/i.test(url.pathname)) {
				return generateToken(req, fields, res);
			}
			const route = {
				'/ca_reports/summaryReport': { run: summary, perMinute: 5, methods: ['GET', 'POST'] },
				'/ca_apis/aht': { run: aht, perMinute: 50, methods: ['POST'] },
			}[url.pathname];
			if (!route || !route.methods.includes(req.method)) return send(res, { status: 'error', message: 'Not Found' }, 404);
			const userName = authorize(req, fields, res);
			if (userName === undefined) return undefined;
			if (limited(userName, url.pathname, route.perMinute)) return error(res, 'max limit exceeded');
			return route.run(fields, res);
		});
	}

	return { handler, state };
}
