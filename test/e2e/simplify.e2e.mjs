// Real n8n 2.41 (Node 24) runs version-1.1 nodes of all four vendors against the sandbox: Simplify is on by default
// there and gives the shared shape in the workflow's time zone; a version-1 node next to them keeps the vendor record.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { SANDBOX_CREDENTIAL_IDS, startSandbox } from '../../sandbox/index.mjs';
import { createN8n, nodeOutput, restClient } from './lib.mjs';

const WORKFLOW = 'e2eSimplify00001';
const ZONE = 'Asia/Kolkata';
const OFFSET = '+05:30';

let sandbox;
let n8n;
let result;

const credential = (type) => ({ [type]: { id: SANDBOX_CREDENTIAL_IDS[type], name: type } });

/** A package node; parameters as a user leaves them in a node added in the editor (Simplify not touched). */
function node(name, type, typeVersion, parameters, credentialType, x) {
	return {
		id: name.replace(/\W/g, ''),
		name,
		type: `n8n-nodes-contact-center.${type}`,
		typeVersion,
		position: [x, 0],
		executeOnce: true,
		parameters,
		credentials: credential(credentialType),
	};
}

before(async () => {
	sandbox = await startSandbox({ timeScale: 60 });
	n8n = createN8n();
	await n8n.importCredentials(sandbox.credentials);
	const nodes = [
		{ id: 'start', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		node('CCAI', 'ccaiPlatform', 1.1, { resource: 'agentStatus', operation: 'get', agentIds: ['11'], teamIds: '' }, 'ccaiPlatformApi', 200),
		node('CCAI v1', 'ccaiPlatform', 1, { resource: 'agentStatus', operation: 'get', agentIds: '11', teamIds: '' }, 'ccaiPlatformApi', 400),
		node(
			'Udesk',
			'udesk',
			1.1,
			{ resource: 'report', operation: 'callLogs', startTime: '={{ $now.minus({ days: 6 }).toISO() }}', returnAll: false, limit: 3 },
			'udeskApi',
			600,
		),
		node(
			'Ozonetel',
			'ozonetel',
			1.1,
			// a Wednesday: the sandbox has rows for every day but Sunday
			{ resource: 'report', operation: 'agentStateSummary', fromDate: '2026-11-25T00:00:00', toDate: '2026-11-25T23:59:59', agentIds: 'agent1', modeTypes: [], options: {} },
			'ozonetelApi',
			800,
		),
		node(
			'Zoho',
			'zohoVoice',
			1.1,
			{ resource: 'agentStatus', operation: 'getDailySummary', start: '2026-11-23T00:00:00', end: '2026-11-25T00:00:00', agentIds: '', queueIds: '', returnAll: false, limit: 1, options: {} },
			'zohoVoiceOAuth2Api',
			1000,
		),
	];
	const names = nodes.map((n) => n.name);
	await n8n.importWorkflows([
		{
			id: WORKFLOW,
			name: 'E2E: Simplify on every vendor',
			active: false,
			settings: { timezone: ZONE },
			nodes,
			connections: Object.fromEntries(names.slice(0, -1).map((name, i) => [name, { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] }])),
		},
	]);
	result = await n8n.execute(WORKFLOW);
});

after(async () => {
	n8n?.cleanup();
	await sandbox?.close();
});

