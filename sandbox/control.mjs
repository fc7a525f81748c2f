// The running sandbox's control endpoint: lets `npm run sandbox -- emit <event>` make the udesk simulator send a
// signed (or forged) callback to every live message subscription — what udesk does when a call ends, an agent changes
// state… Mounted by sandbox/index.mjs on the udesk simulator's own port under /_sandbox/ (not part of ccapi v2), on
// 127.0.0.1 only, and refuses any other peer. Node built-ins only.
//
//   GET  /_sandbox/subscriptions            the live message subscriptions (id, name, callback, events, enable)
//   GET  /_sandbox/events                   the event names udesk documents, by category
//   POST /_sandbox/emit {event, forged?, fields?}
//        → 200 {event: <the body sent>, deliveries: [{callback, status, body}]}; 400 for an event the doc does not name
import { callLogs, MESSAGE_EVENTS } from './udesk.mjs';

export const CONTROL_PREFIX = '/_sandbox/';

const CATEGORY_OF = {
	acd_agent_state: 'agent_state',
	ext_state: 'ext_state',
	agent_call_mode_change: 'agent_call_mode',
	agent_answer: 'call (agent leg, subscription example)',
	agent_hangup: 'call (agent leg, subscription example)',
	agent_ringing: 'call (agent leg, subscription example)',
};

/**
 * A callback body for `event`. The doc shows no callback body, so these follow the field names of its call logs and
 * agent client events (CallId, AgentId, DestNumber, SpNumber; CurState/OldState; CurContact) and name the event in
 * `event`, where the trigger looks first. Call events describe a real call of the generated call logs (default: the
 * most recent answered one), so a workflow can fetch its call log and recording. `fields` override anything.
 */
export function eventBody(app, event, fields = {}, now = Date.now()) {
	const agentId = String(fields.AgentId ?? '10031');
	const agent = app.agents.get(agentId);
	const base = { event };
	if (event === 'acd_agent_state') {
		return { ...base, AgentId: agentId, AgentName: agent?.Name ?? '', CurState: 'idle', OldState: 'busy', CurStateSubId: 0, ...fields };
	}
	if (event === 'ext_state') {
		return { ...base, AgentId: agentId, Extension: agent?.Extensions?.[0] ?? '8001', CurState: '2', OldState: '0', Reason: '', ...fields };
	}
	if (event === 'agent_call_mode_change') return { ...base, AgentId: agentId, CurContact: 'cellphone', ...fields };
	const logs = callLogs(app, now);
	const wanted = fields.CallId;
	const call = wanted ? logs.find((row) => row.CallId === wanted) : [...logs].reverse().find((row) => row.CallDuration > 0 && (fields.AgentId === undefined || row.AgentId === agentId));
	return {
		...base,
		CallId: wanted ?? call?.CallId,
		AgentId: call?.AgentId ?? agentId,
		AgentName: call?.AgentName ?? agent?.Name ?? '',
		DestNumber: call?.DestNumber ?? '13600000000',
		SpNumber: call?.SpNumber ?? '057126200670',
		CallType: call?.CallType ?? 'Incoming',
		...(event === 'end' && call ? { StartTime: call.StartTime, EndTime: call.EndTime, HangupBy: call.HangupBy } : {}),
		...fields,
	};
}

function sendJson(res, status, body) {
	res.writeHead(status, { 'content-type': 'application/json;charset=utf-8' });
	res.end(`${JSON.stringify(body, null, 2)}\n`);
}

/** (req, res) handler for /_sandbox/…; `emit(body, {forged})` delivers, `app()` is the sandbox application. */
export function createControlHandler({ app, emit }) {
	return async function control(req, res) {
		const peer = req.socket.remoteAddress ?? '';
		if (!['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(peer)) return sendJson(res, 403, { error: 'the sandbox control endpoint answers 127.0.0.1 only' });
		const url = new URL(req.url, 'http://sandbox');
		const route = `${req.method} ${url.pathname.slice(CONTROL_PREFIX.length)}`;
		const chunks = [];
		for await (const chunk of req) chunks.push(chunk);
		if (route === 'GET subscriptions') {
			return sendJson(res, 200, [...app().subscriptions.values()].map(({ id, name, callback, events, enable }) => ({ id, name, callback, events, enable })));
		}
		if (route === 'GET events') {
			const byCategory = {};
			for (const event of [...MESSAGE_EVENTS].sort()) (byCategory[CATEGORY_OF[event] ?? 'call'] ??= []).push(event);
			return sendJson(res, 200, byCategory);
		}
		if (route === 'POST emit') {
			let input;
			try {
				input = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
			} catch {
				return sendJson(res, 400, { error: 'the body must be JSON: {"event": "end", "forged": false, "fields": {}}' });
			}
			const event = String(input.event ?? '');
			if (!MESSAGE_EVENTS.has(event)) {
				return sendJson(res, 400, { error: `"${event}" is not an event udesk documents`, events: [...MESSAGE_EVENTS].sort() });
			}
			const body = eventBody(app(), event, input.fields ?? {});
			const deliveries = await emit(body, { forged: input.forged === true });
			return sendJson(res, 200, { event: body, forged: input.forged === true, deliveries });
		}
		return sendJson(res, 404, { error: `no control route ${route}`, routes: ['GET /_sandbox/subscriptions', 'GET /_sandbox/events', 'POST /_sandbox/emit'] });
	};
}
