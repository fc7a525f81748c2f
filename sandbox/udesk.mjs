// Offline udesk CTI Cloud (ccapi v2) simulator for the end-to-end suite and for newcomers.
// Plain ESM, Node built-ins only. Never shipped in dist/.
//
//   import { createUdeskSandbox } from './sandbox/udesk.mjs';
//   const { handler, state } = createUdeskSandbox({ sid, authToken, appId, secret });
//   http.createServer(handler).listen(0);
//
// Extending it (other resources): call `register(method, pattern, fn, { appId })` at module level, below.
//   pattern: path after /ccapi/v2/, `:name` segments become ctx.params.name (e.g. 'agents/:agentId').
//   fn(ctx) → the value of `Result` (wrapped as { ErrCode: '000000', ErrDesc: 'OK', Result }), or
//             `raw({...})` to answer a body exactly as given (call-control endpoints answer { code, message }).
//   Throw `udeskError(code, desc)` for a documented error (HTTP 200 + ErrCode, like the real server).
//   ctx = { method, path, params, query, body, input /* body, plus query parameters for GET/DELETE (POST/PUT: MsgId only) */, state, app, options, now, origin /* http://host:port the request came to */ }.
//   options.appId: 'AppId' (default: required), 'app_id' (agent/logout) or null (apps create, hold, transfer).
//   options.jsonBody: the GET endpoints whose doc sends the parameters as a JSON body (see GET WITH A JSON BODY below):
//             'required' (no or malformed body → HTTP 400 100004 "unexpected end of JSON input") or 'body' (the body is
//             read when there is one); either way ctx.input is the body alone — query parameters are not read there.
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';

const TEN_MINUTES = 10 * 60 * 1000;
const SIGNING_KEYS = new Set(['Timestamp', 'Sid', 'Sign', 'AppId', 'app_id']);
/** The only parameter a POST/PUT may carry in the query besides the signing ones (the doc's login example). */
const BODY_METHOD_QUERY_KEYS = new Set(['MsgId']);

/** The route table. Order matters only for overlapping patterns: the first match wins. */
export const routes = [];

export function register(method, pattern, fn, { appId = 'AppId', jsonBody = null } = {}) {
	const names = [];
	const source = pattern
		.replace(/^\/+|\/+$/g, '')
		.split('/')
		.map((segment) => {
			if (segment.startsWith(':')) {
				names.push(segment.slice(1));
				return '([^/]+)';
			}
			return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		})
		.join('/');
	routes.push({ method: method.toUpperCase(), pattern, regex: new RegExp(`^${source}$`), names, fn, appId, jsonBody });
}

export class UdeskError extends Error {
	constructor(code, desc, status = 200) {
		super(desc);
		this.code = code;
		this.status = status;
	}
}
export const udeskError = (code, desc, status) => new UdeskError(code, desc, status);

const RAW = Symbol('raw');
export const raw = (body, status = 200) => ({ [RAW]: true, body, status });

export const sha1 = (text) => createHash('sha1').update(text).digest('hex');

/** A fresh application record; other resources keep their own collections on it (created lazily is fine too). */
export function newApp(fields = {}) {
	return {
		AppId: fields.AppId ?? randomUUID(),
		Name: fields.Name ?? 'sandbox',
		Type: fields.Type ?? 'default',
		CallbackUrl: fields.CallbackUrl ?? '',
		IsHideUserNum: fields.IsHideUserNum ?? false,
		Memo: fields.Memo ?? '',
		Secret: fields.Secret ?? randomBytes(16).toString('hex'),
		ExtensionPrefix: fields.ExtensionPrefix ?? `9${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`,
		WrapUpTime: fields.WrapUpTime ?? 0,
		spNumbers: fields.spNumbers ?? ['057126200670', '057126200671'],
		defSpNumber: '',
		agents: new Map(), // AgentId → agent
		extensions: new Map(), // Extension → { Extension, Password, Number, AgentId|null }
		queues: new Map(), // QueueId → queue
		subscriptions: new Map(),
	};
}