const HMS = /^\d{2,}:[0-5]\d:[0-5]\d$/;
const hms = (seconds) => {
	const total = Math.round(seconds);
	const pad = (n) => String(n).padStart(2, '0');
	return `${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
};

test('CCAI Platform 1.1: the simplified agent; version 1 next to it keeps the vendor record', () => {
	assert.deepEqual(nodeOutput(result, 'CCAI'), [
		{ agentId: '11', agentName: 'Darth Vader', status: 'lunch', email: 'notanakinskywalker@empire.com' },
	]);
	assert.deepEqual(nodeOutput(result, 'CCAI v1'), [
		{ agent_id: 11, name: 'Darth Vader', email: 'notanakinskywalker@empire.com', agent_number: 'Agent No.111', status: 'lunch', ip_addrs: ['34.211.11.101'] },
	]);
});

test('udesk 1.1: call logs in the shared shape, times in the workflow time zone', () => {
	const items = nodeOutput(result, 'Udesk');
	assert.equal(items.length, 3);
	for (const item of items) {
		assert.deepEqual(Object.keys(item), [
			'agentId', 'agentName', 'status', 'startedAt', 'endedAt', 'durationSeconds', 'duration', 'callId', 'direction', 'from', 'to', 'talkSeconds', 'hangupBy',
		]);
		assert.ok(item.startedAt.endsWith(OFFSET), item.startedAt);
		assert.ok(item.endedAt.endsWith(OFFSET), item.endedAt);
		assert.equal(item.duration, hms(item.durationSeconds));
		assert.ok(['inbound', 'outbound'].includes(item.direction), item.direction);
		assert.match(item.callId, /^[0-9a-f-]{36}$/);
	}
});

test('Ozonetel 1.1: the agent-state summary with the summary seconds', () => {
	assert.deepEqual(nodeOutput(result, 'Ozonetel'), [
		{
			agentId: 'agent1',
			agentName: 'Asha',
			durationSeconds: 28800,
			duration: '08:00:00',
			direction: 'inbound',
			date: '2026-11-25',
			availableSeconds: 3605,
			onCallSeconds: 630,
			breakSeconds: 2700,
			wrapUpSeconds: 300,
			loggedInSeconds: 28800,
			mode: 'Inbound',
		},
	]);
});

test('Zoho Voice 1.1: the daily summary in the shared shape', () => {
	const items = nodeOutput(result, 'Zoho');
	assert.ok(items.length >= 1);
	for (const item of items) {
		assert.deepEqual(Object.keys(item), [
			'agentId', 'agentName', 'durationSeconds', 'duration', 'date', 'availableSeconds', 'onCallSeconds', 'busySeconds', 'breakSeconds', 'loggedInSeconds', 'email',
		]);
		assert.match(item.agentId, /^\d+$/);
		assert.match(item.date, /^\d{4}-\d{2}-\d{2}$/);
		assert.match(item.duration, HMS);
		assert.equal(item.durationSeconds, item.loggedInSeconds);
	}
});

// The editor fills From List and multi-selects through these two endpoints of n8n's REST API; calling them as the
// editor does proves the listSearch / loadOptions methods work inside the real product.
describe('pickers through the editor\'s REST API (n8n start)', () => {
	let server;
	let rest;

	before(async () => {
		server = await n8n.start();
		rest = restClient(server.url);
		await rest.setupOwner();
	});

	after(async () => {
		await server?.stop();
	});

	test('udesk From List: searchQueues on version 1.1, filtered', async () => {
		const data = await rest.call('POST', '/dynamic-node-parameters/resource-locator-results', {
			path: 'parameters.queueId',
			nodeTypeAndVersion: { name: 'n8n-nodes-contact-center.udesk', version: 1.1 },
			methodName: 'searchQueues',
			filter: '9002',
			currentNodeParameters: { resource: 'queue', operation: 'get', queueId: { __rl: true, mode: 'list', value: '' } },
			credentials: credential('udeskApi'),
		});
		assert.deepEqual(data.results.map((row) => row.value), ['9002']);
	});

	test('CCAI Platform: the agents multi-select lists every agent', async () => {
		const data = await rest.call('POST', '/dynamic-node-parameters/options', {
			path: 'parameters.agentIds',
			nodeTypeAndVersion: { name: 'n8n-nodes-contact-center.ccaiPlatform', version: 1.1 },
			methodName: 'getAgents',
			currentNodeParameters: { resource: 'agentStatus', operation: 'get', agentIds: [], teamIds: '' },
			credentials: credential('ccaiPlatformApi'),
		});
		assert.deepEqual(data.map((option) => option.value), ['14', '12', '11', '13']);
		assert.equal(data.find((option) => option.value === '11').name, 'Darth Vader (11)');
	});
});
