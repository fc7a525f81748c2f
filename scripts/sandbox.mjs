#!/usr/bin/env node
// `npm run sandbox -- …` — talks to the RUNNING offline sandbox (`npm run dev -- --sandbox`) through its control
// endpoint on the udesk simulator (http://127.0.0.1:5682/_sandbox/, 127.0.0.1 only; see sandbox/control.mjs).
//
//   npm run sandbox -- emit end                     udesk sends a signed `end` callback to every live subscription
//   npm run sandbox -- emit end --forged            …with a signature made with a wrong secret (the trigger answers 401)
//   npm run sandbox -- emit end --call-id <uuid>    …about that call (default: the latest answered call of the call logs)
//   npm run sandbox -- emit acd_agent_state --agent-id 10032 --field CurState=busy
//   npm run sandbox -- events                       the event names udesk documents
//   npm run sandbox -- subscriptions                the live message subscriptions (who would receive an event)
//   --url http://127.0.0.1:PORT                     another sandbox (default: SANDBOX_UDESK_URL or http://127.0.0.1:5682)

const args = process.argv.slice(2);
const option = (name) => {
	const index = args.indexOf(name);
	return index === -1 ? undefined : args[index + 1];
};
const base = (option('--url') ?? process.env.SANDBOX_UDESK_URL ?? 'http://127.0.0.1:5682').replace(/\/+$/, '');
const TAKES_VALUE = new Set(['--url', '--call-id', '--agent-id', '--field']);
const [command, event] = args.filter((arg, index) => !arg.startsWith('--') && !TAKES_VALUE.has(args[index - 1]));

async function call(method, path, body) {
	let response;
	try {
		response = await fetch(`${base}/_sandbox/${path}`, {
			method,
			headers: body ? { 'content-type': 'application/json' } : {},
			body: body ? JSON.stringify(body) : undefined,
		});
	} catch (error) {
		throw new Error(`no sandbox answers at ${base} (${error.cause?.code ?? error.message}) — start it with: npm run dev -- --sandbox`);
	}
	const answer = await response.json();
	if (!response.ok) throw new Error(`${answer.error}${answer.events ? `\nDocumented events: ${answer.events.join(', ')}` : ''}`);
	return answer;
}

function fields() {
	const out = {};
	if (option('--call-id')) out.CallId = option('--call-id');
	if (option('--agent-id')) out.AgentId = option('--agent-id');
	args.forEach((arg, index) => {
		if (arg !== '--field') return;
		const [key, ...value] = String(args[index + 1] ?? '').split('=');
		if (key) out[key] = value.join('=');
	});
	return out;
}

async function main() {
	if (command === 'emit') {
		if (!event) throw new Error('which event? e.g. npm run sandbox -- emit end   (npm run sandbox -- events lists them)');
		const forged = args.includes('--forged');
		const answer = await call('POST', 'emit', { event, forged, fields: fields() });
		console.log(`udesk → ${forged ? 'FORGED' : 'signed'} "${event}" callback:`);
		console.log(JSON.stringify(answer.event, null, 2));
		if (answer.deliveries.length === 0) {
			console.log(`\nNo live subscription lists "${event}", so nobody received it. In the editor, open the workflow and press`);
			console.log('"Execute workflow" (the trigger then subscribes its test URL), or activate the workflow; then emit again.');
			process.exitCode = 2;
			return;
		}
		for (const delivery of answer.deliveries) {
			const outcome = delivery.error ? `not delivered: ${delivery.error}` : `HTTP ${delivery.status} ${JSON.stringify(delivery.body)}`;
			console.log(`→ ${delivery.callback}\n  ${outcome}`);
		}
		if (answer.deliveries.some((delivery) => delivery.error || delivery.status >= 400)) process.exitCode = 1;
		return;
	}
	if (command === 'events') {
		for (const [category, events] of Object.entries(await call('GET', 'events'))) console.log(`${category}: ${events.join(', ')}`);
		return;
	}
	if (command === 'subscriptions') {
		const list = await call('GET', 'subscriptions');
		if (list.length === 0) console.log('No message subscriptions (no trigger is listening).');
		for (const sub of list) console.log(`#${sub.id} ${sub.name}${sub.enable ? '' : ' (disabled)'}\n  ${sub.callback}\n  events: ${sub.events.join(', ')}`);
		return;
	}
	console.log('usage: npm run sandbox -- emit <event> [--forged] [--call-id <uuid>] [--agent-id <id>] [--field Key=Value]');
	console.log('       npm run sandbox -- events | subscriptions   [--url http://127.0.0.1:5682]');
	process.exitCode = command ? 1 : 0;
}

main().catch((error) => {
	console.error(`[sandbox] ${error.message}`);
	process.exitCode = 1;
});
