// Offline stand-in for Zoho Voice's Agent Status Metrics API (seed 002) and the Zoho accounts server it needs, for the
// end-to-end suite, newcomers and benchmarks. One listener serves both:
//   GET  /oauth/v2/auth   → 302 to redirect_uri with ?code=…&state=…&location=…&accounts-server=… (consent is implied)
//   POST /oauth/v2/token  → grant_type=authorization_code | refresh_token (client_id/client_secret in the form, or Basic)
//   GET  /rest/json/zv/metrics/statusaudit/{list, list/log, overview, calendarSummary}
// Access tokens live `accessTokenSeconds` (default 3600, Zoho's lifetime) divided by `timeScale`; API calls with an
// expired, unknown or missing token get 401. Either `Zoho-oauthtoken <t>` (the Voice doc) or `Bearer <t>` (Zoho's
// OAuth doc, what n8n sends) is accepted. Zoho allows 10 refreshes per refresh token in 10 minutes (also time-scaled).
// Token-endpoint errors are answered with HTTP 400 and Zoho's `error` codes (invalid_client, invalid_code, Access Denied).
// Status data is generated from a fixed daily pattern per agent, shaped like the doc's examples (durations in ms,
// "--" for empty figures, sum "0"). `recordStatus(agentId, status)` records a status change at run time (what an agent
// clicking a status in Zoho Voice does); from an agent's first recorded change on, its log holds only recorded changes.

import { createHash, randomUUID } from 'node:crypto';

const SCOPE = 'ZohoVoice.agents.READ';
const STATUSES = ['Available', 'On Call', 'Busy', 'On Break', 'Offline'];
const DAY = 86_400_000;

// Each agent's working day in UTC minutes since midnight: [start, status]; Offline from the last entry to midnight.
const PATTERN = [
	[0, 'Offline'],
	[9 * 60, 'Available'],
	[10 * 60 + 30, 'On Call'],
	[10 * 60 + 45, 'Available'],
	[12 * 60, 'On Break'],
	[12 * 60 + 45, 'Available'],
	[15 * 60, 'Busy'],
	[15 * 60 + 20, 'Available'],
	[17 * 60, 'Offline'],
];