export function createUdeskSandbox(options = {}) {
	const config = {
		sid: options.sid ?? 'sandbox-sid',
		authToken: options.authToken ?? 'sandbox-auth-token',
		appId: options.appId ?? '6f142ddb-47ed-442e-83e7-6d2574d77aa2',
		secret: options.secret ?? 'sandbox-app-secret',
		timeScale: options.timeScale ?? 1,
		now: options.now ?? (() => Date.now()),
	};
	const state = { apps: new Map(), requests: [] };
	const app = newApp({ AppId: config.appId, Secret: config.secret, Type: 'default', Name: 'sandbox' });
	for (const extension of options.extensions ?? ['8001', '8002', '8003']) {
		app.extensions.set(extension, { Extension: extension, Password: sha1(extension).slice(0, 16), Number: `${app.ExtensionPrefix}${extension}`, AgentId: null });
	}
	for (const queueId of options.queues ?? ['9001', '9002']) {
		app.queues.set(queueId, { QueueId: queueId, QueueName: `Queue ${queueId}`, Strategy: 'longest_idle', Timeout: 60, MaxLength: 128, Agents: [] });
	}
	state.apps.set(app.AppId, app);
	if (options.seedDirectory) seedDirectory(app);

	async function handler(req, res) {
		const url = new URL(req.url, 'http://sandbox');
		const chunks = [];
		for await (const chunk of req) chunks.push(chunk);
		const text = Buffer.concat(chunks).toString('utf8');
		const send = (status, body) => {
			res.writeHead(status, { 'content-type': 'application/json;charset=utf-8' });
			res.end(JSON.stringify(body));
		};
		const method = req.method.toUpperCase();
		const query = Object.fromEntries(url.searchParams.entries());
		// Recording files are not ccapi: they come from the file server a RecFileUrl points at (see serveRecording).
		if (url.pathname.startsWith(RECORDINGS_PATH)) return serveRecording({ method, url, res, state, config });
		state.requests.push({ method, path: url.pathname, query, body: text });

		const match = /^\/ccapi\/v2\/(.*?)\/*$/.exec(url.pathname);
		if (!match) return send(404, { ErrDesc: 'Not Found' });
		const path = match[1];

		// Signature: Sign = sha1(Sid + AuthToken + Timestamp), Timestamp in ms and within 10 minutes.
		const timestamp = Number(query.Timestamp);
		if (query.Sid !== config.sid || !query.Sign || !query.Timestamp) {
			return send(401, { ErrDesc: 'Unauthorized: Sid, Timestamp and Sign are required' });
		}
		if (!Number.isFinite(timestamp) || Math.abs(config.now() - timestamp) > TEN_MINUTES) {
			return send(401, { ErrDesc: 'Unauthorized: Timestamp expired (valid within 10 minutes, in milliseconds)' });
		}
		if (query.Sign !== sha1(`${config.sid}${config.authToken}${query.Timestamp}`)) {
			return send(401, { ErrDesc: 'Unauthorized: Sign mismatch' });
		}

		let route;
		let captured;
		for (const candidate of routes) {
			if (candidate.method !== method) continue;
			captured = candidate.regex.exec(path);
			if (captured) {
				route = candidate;
				break;
			}
		}

		let body = {};
		if (route?.jsonBody) {
			// GET WITH A JSON BODY. calls/logs: "Parameters such as CallId should be passed through a JSON-formatted
			// request body. If not passed, an empty {} request body should be submitted, otherwise an error "100004
			// unexpected end of JSON input" will occur." Get agent: "AgentId must be passed in both the URL and the
			// request body." The message is the one a server that parses the GET body gives (Go's encoding/json on an
			// empty input); HTTP 400 is the doc's "400 INVALID REQUEST". Query parameters are not read there.
			if (text.trim() === '') {
				if (route.jsonBody === 'required') return send(400, { ErrCode: '100004', ErrDesc: 'unexpected end of JSON input', Result: null });
			} else {
				try {
					body = JSON.parse(text);
				} catch {
					return send(400, { ErrCode: '100004', ErrDesc: 'unexpected end of JSON input', Result: null });
				}
			}
		} else if (text.trim() !== '') {
			// The doc's general rule: "Content-Type: application/json;charset=utf-8", and for POST and PUT "other
			// parameters … should be passed through the request body". Its error table: 100004 "Unexpected end of JSON
			// input — Request body is missing or the format is incorrect". So a body is read as JSON whatever it claims
			// to be (a multipart form is not JSON: 100004), and a POST or PUT without one is refused the same way.
			try {
				body = JSON.parse(text);
			} catch {
				return send(200, { ErrCode: '100004', ErrDesc: 'Unexpected end of JSON input', Result: null });
			}
		} else if (method === 'POST' || method === 'PUT') {
			return send(200, { ErrCode: '100004', ErrDesc: 'Unexpected end of JSON input', Result: null });
		}
		if (!route) return send(404, { ErrDesc: `No route ${method} ${path}` });

		let ctxApp;
		if (route.appId) {
			const appId = query[route.appId];
			if (!appId) return send(200, { ErrCode: '100017', ErrDesc: 'AppID Blank', Result: null });
			ctxApp = state.apps.get(appId);
			if (!ctxApp) return send(200, { ErrCode: '100002', ErrDesc: 'AppId AppNotFound or forbidden', Result: null });
		} else {
			ctxApp = state.apps.get(query.AppId ?? query.app_id ?? config.appId);
		}

		const params = {};
		route.names.forEach((name, index) => (params[name] = decodeURIComponent(captured[index + 1])));
		const input = { ...(Array.isArray(body) ? {} : body) };
		if (!route.jsonBody) {
			// POST and PUT: parameters are read from the body only ("For POST and PUT methods, other parameters … should be
			// passed through the request body"). The one exception is MsgId, which the doc's own login and set-call-mode
			// examples put in the URL (`…&MsgId=123456789' -d '{"agent_Id": "10032"}'`).
			const queryParameters = method === 'POST' || method === 'PUT' ? BODY_METHOD_QUERY_KEYS : undefined;
			for (const [key, value] of Object.entries(query)) {
				if (SIGNING_KEYS.has(key) || (queryParameters !== undefined && !queryParameters.has(key))) continue;
				input[key] ??= value;
			}
		}
		try {
			const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
			const result = await route.fn({ method, path, params, query, body, input, state, app: ctxApp, options: config, now: config.now(), origin });
			if (result && result[RAW]) return send(result.status, result.body);
			return send(200, { ErrCode: '000000', ErrDesc: 'OK', Result: result ?? null });
		} catch (error) {
			if (error instanceof UdeskError) return send(error.status, { ErrCode: error.code, ErrDesc: error.message, Result: null });
			return send(500, { ErrCode: '000003', ErrDesc: 'System internal error' });
		}
	}

	return { handler, state, config };
}

// ───────────────────────── Applications, relay numbers, agents (seats) ─────────────────────────

const appView = (app) => ({
	AppId: app.AppId,
	ExtensionPrefix: app.ExtensionPrefix,
	Name: app.Name,
	Memo: app.Memo,
	Type: app.Type,
	CallbackUrl: app.CallbackUrl,
	IsHideUserNum: app.IsHideUserNum,
	Secret: app.Secret,
	WrapUpTime: app.WrapUpTime,
});

register(
	'POST',
	'apps',
	({ state, input }) => {
		if (!input.Name || input.Type === undefined || input.CallbackUrl === undefined) throw udeskError('000001', 'Parameter error');
		if (![0, 1, '0', '1'].includes(input.Type)) throw udeskError('000001', 'ParamsInvalid');
		const app = newApp({ Name: input.Name, Type: Number(input.Type), CallbackUrl: input.CallbackUrl, IsHideUserNum: input.IsHideUserNum ?? false, Memo: input.Memo ?? '' });
		state.apps.set(app.AppId, app);
		return appView(app);
	},
	{ appId: null },
);

register('PUT', 'apps', ({ app, input }) => {
	if (input.Type !== undefined && !['default', 'external'].includes(input.Type)) throw udeskError('000001', 'ParamsInvalid');
	for (const key of ['Name', 'Type', 'CallbackUrl', 'IsHideUserNum', 'Memo']) if (input[key] !== undefined) app[key] = input[key];
	return null;
});

register('GET', 'apps', ({ app }) => {
	const { ExtensionPrefix, WrapUpTime, ...view } = appView(app);
	return view;
});

register('GET', 'spnumbers', ({ app }) => ({ SpNumbers: [...app.spNumbers], DefSpNumber: app.defSpNumber }));

register('PUT', 'spnumbers/default', ({ app, input }) => {
	if (!app.spNumbers.includes(String(input.DefSpNumber ?? ''))) throw udeskError('000001', 'ParamsInvalid');
	app.defSpNumber = String(input.DefSpNumber);
	return null;
});

register('DELETE', 'spnumbers/default', ({ app }) => {
	app.defSpNumber = '';
	return null;
});

// A missing agent ID is the doc's 000001 "AgentId AppId WorkId Blank" ("Missing parameters AgentId, AppId, and WorkId
// in the request"); an unknown one is 100018 RecordNotFound.
const findAgent = (app, agentId) => {
	if (agentId === undefined || agentId === null || agentId === '') throw udeskError('000001', 'AgentId AppId WorkId Blank');
	const agent = app.agents.get(String(agentId));
	if (!agent) throw udeskError('100018', 'RecordNotFound');
	return agent;
};

register('PUT', 'spnumbers/agent/default/:agentId', ({ app, params, input }) => {
	const agent = findAgent(app, params.agentId);
	if (!app.spNumbers.includes(String(input.DefSpNumber ?? ''))) throw udeskError('000001', 'ParamsInvalid');
	agent.DefSpNumber = String(input.DefSpNumber);
	return null;
});

register('DELETE', 'spnumbers/agent/default/:agentId', ({ app, params }) => {
	findAgent(app, params.agentId).DefSpNumber = '';
	return null;
});

// Extensions: "[Extension] | List of extensions bound to the seat", the doc's Extension object being
// {Extension, Password} (Create Seat's result): the bound extensions come with their SIP passwords.
const agentView = (app, agent) => {
	const extensions = agent.Extensions.length
		? agent.Extensions.map((number) => ({ Extension: number, Password: app.extensions.get(number)?.Password ?? '' }))
		: null;
	const queues = agent.Queues.length ? [...agent.Queues] : null;
	return {
		AppId: app.AppId,
		AgentId: agent.AgentId,
		WorkId: agent.WorkId,
		Name: agent.Name,
		Mobile: agent.Mobile,
		Email: agent.Email,
		Role: agent.Role,
		Queues: queues,
		QueuesNames: queues ? queues.map((id) => app.queues.get(id)?.QueueName ?? id).join(',') : null,
		Extensions: extensions,
		DefSpNumber: agent.DefSpNumber,
		State: agent.State,
		ExtState: extensions ? (agent.loggedIn ? 2 : 0) : 3,
		WrapUpTime: agent.WrapUpTime,
		Enable: agent.Enable,
		ExtenInfos: null,
	};
};

const DIGITS = /^\d{1,32}$/;
const EXTENSION = /^[1-9]\d{3}$/;
const ROLES = ['agent', 'leader'];

register('POST', 'agents', ({ app, body }) => {
	const agents = body.Agents;
	if (!Array.isArray(agents) || agents.length === 0) throw udeskError('000001', 'AgentId AppId WorkId Blank');
	for (const seat of agents) {
		if (!seat.AgentId || !seat.WorkId) throw udeskError('000001', 'AgentId AppId WorkId Blank');
		if (!DIGITS.test(String(seat.AgentId)) || (seat.Role !== undefined && !ROLES.includes(seat.Role))) throw udeskError('000001', 'ParamsInvalid');
		if (app.agents.has(String(seat.AgentId))) throw udeskError('100004', `Duplicate entry ${seat.AgentId} for AgentId`);
		if (seat.IsCreateExtension && seat.Extension !== undefined) {
			if (!EXTENSION.test(String(seat.Extension))) throw udeskError('000001', 'ParamsInvalid');
			if (app.extensions.has(String(seat.Extension))) throw udeskError('100015', 'NumberIsExisted');
		}
	}
	const created = [];
	for (const seat of agents) {
		const agent = {
			AgentId: String(seat.AgentId),
			WorkId: String(seat.WorkId),
			Name: seat.Name ?? '',
			Mobile: seat.Mobile ?? '',
			Email: seat.Email ?? '',
			Role: seat.Role ?? 'agent',
			Enable: seat.Enable ?? true,
			WrapUpTime: seat.WrapUpTime ?? 0,
			Queues: [],
			Extensions: [],
			DefSpNumber: '',
			State: 4,
			loggedIn: false,
			CallMode: 'voip',
		};
		app.agents.set(agent.AgentId, agent);
		if (seat.IsCreateExtension) {
			let number = seat.Extension === undefined ? undefined : String(seat.Extension);
			for (let candidate = 1000; number === undefined; candidate++) if (!app.extensions.has(String(candidate))) number = String(candidate);
			const extension = { Extension: number, Password: randomBytes(8).toString('hex'), Number: `${app.ExtensionPrefix}${number}`, AgentId: agent.AgentId };
			app.extensions.set(number, extension);
			agent.Extensions.push(number);
			created.push({ Extension: number, Password: extension.Password });
		}
	}
	return created.length ? { Extensions: created } : null;
});

register('PUT', 'agents/:agentId', ({ app, params, input }) => {
	const agent = findAgent(app, params.agentId);
	if (!input.AgentId || !input.WorkId) throw udeskError('000001', 'AgentId AppId WorkId Blank');
	if (String(input.AgentId) !== params.agentId) throw udeskError('000001', 'ParamsInvalid');
	if (input.Role !== undefined && !ROLES.includes(input.Role)) throw udeskError('000001', 'ParamsInvalid');
	for (const key of ['WorkId', 'Name', 'Mobile', 'Email', 'Role', 'Enable']) if (input[key] !== undefined) agent[key] = input[key];
	return null;
});

// Delete Seat's table lists AgentId (Y) as a request parameter besides the URL, and its example sends it in the body.
register('DELETE', 'agents/:agentId', ({ app, params, input }) => {
	const agent = findAgent(app, params.agentId);
	if (!input.AgentId) throw udeskError('000001', 'AgentId AppId WorkId Blank');
	if (String(input.AgentId) !== params.agentId) throw udeskError('000001', 'ParamsInvalid');
	const deleteExtensions = input.IsDelExtensions === true || input.IsDelExtensions === 'true';
	if (agent.Queues.length || (agent.Extensions.length && !deleteExtensions)) throw udeskError('100004', "Agent has queue or voip, can't delete");
	for (const number of agent.Extensions) app.extensions.delete(number);
	app.agents.delete(agent.AgentId);
	return null;
});

// "Note: AgentId must be passed in both the URL and the request body."
register(
	'GET',
	'agents/:agentId',
	({ app, params, input }) => {
		if (input.AgentId === undefined || input.AgentId === '') throw udeskError('000001', 'AgentId AppId WorkId Blank');
		if (String(input.AgentId) !== params.agentId) throw udeskError('000001', 'ParamsInvalid');
		return agentView(app, findAgent(app, params.agentId));
	},
	{ jsonBody: 'required' },
);

register('GET', 'agents', ({ app, input }) => {
	const all = [...app.agents.values()].sort((a, b) => Number(a.AgentId) - Number(b.AgentId));
	const pageSize = input.PageSize === undefined ? Math.max(all.length, 1) : Math.min(100, Math.max(1, Number(input.PageSize)));
	const pageNum = Math.max(1, Number(input.PageNum ?? 1));
	return {
		CurrPage: pageNum,
		PageSize: pageSize,
		Total: all.length,
		TotalPage: Math.ceil(all.length / pageSize),
		AgentList: all.slice((pageNum - 1) * pageSize, pageNum * pageSize).map((agent) => agentView(app, agent)),
	};
});

const callControlAnswer = (input) => raw({ ErrCode: '000000', ErrDesc: 'OK', msg_id: String(input.MsgId ?? ''), results: '', data: null });

register('POST', 'agent/login', ({ app, input }) => {
	const agent = findAgent(app, input.agent_Id);
	if (agent.Extensions.length === 0) throw udeskError('000001', 'ParamsInvalid: the agent has no extension bound');
	agent.loggedIn = true;
	agent.State = input.State === undefined ? 0 : Number(input.State);
	if (Array.isArray(input.QueueIDs)) agent.loginQueues = input.QueueIDs.map(String);
	return callControlAnswer(input);
});

register(
	'POST',
	'agent/logout',
	({ app, input }) => {
		const agent = findAgent(app, input.agent_Id);
		agent.loggedIn = false;
		agent.State = 4;
		return callControlAnswer(input);
	},
	{ appId: 'app_id' },
);

register('POST', 'agent/set_call_mode', ({ app, input }) => {
	const agent = findAgent(app, input.AgentId);
	if (!['voip', 'cellphone'].includes(input.Contact)) throw udeskError('000001', 'ParamsInvalid');
	agent.CallMode = input.Contact;
	if (input.Number !== undefined) agent.Number = input.Number;
	return callControlAnswer(input);
});

const listInput = (input, key) => {
	if (!Array.isArray(input[key]) || input[key].length === 0) throw udeskError('000001', 'Parameter error');
	return input[key].map(String);
};

register('POST', 'agents/extensions', ({ app, input }) => {
	const agent = findAgent(app, input.AgentId);
	const numbers = listInput(input, 'Extensions');
	for (const number of numbers) {
		const extension = app.extensions.get(number);
		if (!extension) throw udeskError('100018', 'RecordNotFound');
		if (extension.AgentId && extension.AgentId !== agent.AgentId) throw udeskError('100016', 'VoipBindAgent');
	}
	const merged = [...new Set([...agent.Extensions, ...numbers])];
	if (merged.length > 2) throw udeskError('000001', 'ParamsInvalid: an agent can be bound to at most two extensions');
	agent.Extensions = merged;
	for (const number of numbers) app.extensions.get(number).AgentId = agent.AgentId;
	return null;
});

register('DELETE', 'agents/extensions', ({ app, input }) => {
	const agent = findAgent(app, input.AgentId);
	const numbers = listInput(input, 'Extensions');
	for (const number of numbers) if (!agent.Extensions.includes(number)) throw udeskError('000004', 'Data does not exist');
	agent.Extensions = agent.Extensions.filter((number) => !numbers.includes(number));
	for (const number of numbers) app.extensions.get(number).AgentId = null;
	return null;
});

register('POST', 'agents/queues', ({ app, input }) => {
	const agent = findAgent(app, input.AgentId);
	const queueIds = listInput(input, 'Queues');
	for (const queueId of queueIds) if (!app.queues.has(queueId)) throw udeskError('100018', 'Queue Blank');
	agent.Queues = [...new Set([...agent.Queues, ...queueIds])];
	for (const queueId of queueIds) {
		const queue = app.queues.get(queueId);
		queue.Agents = [...new Set([...(queue.Agents ?? []), agent.AgentId])];
	}
	return null;
});

register('DELETE', 'agents/queues', ({ app, input }) => {
	const agent = findAgent(app, input.AgentId);
	const queueIds = listInput(input, 'Queues');
	for (const queueId of queueIds) if (!agent.Queues.includes(queueId)) throw udeskError('000004', 'Data does not exist');
	agent.Queues = agent.Queues.filter((id) => !queueIds.includes(id));
	for (const queueId of queueIds) {
		const queue = app.queues.get(queueId);
		if (queue) queue.Agents = (queue.Agents ?? []).filter((id) => id !== agent.AgentId);
	}
	return null;
});

// ───────────────────────── Other resources register their routes below ─────────────────────────

// ───────────────────────── Queues, extensions, IVR, outbound calls and call control (U2) ─────────────────────────

const QUEUE_ID = /^9\d{3}$/;
const DTMF = /^[0-9]$/;
const VOICE_PROMPTS = ['Welcome', 'ClosingTime', 'NoAnswer', 'VoiceMail', 'Waiting', 'Consult', 'Hold', 'QueueTimeout', 'Evaluate'];

const findQueue = (app, queueId) => {
	const queue = app.queues.get(String(queueId ?? ''));
	if (!queue) throw udeskError('100018', 'Queue Blank');
	return queue;
};

const queueSettings = (input, queue, { update }) => {
	if (input.MaxLength !== undefined && !(Number.isInteger(input.MaxLength) && input.MaxLength >= 1 && input.MaxLength <= 512)) throw udeskError('000001', 'ParamsInvalid');
	if (input.Timeout !== undefined && !(Number.isFinite(input.Timeout) && input.Timeout >= 0)) throw udeskError('000001', 'ParamsInvalid');
	queue.QueueName = String(input.QueueName);
	queue.Strategy = input.Strategy ?? (update ? queue.Strategy : 'longest_idle');
	// The doc: Timeout defaults to 60 on create and to 0 on modify.
	queue.Timeout = input.Timeout ?? (update ? 0 : 60);
	queue.MaxLength = input.MaxLength ?? (update ? queue.MaxLength : 128);
};

register('POST', 'queues', ({ app, input }) => {
	if (!input.QueueId || !input.QueueName) throw udeskError('000001', 'Parameter error');
	if (!QUEUE_ID.test(String(input.QueueId))) throw udeskError('000001', 'ParamsInvalid');
	if (app.queues.has(String(input.QueueId))) throw udeskError('100004', `Duplicate entry ${input.QueueId} for QueueId`);
	if (app.queues.size >= 100) throw udeskError('000001', 'ParamsInvalid: at most 100 queues per AppId');
	const queue = { QueueId: String(input.QueueId), Agents: [], CreatedAt: new Date().toISOString() };
	queueSettings(input, queue, { update: false });
	app.queues.set(queue.QueueId, queue);
	return null;
});

register('PUT', 'queues', ({ app, input }) => {
	if (!input.QueueId || !input.QueueName) throw udeskError('000001', 'Parameter error');
	queueSettings(input, findQueue(app, input.QueueId), { update: true });
	return null;
});

register('DELETE', 'queues', ({ app, input }) => {
	const queue = app.queues.get(String(input.QueueId ?? ''));
	if (!queue) throw udeskError('000004', 'Data does not exist');
	if ((queue.Agents ?? []).length) throw udeskError('000001', 'ParamsInvalid: queues with bound agents cannot be deleted');
	app.queues.delete(queue.QueueId);
	return null;
});

// The list answers with the field names of the doc's "Get All Queue Information" (ID, QueueID, Name, …).
register('GET', 'queues', ({ app }) =>
	[...app.queues.values()].map((queue, index) => ({
		ID: index + 1,
		CreatedAt: queue.CreatedAt ?? null,
		UpdatedAt: queue.UpdatedAt ?? null,
		AppID: app.AppId,
		QueueID: queue.QueueId,
		Timeout: queue.Timeout,
		Strategy: queue.Strategy,
		Name: queue.QueueName,
		MaxLength: queue.MaxLength,
		WaitMusic: '',
	})),
);

register('GET', 'queues/:queueId', ({ app, params }) => {
	const queue = findQueue(app, params.queueId);
	return { QueueId: queue.QueueId, QueueName: queue.QueueName, Strategy: queue.Strategy, Timeout: queue.Timeout, MaxLength: queue.MaxLength, Agents: [...(queue.Agents ?? [])] };
});

// POST adds ("only creates new records without deleting previous ones"); PUT replaces the queue's agents.
const bindQueueAgents = (replace) => ({ app, input }) => {
	const queue = findQueue(app, input.QueueId);
	const agentIds = listInput(input, 'AgentIds');
	for (const agentId of agentIds) findAgent(app, agentId);
	const before = queue.Agents ?? [];
	const after = replace ? [...new Set(agentIds)] : [...new Set([...before, ...agentIds])];
	for (const agentId of before) if (!after.includes(agentId)) app.agents.get(agentId).Queues = app.agents.get(agentId).Queues.filter((id) => id !== queue.QueueId);
	for (const agentId of after) {
		const agent = app.agents.get(agentId);
		agent.Queues = [...new Set([...agent.Queues, queue.QueueId])];
	}
	queue.Agents = after;
	return null;
};
register('POST', 'queues/agents', bindQueueAgents(false));
register('PUT', 'queues/agents', bindQueueAgents(true));

register('POST', 'extensions', ({ app, input }) => {
	if (!input.Extension) throw udeskError('000001', 'Parameter error');
	if (!EXTENSION.test(String(input.Extension))) throw udeskError('000001', 'ParamsInvalid');
	if (app.extensions.has(String(input.Extension))) throw udeskError('100015', 'NumberIsExisted');
	const extension = { Extension: String(input.Extension), Password: randomBytes(8).toString('hex'), Number: `${app.ExtensionPrefix}${input.Extension}`, AgentId: null };
	app.extensions.set(extension.Extension, extension);
	return { Extension: extension.Extension, Password: extension.Password, Number: extension.Number };
});

register('DELETE', 'extensions', ({ app, input }) => {
	const extension = app.extensions.get(String(input.Extension ?? ''));
	if (!extension) throw udeskError('000004', 'Data does not exist');
	if (extension.AgentId) throw udeskError('100016', 'VoipBindAgent');
	app.extensions.delete(extension.Extension);
	return null;
});

const ivrOf = (app) => (app.ivr ??= { vfiles: new Map(), defVoices: {}, fastRouter: [] });

// Upload: the doc's table is FileName (Y, "must be unique"), FileType (N, "only wav is supported"), FileDesc (N), sent
// as JSON like every body. A multipart form is not described by the doc and is refused with 100004 by the body
// parser above, as the documented server did when a multipart upload was tried.
register('POST', 'ivrs/vfiles', ({ app, input }) => {
	if (!input.FileName) throw udeskError('000001', 'File name Blank');
	if (input.FileType !== undefined && input.FileType !== 'wav') throw udeskError('000001', 'ParamsInvalid: only wav is supported');
	const ivr = ivrOf(app);
	if (ivr.vfiles.has(String(input.FileName))) throw udeskError('100004', `Duplicate entry ${input.FileName} for FileName`);
	ivr.vfiles.set(String(input.FileName), { FileName: String(input.FileName), FileType: 'wav', FileDesc: String(input.FileDesc ?? '') });
	return null;
});

register('DELETE', 'ivrs/vfiles', ({ app, input }) => {
	if (!input.FileName) throw udeskError('000001', 'File name Blank');
	if (!ivrOf(app).vfiles.delete(String(input.FileName))) throw udeskError('100018', 'RecordNotFound');
	return null;
});

register('GET', 'ivrs/vfiles', ({ app }) => ({
	IvrVFiles: [...ivrOf(app).vfiles.values()].map(({ FileName, FileType, FileDesc }) => ({ FileName, FileType, FileDesc })),
}));

const setDefVoices = ({ app, input }) => {
	if (!Array.isArray(input.DefVoices) || input.DefVoices.length === 0) throw udeskError('000001', 'Parameter error');
	const ivr = ivrOf(app);
	const next = { ...ivr.defVoices };
	for (const object of input.DefVoices) {
		for (const [prompt, voice] of Object.entries(object ?? {})) {
			if (!VOICE_PROMPTS.includes(prompt)) throw udeskError('000001', 'ParamsInvalid');
			if (voice === 'default') {
				delete next[prompt];
				continue;
			}
			if (!voice || !['tts', 'wav'].includes(voice.Type) || !voice.Content) throw udeskError('000001', 'ParamsInvalid');
			if (voice.Type === 'wav' && !ivr.vfiles.has(voice.Content)) throw udeskError('100018', 'RecordNotFound');
			next[prompt] = { Type: voice.Type, Content: voice.Content };
		}
	}
	ivr.defVoices = next;
	return null;
};
register('POST', 'ivrs/defvoices', setDefVoices);
register('PUT', 'ivrs/defvoices', setDefVoices);

// Voices lists every prompt: the configured voice, or "default" for the system one.
register('GET', 'ivrs/defvoices', ({ app }) => {
	const { defVoices } = ivrOf(app);
	return { Voices: VOICE_PROMPTS.map((prompt) => ({ Name: prompt, ...(defVoices[prompt] ?? { Type: 'default', Content: 'default' }) })) };
});

const setFastRouters = ({ app, input }) => {
	if (!Array.isArray(input.FastRouter) || input.FastRouter.length === 0) throw udeskError('000001', 'Parameter error');
	const keys = new Set();
	for (const route of input.FastRouter) {
		if (!DTMF.test(String(route?.Dtmf ?? '')) || !route.Desc || keys.has(String(route.Dtmf))) throw udeskError('000001', 'ParamsInvalid');
		keys.add(String(route.Dtmf));
		findQueue(app, route.QueueId);
	}
	ivrOf(app).fastRouter = input.FastRouter.map(({ Dtmf, Desc, QueueId }) => ({ Dtmf: String(Dtmf), Desc: String(Desc), QueueId: String(QueueId) }));
	return null;
};
register('POST', 'ivrs/fastrouters', setFastRouters);
register('PUT', 'ivrs/fastrouters', setFastRouters);

// As documented, FastRouter comes beside ErrCode, not inside Result.
register('GET', 'ivrs/fastrouters', ({ app }) => raw({ ErrCode: '000000', ErrDesc: 'OK', FastRouter: ivrOf(app).fastRouter.map((route) => ({ ...route })) }));

const callsOf = (app) => (app.calls ??= new Map());

register('POST', 'originatev2', ({ app, input }) => {
	for (const key of ['caller', 'called', 'called_display', 'agent_id']) if (!input[key]) throw udeskError('000001', 'Parameter error');
	const agent = findAgent(app, input.agent_id);
	if (!agent.loggedIn || agent.Extensions.length === 0) throw udeskError('000001', 'ParamsInvalid: the agent is not signed in with an extension');
	if (!app.spNumbers.includes(String(input.caller))) throw udeskError('000001', 'ParamsInvalid: caller is not a relay number of the application');
	if (input.user_data !== undefined && (!Array.isArray(input.user_data) || input.user_data.some((entry) => !entry?.evt || entry.data === undefined))) {
		throw udeskError('000001', 'ParamsInvalid');
	}
	const callId = randomUUID();
	callsOf(app).set(callId, { CallId: callId, AgentId: agent.AgentId, Caller: input.caller, Called: input.called, held: false, transferredTo: null, userData: input.user_data ?? [] });
	return raw({ ErrCode: '000000', ErrDesc: 'OK', msg_id: '', results: callId, data: null });
});

// Call control: no AppId in the query, answers { code, message, results }.
const callControl = (fields, apply) => ({ app, input }) => {
	for (const key of ['call_id', 'agent_id', 'on_succ', 'on_failed', ...fields]) {
		if (input[key] === undefined || input[key] === '') return raw({ code: '000001', message: `Parameter error: ${key}`, results: '' });
	}
	const call = callsOf(app).get(String(input.call_id));
	if (!call || call.AgentId !== String(input.agent_id)) return raw({ code: '000004', message: 'Data does not exist', results: '' });
	const refusal = apply(call, input);
	if (refusal) return raw({ code: '000001', message: refusal, results: '' });
	return raw({ code: '000000', message: 'OK', results: '' });
};

register('POST', 'agent/hold', callControl([], (call) => (call.held ? 'call already on hold' : void (call.held = true))), { appId: null });
register('DELETE', 'agent/hold', callControl([], (call) => (call.held ? void (call.held = false) : 'call is not on hold')), { appId: null });
register(
	'POST',
	'transfer/agent',
	callControl(['agent_type', 'agent_phone', 'on_record_over', 'on_transferee_hangup'], (call, input) => {
		if (input.agent_type !== 'anonymous') return 'agent_type must be "anonymous"';
		call.transferredTo = String(input.agent_phone);
		return undefined;
	}),
	{ appId: null },
);

// ───────────────────────── Auto-dial tasks, event and message subscriptions, reports (U3) ─────────────────────────
// Reports are generated, not stored: `app.callLogCount` (default 10,000) deterministic completed calls spread over the
// six days before the current UTC midnight (inside the one-week retention), so a benchmark can page through them.
// Set `sandbox.state.apps.get(appId).callLogCount = n` to change the number. Recordings are one per call log.
// Agent state logs are one change every 30 minutes per agent (10031, 10032) for any period asked.

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;
const EVENT_CATEGORY_EVENTS = {
	agent_state: ['acd_agent_state'],
	ext_state: ['ext_state'],
	agent_call_mode: ['agent_call_mode_change'],
	call: [
		'agent_breakout', 'agent_interrupt', 'asr_gather_fail', 'asr_gather_succ', 'begin', 'call_notes', 'consult_fail',
		'consult_succ', 'dtmf_gather_fail', 'dtmf_gather_succ', 'eavesdrop_fail', 'eavesdrop_succ', 'end', 'end_consult_fail',
		'end_consult_succ', 'enqueue_succ', 'extern_succ', 'general_hangup', 'hangup_cause', 'hold_call', 'play_fail', 'play_succ',
		'record_stop', 'start_dialout', 'start_ivr', 'substitute_fail', 'substitute_succ', 'three_way_fail', 'three_way_succ',
		'transfer_agent_fail', 'transfer_agent_succ', 'user_answer', 'user_hangup', 'user_ringing', 'voice_mail_fail', 'voice_mail_succ',
	],
};
export const MESSAGE_EVENTS = new Set([...Object.values(EVENT_CATEGORY_EVENTS).flat(), 'agent_answer', 'agent_hangup', 'agent_ringing']);

const adTasks = (app) => (app.adTasks ??= new Map());
const isHttpUrl = (value) => {
	try {
		return ['http:', 'https:'].includes(new URL(String(value)).protocol);
	} catch {
		return false;
	}
};

register('POST', 'ads/task/start', ({ app, input }) => {
	for (const key of ['AdTaskId', 'AdTaskType', 'AdTaskRatio', 'AdCallerNum', 'AdDispNum', 'AdConCallLimit']) {
		if (input[key] === undefined || input[key] === '') throw udeskError('000001', 'Parameter error');
	}
	const ratio = Number(input.AdTaskRatio);
	const limit = Number(input.AdConCallLimit);
	if (!['1', '2', '3', '4', '5'].includes(String(input.AdTaskType)) || !(ratio >= 1 && ratio <= 5) || !(limit >= 1 && limit <= 100)) {
		throw udeskError('000001', 'ParamsInvalid');
	}
	const id = String(input.AdTaskId);
	if (adTasks(app).get(id)?.state === 'running') throw udeskError('100004', `Duplicate entry ${id} for AdTaskId`);
	adTasks(app).set(id, {
		AdTaskId: id,
		AdTaskType: String(input.AdTaskType),
		AdTaskRatio: ratio,
		AdConCallLimit: limit,
		AdQueueId: input.AdQueueId ?? '',
		AdIvrId: input.AdIvrId ?? '',
		state: 'running',
		numbers: Array.from({ length: 25 }, (_, i) => ({ id: `${id}-${i + 1}`, number: `138${String(i + 1).padStart(8, '0')}` })),
		cursor: 0,
		stopNotified: false,
	});
	return null;
});

const findTask = (app, id) => {
	const task = adTasks(app).get(String(id ?? ''));
	if (!task) throw udeskError('100018', 'RecordNotFound');
	return task;
};

register('POST', 'ads/task/update_ratio', ({ app, input }) => {
	const task = findTask(app, input.AdTaskId);
	const ratio = Number(input.AdTaskRatio);
	if (!(ratio >= 1 && ratio <= 5)) throw udeskError('000001', 'ParamsInvalid');
	task.AdTaskRatio = ratio;
	return null;
});
register('POST', 'ads/task/stop', ({ app, input }) => {
	findTask(app, input.AdTaskId).state = 'stopped';
	return null;
});
register('POST', 'ads/task/force_stop', ({ app, input }) => {
	findTask(app, input.AdTaskId).state = 'force_stopped';
	return null;
});

// cc_ad_task/*: snake-case parameters in the body and { code, message } answers, as the doc shows.
const adAnswer = (extra = {}) => raw({ code: '000000', message: 'OK', ...extra });
const adFail = (code, message) => raw({ code, message });
register('POST', 'cc_ad_task/numbers', ({ app, body }) => {
	if (body.app_id !== app.AppId) return adFail('100002', 'AppId AppNotFound or forbidden');
	const task = adTasks(app).get(String(body.ad_task_id ?? ''));
	if (!task) return adFail('100018', 'RecordNotFound');
	const count = Number(body.count);
	if (!Number.isInteger(count) || count < 1) return adFail('000001', 'ParamsInvalid');
	const results = task.numbers.slice(task.cursor, task.cursor + count);
	task.cursor += results.length;
	return adAnswer({ exhausted: task.cursor >= task.numbers.length, results });
});
register('POST', 'cc_ad_task/stop', ({ app, body }) => {
	if (body.app_id !== app.AppId) return adFail('100002', 'AppId AppNotFound or forbidden');
	const task = adTasks(app).get(String(body.ad_task_id ?? ''));
	if (!task) return adFail('100018', 'RecordNotFound');
	task.stopNotified = true;
	return adAnswer();
});

// Event subscription: the application's subscribed events, by category.
const subscribedEvents = (app) => (app.events ??= new Map());
function parseEvents(body) {
	if (!Array.isArray(body.Events)) throw udeskError('000001', 'Parameter error');
	return body.Events.map((entry) => {
		const known = EVENT_CATEGORY_EVENTS[entry?.category];
		if (!known || !Array.isArray(entry.all_type) || entry.all_type.some((event) => !known.includes(event))) {
			throw udeskError('000001', 'ParamsInvalid');
		}
		return entry;
	});
}
register('POST', 'webhooks/events', ({ app, body }) => {
	for (const { category, all_type } of parseEvents(body)) {
		const set = subscribedEvents(app).get(category) ?? new Set();
		for (const event of all_type) set.add(event);
		subscribedEvents(app).set(category, set);
	}
	return null;
});
register('PUT', 'webhooks/events', ({ app, body }) => {
	const entries = parseEvents(body);
	subscribedEvents(app).clear();
	for (const { category, all_type } of entries) subscribedEvents(app).set(category, new Set(all_type));
	return null;
});
register('DELETE', 'webhooks/events', ({ app }) => {
	subscribedEvents(app).clear();
	return null;
});

// Message subscriptions: callback URL and events are kept so signed callbacks can be sent to them.
function checkSubscription(entry) {
	return (
		entry &&
		typeof entry.name === 'string' &&
		entry.name !== '' &&
		isHttpUrl(entry.callback) &&
		Array.isArray(entry.events) &&
		entry.events.length > 0 &&
		entry.events.every((event) => MESSAGE_EVENTS.has(event))
	);
}
const findSubscription = (app, id, missingCode = '100018', missingText = 'RecordNotFound') => {
	const subscription = app.subscriptions.get(Number(id));
	if (!subscription) throw udeskError(missingCode, missingText);
	return subscription;
};
const subscriptionView = ({ id, callback, name, events, enable }) => ({ id, callback, name, events: [...events], enable });

register('POST', 'subscriptions', ({ app, body }) => {
	if (!Array.isArray(body.subscriptions)) throw udeskError('000001', 'Parameter error');
	app.nextSubscriptionId ??= 1;
	const sub_succ = [];
	const sub_fail = [];
	for (const entry of body.subscriptions) {
		// The doc answers by name: "Result | object (sub_result) | Mapping between name and subid", "sub_fail | Names of
		// failed subscriptions" — a name identifies a subscription of the application, so a second one under a name
		// already in use is refused (sub_fail), the reading the udesk Trigger's clean-up of an old URL is built on.
		const taken = [...app.subscriptions.values()].some((existing) => existing.name === entry?.name);
		if (!checkSubscription(entry) || taken) {
			sub_fail.push(String(entry?.name ?? ''));
			continue;
		}
		const id = app.nextSubscriptionId++;
		app.subscriptions.set(id, { id, callback: entry.callback, name: entry.name, events: [...entry.events], enable: true });
		sub_succ.push({ id, name: entry.name });
	}
	return { sub_succ, sub_fail };
});
register('GET', 'subscriptions', ({ app }) => [...app.subscriptions.values()].map(subscriptionView));
register('GET', 'subscriptions/:id', ({ app, params }) => {
	const { id: _id, ...view } = subscriptionView(findSubscription(app, params.id));
	return view;
});
register('PUT', 'subscriptions/:id', ({ app, params, body }) => {
	const subscription = findSubscription(app, params.id);
	// The doc's table wraps the fields in `subscription`; its example sends them flat with `state`: both are read.
	// The table marks callback, name, events and enable all required (Y), and the example sends all of them (with
	// `state` for the status): a PUT replaces the subscription, nothing is taken from the old one.
	const input = body.subscription && typeof body.subscription === 'object' ? body.subscription : body;
	const next = { callback: input.callback, name: input.name, events: input.events };
	if (next.callback === undefined || next.name === undefined || next.events === undefined) throw udeskError('000001', 'Parameter error');
	if (input.enable === undefined && input.state === undefined) throw udeskError('000001', 'Parameter error');
	if (!checkSubscription(next)) throw udeskError('000001', 'ParamsInvalid');
	const enable = input.enable ?? Number(input.state) === 1;
	Object.assign(subscription, next, { events: [...next.events], enable: enable === true || enable === 'true' });
	return { [subscription.name]: subscription.id };
});
register('DELETE', 'subscriptions/:id', ({ app, params }) => {
	findSubscription(app, params.id, '000004', 'Data does not exist');
	app.subscriptions.delete(Number(params.id));
	return '';
});

// Reports: time range checks as the doc states them, then PageNum/PageSize (≤ 100) paging with TotalPage.
function reportRange(input, now, { retention }) {
	const start = input.StartTime === undefined ? undefined : Number(input.StartTime);
	const end = input.EndTime === undefined ? now : Number(input.EndTime);
	if ((start !== undefined && !Number.isFinite(start)) || !Number.isFinite(end)) throw udeskError('000001', 'ParamsInvalid');
	const from = start ?? end - WEEK_MS;
	if (from > end || end - from > WEEK_MS) throw udeskError('000001', 'ParamsInvalid: time period limit is 1 week');
	// Data older than the retention "cannot be retrieved": those rows simply are not there.
	return [retention ? Math.max(from, now - WEEK_MS) : from, end];
}
function pageOf(rows, input, listKey) {
	// "PageSize | N | number | Page size, maximum 100": a larger page is refused rather than silently cut.
	if (input.PageSize !== undefined && Number(input.PageSize) > 100) throw udeskError('000001', 'ParamsInvalid: PageSize maximum 100');
	const pageSize = Math.min(100, Math.max(1, Number(input.PageSize ?? 100) || 100));
	const pageNum = Math.max(1, Number(input.PageNum ?? 1) || 1);
	return {
		CurrPage: pageNum,
		PageSize: pageSize,
		Total: rows.length,
		TotalPage: Math.ceil(rows.length / pageSize),
		[listKey]: rows.slice((pageNum - 1) * pageSize, pageNum * pageSize),
	};
}
export function callLogs(app, now) {
	const count = app.callLogCount ?? 10_000;
	const anchor = Math.floor(now / DAY_MS) * DAY_MS - 6 * DAY_MS;
	if (app.callLogCache?.count === count && app.callLogCache.anchor === anchor) return app.callLogCache.rows;
	const step = Math.max(1, Math.floor((6 * DAY_MS) / Math.max(count, 1)));
	const rows = Array.from({ length: count }, (_, i) => {
		const start = anchor + i * step;
		const answered = i % 4 !== 3;
		return {
			CallId: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
			StartTime: start,
			EndTime: start + 30_000 + (i % 7) * 10_000,
			AgentAnswerTime: start + 3_000,
			UserAnswerTime: answered ? start + 8_000 : 0,
			CallDuration: answered ? 22 + (i % 7) * 10 : 0,
			TotalDuration: 30 + (i % 7) * 10,
			DestNumber: `136${String(i).padStart(8, '0')}`,
			UNProvince: '',
			UNCity: '',
			SpNumber: '057126200670',
			AgentId: i % 2 ? '10032' : '10031',
			AgentName: i % 2 ? 'Qian' : 'Li',
			WorkId: i % 2 ? '8002' : '8001',
			Email: '',
			CallType: i % 3 ? 'Outgoing' : 'Incoming',
			EndType: 'callResult',
			HangupBy: i % 2 ? 'customer' : 'agent',
			HangupReason: '',
			HangupCode: '',
			AgentDevType: 'voip',
			RobotVars: null,
			AIRecordLen: 0,
			AdCallId: '',
			AdTaskId: '',
		};
	});
	app.callLogCache = { count, anchor, rows };
	return rows;
}
// The doc requires the JSON body here ({} when nothing is filtered), see GET WITH A JSON BODY in the handler.
register(
	'GET',
	'calls/logs',
	({ app, input, now }) => {
		const all = callLogs(app, now);
		if (input.CallId) return pageOf(all.filter((row) => row.CallId === input.CallId), input, 'CallLogs');
		const [from, to] = reportRange(input, now, { retention: true });
		return pageOf(all.filter((row) => row.StartTime >= from && row.StartTime <= to), input, 'CallLogs');
	},
	{ jsonBody: 'required' },
);
register('GET', 'calls/recfiles', ({ app, input, now, origin, state }) => {
	const all = callLogs(app, now);
	const [from, to] = input.CallId ? [-Infinity, Infinity] : reportRange(input, now, { retention: true });
	const rows = all
		.filter((row) => (input.CallId ? row.CallId === input.CallId : row.StartTime >= from && row.StartTime <= to))
		.filter((row) => row.CallDuration > 0)
		.map((row) => ({
			CallId: row.CallId,
			StartTime: row.UserAnswerTime,
			EndTime: row.EndTime,
			Duration: Math.round((row.EndTime - row.UserAnswerTime) / 1000),
			RecFileUrl: recordingUrl({ origin, state, now, appId: app.AppId, callId: row.CallId }),
		}));
	return pageOf(rows, input, 'RecFiles');
}, { jsonBody: 'body' }); // calls/logs' parameter table and server: parameters in the JSON body (the doc does not say an empty one fails)
register('GET', 'agents/statelogs', ({ input, now }) => {
	const [from, to] = reportRange(input, now, { retention: false });
	const HALF_HOUR = 30 * 60 * 1000;
	const agents = input.AgentId ? [String(input.AgentId)] : ['10031', '10032'];
	const rows = [];
	for (let t = Math.ceil(from / HALF_HOUR) * HALF_HOUR; t <= to; t += HALF_HOUR) {
		const slot = Math.floor(t / HALF_HOUR);
		for (const agentId of agents) {
			rows.push({
				AgentId: agentId,
				AgentName: agentId === '10031' ? 'Li' : agentId === '10032' ? 'Qian' : '',
				WorkId: agentId === '10031' ? '8001' : agentId === '10032' ? '8002' : '',
				CurState: String(slot % 5),
				CurStateSubId: 0,
				StartTime: t,
				EndTime: t + HALF_HOUR,
				Duration: HALF_HOUR / 1000,
				OldState: String((slot + 4) % 5),
				OldStateSubId: 0,
			});
		}
	}
	return pageOf(rows, input, 'AgentStateLogs');
}, { jsonBody: 'body' }); // as calls/recfiles
// 'agents/:agentId' (GET agent) was registered first and would match agents/statelogs: put this route before it.
routes.unshift(routes.pop());

// ───────────────────────── First hour: a seeded directory, recordings as files (issue 14) ─────────────────────────
// The directory the generated reports talk about, so that a newcomer's Agent → Get Many shows the agents the call logs
// name: agents 10031 "Li" (work ID 8001) and 10032 "Qian" (work ID 8002), each bound to the extension of its work ID
// (the call logs' WorkId — "Agent extension" in the doc's CallLog table) and to queues. `startSandbox` (dev, e2e,
// bench) seeds it; `createUdeskSandbox()` without `seedDirectory` starts empty, as the unit tests expect.
export const SEEDED_AGENTS = [
	{ AgentId: '10031', WorkId: '8001', Name: 'Li', Email: 'li@example.com', Mobile: '13800000031', Extension: '8001', Queues: ['9001'], loggedIn: true },
	{ AgentId: '10032', WorkId: '8002', Name: 'Qian', Email: 'qian@example.com', Mobile: '13800000032', Extension: '8002', Queues: ['9001', '9002'], loggedIn: false },
];
export const SEEDED_QUEUE_NAMES = { 9001: 'Support', 9002: 'Sales' };

export function seedDirectory(app) {
	for (const [queueId, name] of Object.entries(SEEDED_QUEUE_NAMES)) {
		if (!app.queues.has(queueId)) app.queues.set(queueId, { QueueId: queueId, Strategy: 'longest_idle', Timeout: 60, MaxLength: 128, Agents: [] });
		app.queues.get(queueId).QueueName = name;
	}
	for (const seat of SEEDED_AGENTS) {
		const extension = app.extensions.get(seat.Extension) ?? { Extension: seat.Extension, Password: sha1(seat.Extension).slice(0, 16), Number: `${app.ExtensionPrefix}${seat.Extension}` };
		extension.AgentId = seat.AgentId;
		app.extensions.set(seat.Extension, extension);
		app.agents.set(seat.AgentId, {
			AgentId: seat.AgentId,
			WorkId: seat.WorkId,
			Name: seat.Name,
			Mobile: seat.Mobile,
			Email: seat.Email,
			Role: 'agent',
			Enable: true,
			WrapUpTime: 0,
			Queues: [...seat.Queues],
			Extensions: [seat.Extension],
			DefSpNumber: '',
			// Li is signed in and ready (so Call → Originate works at once), Qian is not available.
			State: seat.loggedIn ? 0 : 4,
			loggedIn: seat.loggedIn,
			CallMode: 'voip',
		});
		for (const queueId of seat.Queues) app.queues.get(queueId).Agents.push(seat.AgentId);
	}
}

// Recording files. The doc gives RecFileUrl only as "string (url)" and says nothing about how long it works. A real
// recording store hands out pre-signed object-storage URLs that stop working after a while; the sandbox does the same
// in the form of Alibaba Cloud OSS (udesk is hosted in China): `?OSSAccessKeyId=…&Expires=<epoch s>&Signature=…`,
// Signature = base64 HMAC-SHA1 over "GET\n\n\n{Expires}\n/{bucket}/{key}". An expired URL gets OSS's own answer,
// HTTP 403 AccessDenied "Request has expired."; a changed URL 403 SignatureDoesNotMatch; an unknown file 404 NoSuchKey.
// `state.recordingUrlSeconds` (default 3600) is how long a new URL works; set it ≤ 0 to hand out expired URLs.
// The file is a small generated WAV (RIFF/WAVE, PCM 8 kHz, 16-bit, mono, 1 s tone, pitch by call), served as audio/wav.
const RECORDINGS_PATH = '/recordings/';
const RECORDING_BUCKET = 'udesk-sandbox-recordings';
const RECORDING_ACCESS_KEY = 'LTAI5tSandboxRecordings';
const RECORDING_SIGNING_KEY = 'sandbox-recording-signing-key';

const ossSignature = (expires, key) =>
	createHmac('sha1', RECORDING_SIGNING_KEY).update(`GET\n\n\n${expires}\n/${RECORDING_BUCKET}/${key}`).digest('base64');

export function recordingUrl({ origin, state, now, appId, callId }) {
	const key = `${appId}/${callId}.wav`;
	const expires = Math.floor(now / 1000) + (state.recordingUrlSeconds ?? 3600);
	const url = new URL(`${RECORDINGS_PATH}${key}`, origin);
	url.searchParams.set('OSSAccessKeyId', RECORDING_ACCESS_KEY);
	url.searchParams.set('Expires', String(expires));
	url.searchParams.set('Signature', ossSignature(expires, key));
	return url.href;
}

/** A valid PCM WAV: 8 kHz, 16-bit, mono, `seconds` long, a sine tone of `hz`. */
export function generateWav({ seconds = 1, hz = 440, sampleRate = 8000 } = {}) {
	const samples = Math.round(seconds * sampleRate);
	const data = Buffer.alloc(samples * 2);
	for (let i = 0; i < samples; i++) data.writeInt16LE(Math.round(Math.sin((2 * Math.PI * hz * i) / sampleRate) * 8000), i * 2);
	const header = Buffer.alloc(44);
	header.write('RIFF', 0, 'latin1');
	header.writeUInt32LE(36 + data.length, 4);
	header.write('WAVE', 8, 'latin1');
	header.write('fmt ', 12, 'latin1');
	header.writeUInt32LE(16, 16); // PCM chunk size
	header.writeUInt16LE(1, 20); // PCM
	header.writeUInt16LE(1, 22); // mono
	header.writeUInt32LE(sampleRate, 24);
	header.writeUInt32LE(sampleRate * 2, 28); // byte rate
	header.writeUInt16LE(2, 32); // block align
	header.writeUInt16LE(16, 34); // bits per sample
	header.write('data', 36, 'latin1');
	header.writeUInt32LE(data.length, 40);
	return Buffer.concat([header, data]);
}

/** The WAV the sandbox serves for a call: the pitch follows the call's number, so two recordings differ. */
export function recordingWav(callId) {
	const index = Number.parseInt(String(callId).slice(-12), 10) || 0;
	return generateWav({ hz: 300 + (index % 5) * 100 });
}

function ossError(res, status, code, message, extra = {}) {
	const fields = { Code: code, Message: message, RequestId: randomBytes(12).toString('hex').toUpperCase(), HostId: `${RECORDING_BUCKET}.oss-cn-hangzhou.aliyuncs.com`, ...extra };
	const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n${Object.entries(fields).map(([k, v]) => `  <${k}>${v}</${k}>`).join('\n')}\n</Error>\n`;
	res.writeHead(status, { 'content-type': 'application/xml', 'x-oss-request-id': fields.RequestId });
	res.end(xml);
}

function serveRecording({ method, url, res, state, config }) {
	state.downloads ??= [];
	state.downloads.push({ method, path: url.pathname, query: Object.fromEntries(url.searchParams.entries()) });
	if (method !== 'GET' && method !== 'HEAD') return ossError(res, 405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
	const key = url.pathname.slice(RECORDINGS_PATH.length);
	const expires = url.searchParams.get('Expires') ?? '';
	const signature = url.searchParams.get('Signature') ?? '';
	if (url.searchParams.get('OSSAccessKeyId') !== RECORDING_ACCESS_KEY || !/^\d+$/.test(expires) || signature !== ossSignature(expires, key)) {
		return ossError(res, 403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.');
	}
	const now = config.now();
	if (Number(expires) * 1000 < now) {
		return ossError(res, 403, 'AccessDenied', 'Request has expired.', {
			Expires: new Date(Number(expires) * 1000).toISOString(),
			ServerTime: new Date(now).toISOString(),
		});
	}
	const [appId, file] = key.split('/');
	const callId = file?.replace(/\.wav$/, '');
	const app = state.apps.get(appId);
	const call = app && callLogs(app, now).find((row) => row.CallId === callId && row.CallDuration > 0);
	if (!call) return ossError(res, 404, 'NoSuchKey', 'The specified key does not exist.', { Key: key });
	const wav = recordingWav(callId);
	res.writeHead(200, { 'content-type': 'audio/wav', 'content-length': wav.length, etag: `"${sha1(wav.toString('latin1')).slice(0, 32).toUpperCase()}"` });
	res.end(method === 'HEAD' ? undefined : wav);
}
