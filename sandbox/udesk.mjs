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
//   ctx = { method, path, params, query, body, input /* query and body merged */, state, app, options, now }.
//   options.appId: 'AppId' (default: required), 'app_id' (agent/logout) or null (apps create, hold, transfer).
import { createHash, randomBytes, randomUUID } from 'node:crypto';

const TEN_MINUTES = 10 * 60 * 1000;
const SIGNING_KEYS = new Set(['Timestamp', 'Sid', 'Sign', 'AppId', 'app_id']);

/** The route table. Order matters only for overlapping patterns: the first match wins. */
export const routes = [];

export function register(method, pattern, fn, { appId = 'AppId' } = {}) {
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
	routes.push({ method: method.toUpperCase(), pattern, regex: new RegExp(`^${source}$`), names, fn, appId });
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

		let body = {};
		if (text.trim() !== '') {
			try {
				body = JSON.parse(text);
			} catch {
				return send(200, { ErrCode: '100004', ErrDesc: 'Unexpected end of JSON input', Result: null });
			}
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
		for (const [key, value] of Object.entries(query)) if (!SIGNING_KEYS.has(key)) input[key] ??= value;
		try {
			const result = await route.fn({ method, path, params, query, body, input, state, app: ctxApp, options: config, now: config.now() });
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

const findAgent = (app, agentId) => {
	const agent = app.agents.get(String(agentId ?? ''));
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

const agentView = (app, agent) => {
	const extensions = agent.Extensions.length ? [...agent.Extensions] : null;
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

register('DELETE', 'agents/:agentId', ({ app, params, input }) => {
	const agent = findAgent(app, params.agentId);
	const deleteExtensions = input.IsDelExtensions === true || input.IsDelExtensions === 'true';
	if (agent.Queues.length || (agent.Extensions.length && !deleteExtensions)) throw udeskError('100004', "Agent has queue or voip, can't delete");
	for (const number of agent.Extensions) app.extensions.delete(number);
	app.agents.delete(agent.AgentId);
	return null;
});

register('GET', 'agents/:agentId', ({ app, params }) => agentView(app, findAgent(app, params.agentId)));

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