export function createZohoVoiceSandbox(options = {}) {
	const timeScale = options.timeScale ?? 1;
	const now = options.now ?? (() => Date.now());
	const clientId = options.clientId ?? '1000.SANDBOXCLIENT';
	const clientSecret = options.clientSecret ?? 'sandbox-client-secret';
	const accessTokenSeconds = options.accessTokenSeconds ?? 3600;
	const location = options.location ?? 'us';
	const state = {
		agents: options.agents ?? [
			{ id: '600000000039003', name: 'Jack', email: 'jacques@zylker.com' },
			{ id: '3029000000002015', name: 'Jan', email: 'janice@zylker.com' },
			{ id: '3029000003904005', name: 'aravindan.e5', email: 'aravindan.e5@zylker.com' },
		],
		queues: options.queues ?? [{ id: '3029000004016033', name: 'All in One', strategy: 'ring-all', agentIds: ['3029000000002015', '3029000003904005'] }],
		// incoming queue call logs: uuid → { queueId, entry, exit, answeredBy }
		callLogs: options.callLogs ?? { '33549725-33d3-40e2-b4b8-e8fac35023d8': { queueId: '3029000004016033', entry: 1729251587000, exit: 1729251647000, answeredBy: null } },
		codes: new Map(), // code → { scope, redirectUri, offline }
		accessTokens: new Map(), // token → { expiresAt, scope }
		refreshTokens: new Map(), // token → { scope, refreshes: [times] }
		requests: [],
		// agentId → status changes recorded at run time with recordStatus(), oldest first: { at, status, … }
		recordedStatuses: new Map(),
	};

	const send = (res, status, body, headers = {}) => {
		res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', ...headers });
		res.end(JSON.stringify(body));
	};
	const apiError = (res, status, code, message) => send(res, status, { code, message, status: 'error' });

	function issueAccessToken(scope) {
		const token = `1000.${randomUUID().replace(/-/g, '')}`;
		state.accessTokens.set(token, { scope, expiresAt: now() + (accessTokenSeconds * 1000) / timeScale });
		return token;
	}

	function tokenResponse(scope, refreshToken) {
		return {
			access_token: issueAccessToken(scope),
			...(refreshToken ? { refresh_token: refreshToken } : {}),
			scope,
			api_domain: 'https://www.zohoapis.com',
			token_type: 'Bearer',
			expires_in: accessTokenSeconds,
		};
	}

	/** For tests and newcomers: a connected credential's token data without the browser round trip. */
	function connect(scope = SCOPE) {
		const refreshToken = `1000.${randomUUID().replace(/-/g, '')}`;
		state.refreshTokens.set(refreshToken, { scope, refreshes: [] });
		return tokenResponse(scope, refreshToken);
	}

	function token(req, res, form) {
		let id = form.get('client_id');
		let secret = form.get('client_secret');
		const basic = /^Basic (.+)$/i.exec(req.headers.authorization ?? '');
		if (basic) [id, secret] = Buffer.from(basic[1], 'base64').toString().split(':');
		if (id !== clientId || secret !== clientSecret) return send(res, 400, { error: 'invalid_client' });
		const grant = form.get('grant_type');
		if (grant === 'authorization_code') {
			const code = state.codes.get(form.get('code'));
			state.codes.delete(form.get('code'));
			if (!code || code.expiresAt < now() || code.redirectUri !== form.get('redirect_uri')) return send(res, 400, { error: 'invalid_code' });
			let refreshToken;
			if (code.offline) {
				refreshToken = `1000.${randomUUID().replace(/-/g, '')}`;
				state.refreshTokens.set(refreshToken, { scope: code.scope, refreshes: [] });
			}
			return send(res, 200, tokenResponse(code.scope, refreshToken));
		}
		if (grant === 'refresh_token') {
			const entry = state.refreshTokens.get(form.get('refresh_token'));
			if (!entry) return send(res, 400, { error: 'invalid_code' });
			const windowStart = now() - 600_000 / timeScale;
			entry.refreshes = entry.refreshes.filter((at) => at > windowStart);
			if (entry.refreshes.length >= 10) {
				return send(res, 400, { error: 'Access Denied', error_description: 'You have made too many requests continuously. Please try again after some time.' });
			}
			entry.refreshes.push(now());
			return send(res, 200, tokenResponse(entry.scope));
		}
		return send(res, 400, { error: 'unsupported_grant_type' });
	}

	function authorize(res, url) {
		const q = url.searchParams;
		if (q.get('client_id') !== clientId) return send(res, 400, { error: 'invalid_client' });
		const redirect = q.get('redirect_uri');
		if (!redirect || q.get('response_type') !== 'code') return send(res, 400, { error: 'invalid_request' });
		const code = `1000.${randomUUID().replace(/-/g, '')}`;
		// Zoho issues a refresh token for access_type=offline (again on every consent when prompt=consent)
		state.codes.set(code, { scope: q.get('scope') ?? '', redirectUri: redirect, offline: q.get('access_type') === 'offline', expiresAt: now() + 120_000 / timeScale });
		const target = new URL(redirect);
		target.searchParams.set('code', code);
		if (q.get('state') !== null) target.searchParams.set('state', q.get('state'));
		target.searchParams.set('location', location);
		target.searchParams.set('accounts-server', `http://${url.host}`);
		res.writeHead(302, { location: target.toString() });
		res.end();
	}

	// ---- status data ------------------------------------------------------------------------------------------------

	/** Status periods of one agent overlapping [from, to): { status, next, start, end }. */
	function periods(agentId, from, to) {
		const shift = (Number(agentId.slice(-2)) % 4) * 15 * 60_000; // agents start at different times
		const out = [];
		for (let day = Math.floor(from / DAY) * DAY - DAY; day < to; day += DAY) {
			for (let i = 0; i < PATTERN.length; i++) {
				const start = day + PATTERN[i][0] * 60_000 + (i === 0 ? 0 : shift);
				const end = i + 1 < PATTERN.length ? day + PATTERN[i + 1][0] * 60_000 + shift : day + DAY;
				const next = PATTERN[(i + 1) % PATTERN.length][1];
				out.push({ status: PATTERN[i][1], next, start, end });
			}
		}
		return withRecorded(agentId, out);
	}

	// ---- status changes recorded at run time (for triggers and tests) -------------------------------------------
	// From an agent's first recorded change on, only recorded changes apply: the generated day is cut there and the
	// agent stays in each recorded status until the next one (the last one has not ended: `end` is Infinity).

	/** Records that `agentId` changed to `status` at `at` (default: now), as the agent or Zoho Voice would. */
	function recordStatus(agentId, status, { at = now(), triggeredBy = 'User', medium = 'Web', reason = '', reasonDescription = '' } = {}) {
		const agent = state.agents.find((candidate) => candidate.id === String(agentId));
		if (!agent) throw new Error(`no sandbox agent ${agentId}`);
		if (!STATUSES.includes(status)) throw new Error(`not a Zoho Voice status: ${status} (${STATUSES.join(', ')})`);
		const list = state.recordedStatuses.get(agent.id) ?? [];
		if (list.length && list[list.length - 1].at >= at) throw new Error('record status changes in time order');
		list.push({ at, status, triggeredBy, medium, reason, reasonDescription });
		state.recordedStatuses.set(agent.id, list);
	}

	function withRecorded(agentId, generated) {
		const recorded = state.recordedStatuses.get(agentId);
		if (!recorded?.length) return generated;
		const cut = recorded[0].at;
		const first = recorded[0];
		const out = generated
			.filter((p) => p.start < cut)
			.map((p) => (p.end > cut ? { ...p, end: cut, next: first.status, by: first.triggeredBy, medium: first.medium, reason: first.reason, reasonDescription: first.reasonDescription } : p));
		recorded.forEach((entry, i) => {
			const following = recorded[i + 1];
			out.push({
				status: entry.status,
				next: following?.status,
				start: entry.at,
				end: following ? following.at : Infinity,
				// who made the change that ends this period
				...(following ? { by: following.triggeredBy, medium: following.medium, reason: following.reason, reasonDescription: following.reasonDescription } : {}),
			});
		});
		return out;
	}

	/**
	 * statusaudit/list as the doc's example shows it: each hit is one status change, at `current_action_time`, from
	 * `previous_status` (held since `previous_action_time`, for `duration` ms — not cut at fromEpoch: the example's
	 * first hit started the day before its window) to `current_status`; `previousResult` is the last change before the
	 * window (its current_action_time is the first hit's previous_action_time); hits are grouped by the day of
	 * current_action_time (the example's day 0 starts after the first hit's previous_action_time). A change is listed
	 * once it happened (current_action_time ≤ now). The doc does not say whether fromEpoch/toEpoch are inclusive; this
	 * sandbox includes both ends, so a change exactly at a shared edge is listed by both windows.
	 */
	function statusChanges(agent, q) {
		const excludedDays = [...(q.excludeDays ?? '')];
		const excludedStatuses = (q.excludeStatus ?? '').split(',').map((s) => s.trim()).filter(Boolean);
		return periods(agent.id, q.fromEpoch - DAY, q.toEpoch)
			.filter((p) => Number.isFinite(p.end) && p.end <= now())
			.map((p) => ({
				agent_id: agent.id,
				previous_action_time: p.start,
				agentEmail: agent.email,
				current_action_time: p.end,
				agentName: agent.name,
				triggered_by: p.by ?? (p.status === 'Offline' || p.next === 'Offline' ? 'Zoho Voice' : 'User'),
				triggered_by_username: agent.name,
				duration: p.end - p.start,
				triggered_by_medium: p.medium ?? 'Web',
				triggered_by_zuid: '67560001',
				current_status: p.next,
				logid: createHash('sha1').update(`${agent.id}:${p.end}`).digest('base64url').slice(0, 20),
				zsoid: '67560292',
				triggered_reason: p.reason ?? (p.next === 'Offline' ? 'Agent Schedule' : ''),
				...(p.reasonDescription ? { triggered_reason_desc: p.reasonDescription } : {}),
				previous_status: p.status,
			}))
			.filter((h) => !excludedDays.includes(WEEKDAY[tzParts(h.current_action_time, q.tz).weekday]) && !excludedStatuses.includes(h.previous_status));
	}

	const tzParts = (epoch, tz) =>
		Object.fromEntries(
			new Intl.DateTimeFormat('en-US', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
				.formatToParts(epoch)
				.map((part) => [part.type, part.value]),
		);
	const dateKey = (epoch, tz) => {
		const p = tzParts(epoch, tz);
		return `${p.year}-${p.month}-${p.day}`;
	};
	const WEEKDAY = { Mon: '1', Tue: '2', Wed: '3', Thu: '4', Fri: '5', Sat: '6', Sun: '7' };
	function midnight(epoch, tz) {
		const p = tzParts(epoch, tz);
		const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
		const offset = asUtc - Math.floor(epoch / 1000) * 1000;
		return Date.UTC(+p.year, +p.month - 1, +p.day) - offset;
	}

	/** Periods clipped to the window, without excluded weekdays / statuses, as the doc's "hits". */
	function hits(agent, q) {
		const excludedDays = [...(q.excludeDays ?? '')];
		const excludedStatuses = (q.excludeStatus ?? '').split(',').map((s) => s.trim()).filter(Boolean);
		return periods(agent.id, q.fromEpoch, q.toEpoch)
			.filter((p) => p.end > q.fromEpoch && p.start < q.toEpoch)
			.filter((p) => !excludedDays.includes(WEEKDAY[tzParts(p.start, q.tz).weekday]) && !excludedStatuses.includes(p.status))
			.map((p) => ({
				agent_id: agent.id,
				previous_action_time: Math.max(p.start, q.fromEpoch),
				agentEmail: agent.email,
				current_action_time: Math.min(p.end, q.toEpoch),
				agentName: agent.name,
				triggered_by: p.status === 'Offline' || p.next === 'Offline' ? 'Zoho Voice' : 'User',
				triggered_by_username: agent.name,
				duration: Math.min(p.end, q.toEpoch) - Math.max(p.start, q.fromEpoch),
				triggered_by_medium: 'Web',
				triggered_by_zuid: '67560001',
				current_status: p.next,
				logid: Buffer.from(`${agent.id}:${p.start}`).toString('base64url').slice(0, 20),
				zsoid: '67560292',
				triggered_reason: p.next === 'Offline' ? 'Agent Schedule' : '',
				previous_status: p.status,
			}));
	}

	// avg: Zoho's examples divide the sum by the number of days (overview: sum / daysCount); a single day's interval
	// figures are divided by the number of periods here (the doc's example cannot tell which it is).
	function figures(durations, status, daily = false, days = durations.length) {
		if (durations.length === 0) {
			return daily
				? { avg: 0, max: 0, sum: 0, previous_status: status }
				: { avg: '--', peragent_avg: '--', max: '--', onlineStatus: status, sum: '0', daily_peragent_avg: '--' };
		}
		const sum = durations.reduce((a, b) => a + b, 0);
		const out = { avg: Math.round((sum / Math.max(days, 1)) * 10) / 10, max: Math.max(...durations), sum };
		return daily ? { ...out, previous_status: status } : { ...out, onlineStatus: status };
	}

	function aggregate(agent, agentHits, daily = false, tz = 'UTC') {
		const out = {};
		const days = daily ? undefined : new Set(agentHits.map((h) => dateKey(h.previous_action_time, tz))).size;
		const pick = (keep) => agentHits.filter(keep).map((h) => h.duration);
		for (const status of STATUSES) out[status] = figures(pick((h) => h.previous_status === status), status, daily, days);
		out['Working Time'] = figures(pick((h) => h.previous_status !== 'Offline'), 'Working Time', daily, days);
		return daily ? out : { agent_id: agent.id, agentEmail: agent.email, agentName: agent.name, ...out };
	}

	function selectAgents(q) {
		if (q.queueIds) {
			const ids = q.queueIds.split(',').flatMap((id) => state.queues.find((queue) => queue.id === id.trim())?.agentIds ?? []);
			return state.agents.filter((agent) => ids.includes(agent.id));
		}
		if (q.agentIds) {
			const ids = q.agentIds.split(',').map((id) => id.trim());
			return state.agents.filter((agent) => ids.includes(agent.id));
		}
		return state.agents;
	}

	function sortAndPage(rows, q, metricsOf) {
		if (q.sortField) {
			const metric = q.sortMetric ?? 'sum';
			const value = (row) => Number(metricsOf(row)[q.sortField]?.[metric === 'min' ? 'max' : metric]) || 0;
			rows.sort((a, b) => (q.sortOrder === 'asc' ? value(a) - value(b) : value(b) - value(a)));
		}
		const from = Number(q.from ?? 0);
		const size = Number(q.size ?? 10);
		return rows.slice(from, from + size);
	}

	function metrics(res, endpoint, q) {
		for (const key of ['fromEpoch', 'toEpoch', 'tz']) {
			if (q[key] === undefined || q[key] === '') return apiError(res, 400, 'MISSING_PARAM', `${key} is required`);
		}
		q.fromEpoch = Number(q.fromEpoch);
		q.toEpoch = Number(q.toEpoch);
		if (!Number.isFinite(q.fromEpoch) || !Number.isFinite(q.toEpoch) || q.toEpoch <= q.fromEpoch) {
			return apiError(res, 400, 'INVALID_PARAM', 'fromEpoch and toEpoch must be epoch milliseconds, fromEpoch before toEpoch');
		}
		try {
			tzParts(0, q.tz);
		} catch {
			return apiError(res, 400, 'INVALID_PARAM', `Invalid timezone ${q.tz}`);
		}

		if (endpoint === 'statusaudit/list') {
			if (!q.agentIds) return apiError(res, 400, 'MISSING_PARAM', 'agentIds is required');
			const rows = sortAndPage(
				selectAgents({ agentIds: q.agentIds }).map((agent) => ({ agent, hits: hits(agent, q) })),
				q,
				(row) => aggregate(row.agent, row.hits, false, q.tz),
			);
			const agentStatus = rows.map(({ agent }) => {
				const changes = statusChanges(agent, q);
				const before = changes.filter((h) => h.current_action_time < q.fromEpoch).pop();
				const days = new Map();
				for (const hit of changes.filter((h) => h.current_action_time >= q.fromEpoch && h.current_action_time <= q.toEpoch)) {
					const key = dateKey(hit.current_action_time, q.tz);
					if (!days.has(key)) days.set(key, { hits: [], start_timestamp: midnight(hit.current_action_time, q.tz) });
					days.get(key).hits.push(hit);
				}
				return {
					...(before ? { previousResult: (({ logid, ...rest }) => rest)(before) } : {}),
					agent_id: agent.id,
					agentEmail: agent.email,
					agentName: agent.name,
					dates: [...days.values()].map((day, index) => ({ ...day, index })),
				};
			});
			return send(res, 200, { code: '200', list: { agentStatus }, status: 'SUCCESS' });
		}

		if (endpoint === 'statusaudit/list/log') {
			const log = state.callLogs[q.logId];
			if (!q.logId) return apiError(res, 400, 'MISSING_PARAM', 'logId is required');
			if (!log) return apiError(res, 400, 'INVALID_LOG', 'Status correlation is only available for incoming queue call logs');
			const queue = state.queues.find((candidate) => candidate.id === log.queueId);
			const agents = state.agents.filter((agent) => queue.agentIds.includes(agent.id));
			return send(res, 200, {
				code: '200',
				log: {
					response: [
						{
							ringingOrder: agents.map((agent) => ({
								agentId: agent.id,
								rings: [{ start_time: log.entry + 1000, queueName: queue.name, agent_name: agent.name, agent_number: Number(agent.id), ringing_time: 0, is_answered: log.answeredBy === agent.id, strategy: queue.strategy }],
							})),
							answeredAgent: log.answeredBy ? { agentId: log.answeredBy } : {},
							queueDetails: { _queueId: Number(queue.id), ringtime_in_queue: Math.round((log.exit - log.entry) / 1000), queueName: queue.name, customer_entry_time: log.entry, strategy: queue.strategy, customer_exit_time: log.exit },
							agentStatus: agents.map((agent) => ({ hits: hits(agent, q), agent_id: agent.id, agentName: agent.name })),
						},
					],
				},
				status: 'SUCCESS',
			});
		}

		if (endpoint === 'statusaudit/overview' || endpoint === 'statusaudit/calendarSummary') {
			if (endpoint === 'statusaudit/overview' && !q.agentIds && !q.queueIds) {
				return apiError(res, 400, 'MISSING_PARAM', 'agentIds or queueIds is required');
			}
			const all = selectAgents(q).map((agent) => ({ agent, hits: hits(agent, q) }));
			const page = sortAndPage([...all], q, (row) => aggregate(row.agent, row.hits, false, q.tz));
			if (endpoint === 'statusaudit/overview') {
				const everyHit = all.flatMap((row) => row.hits);
				const overall = aggregate({}, everyHit, false, q.tz);
				delete overall.agent_id;
				delete overall.agentEmail;
				delete overall.agentName;
				return send(res, 200, {
					overview: {
						agentmetrics: {
							overallAggregation: { ...overall, agentCount: all.length, daysCount: new Set(everyHit.map((h) => dateKey(h.previous_action_time, q.tz))).size },
							maxTimeAgents: {},
							individualAggregation: page.map((row) => aggregate(row.agent, row.hits, false, q.tz)),
						},
					},
					code: '200',
					status: 'SUCCESS',
				});
			}
			const histogramAggregation = page.map(({ agent, hits: agentHits }) => {
				const days = [...new Set(agentHits.map((h) => dateKey(h.previous_action_time, q.tz)))].sort();
				const intervalsData = Object.fromEntries(
					days.map((day) => [day, { interval: day, previous_status: aggregate(agent, agentHits.filter((h) => dateKey(h.previous_action_time, q.tz) === day), true) }]),
				);
				return { totalRow: aggregate(agent, agentHits, false, q.tz), intervalsData, intervalsList: days };
			});
			return send(res, 200, {
				calendarSummary: { histogramAggregation, individualAggregation: histogramAggregation.map((row) => row.totalRow) },
				code: '200',
				status: 'SUCCESS',
			});
		}
		return apiError(res, 404, 'NOT_FOUND', `No such API: ${endpoint}`);
	}

	function handler(req, res) {
		let raw = '';
		req.on('data', (chunk) => (raw += chunk));
		req.on('end', () => {
			const url = new URL(req.url, `http://${req.headers.host ?? 'sandbox'}`);
			const query = Object.fromEntries(url.searchParams);
			state.requests.push({ method: req.method, path: url.pathname, query, headers: { ...req.headers }, body: raw || undefined });

			if (url.pathname === '/oauth/v2/auth' && req.method === 'GET') return authorize(res, url);
			if (url.pathname === '/oauth/v2/token' && req.method === 'POST') {
				// Zoho reads the grant from the form body or the query string
				const form = new URLSearchParams(raw);
				for (const [key, value] of url.searchParams) if (!form.has(key)) form.set(key, value);
				return token(req, res, form);
			}

			const prefix = '/rest/json/zv/metrics/';
			if (!url.pathname.startsWith(prefix)) return apiError(res, 404, 'NOT_FOUND', 'Not found');
			if (req.method !== 'GET') return apiError(res, 405, 'METHOD_NOT_ALLOWED', 'Only GET is supported');
			const auth = /^(?:Zoho-oauthtoken|Bearer) (\S+)$/.exec(req.headers.authorization ?? '');
			const access = auth ? state.accessTokens.get(auth[1]) : undefined;
			if (!access) return apiError(res, 401, 'INVALID_TOKEN', 'Invalid OAuth access token');
			if (access.expiresAt <= now()) return apiError(res, 401, 'INVALID_TOKEN', 'OAuth access token expired');
			if (!access.scope.split(/[ ,]/).includes(SCOPE)) return apiError(res, 403, 'INVALID_OAUTHSCOPE', `The token does not have the scope ${SCOPE}`);
			const accept = req.headers.accept ?? '';
			if (accept !== '' && !/application\/json|\*\/\*/.test(accept)) return apiError(res, 406, 'NOT_ACCEPTABLE', 'Set Accept to application/json');
			return metrics(res, url.pathname.slice(prefix.length), query);
		});
	}

	return { handler, state, connect, recordStatus, client: { clientId, clientSecret } };
}
