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
//   ctx = { method, path, params, query, body, files /* multipart file parts */, input /* query and body merged */, state, app, options, now }.
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
		let files = [];
		const contentType = String(req.headers['content-type'] ?? '');
		if (contentType.startsWith('multipart/form-data')) {
			({ fields: body, files } = parseMultipart(Buffer.concat(chunks), contentType));
		} else if (text.trim() !== '') {
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
			const result = await route.fn({ method, path, params, query, body, files, input, state, app: ctxApp, options: config, now: config.now() });
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

// Upload: multipart/form-data (FileName, FileType, FileDesc + the file part) or the documented JSON fields alone.
register('POST', 'ivrs/vfiles', ({ app, input, files }) => {
	if (!input.FileName) throw udeskError('000001', 'File name Blank');
	if (input.FileType !== undefined && input.FileType !== 'wav') throw udeskError('000001', 'ParamsInvalid: only wav is supported');
	const file = files?.[0];
	if (file && !(file.data.length >= 12 && file.data.toString('latin1', 0, 4) === 'RIFF' && file.data.toString('latin1', 8, 12) === 'WAVE')) {
		throw udeskError('000001', 'ParamsInvalid: the file is not a wav file');
	}
	const ivr = ivrOf(app);
	if (ivr.vfiles.has(String(input.FileName))) throw udeskError('100004', `Duplicate entry ${input.FileName} for FileName`);
	ivr.vfiles.set(String(input.FileName), { FileName: String(input.FileName), FileType: 'wav', FileDesc: String(input.FileDesc ?? ''), size: file?.data.length ?? 0 });
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

/** multipart/form-data → text fields and file parts (the IVR voice-file upload). */
function parseMultipart(buffer, contentType) {
	const boundary = /boundary=("?)([^";]+)\1/.exec(contentType)?.[2];
	const fields = {};
	const files = [];
	if (!boundary) return { fields, files };
	const text = buffer.toString('latin1');
	for (const part of text.split(`--${boundary}`).slice(1)) {
		if (part.startsWith('--')) break;
		const headEnd = part.indexOf('\r\n\r\n');
		if (headEnd < 0) continue;
		const head = part.slice(0, headEnd);
		const content = part.slice(headEnd + 4).replace(/\r\n$/, '');
		const name = /name="([^"]*)"/.exec(head)?.[1];
		const filename = /filename="([^"]*)"/.exec(head)?.[1];
		if (filename !== undefined) {
			files.push({ name, filename, contentType: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1], data: Buffer.from(content, 'latin1') });
		} else if (name !== undefined) {
			fields[name] = Buffer.from(content, 'latin1').toString('utf8');
		}
	}
	return { fields, files };
}
