// Real n8n 2.41 (Node 24) loads this package as a community package and runs a CCAI Platform workflow headless
// against the local CCAI stand-in.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { createCcaiPlatformSandbox } from '../../sandbox/ccai-platform.mjs';
import { createN8n, nodeOutput, serve } from './lib.mjs';

let n8n;
let vendor;
let sandbox;

before(async () => {
	sandbox = createCcaiPlatformSandbox();
	vendor = await serve(sandbox.handler);
	n8n = createN8n();
	await n8n.importCredentials([
		{
			id: 'ccaiE2eCredent1',
			name: 'CCAI sandbox',
			type: 'ccaiPlatformApi',
			data: { domain: 'custom', baseUrl: vendor.url, username: 'sandbox-user', password: 'sandbox-token' },
		},
	]);
	await n8n.importWorkflows([{
		id: 'ccaiE2eWorkflow1',
		name: 'E2E: CCAI set agents to Break',
		active: false,
		settings: {},
		nodes: [
			{ id: 'a1', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{
				id: 'a2',
				name: 'Set Break',
				type: 'n8n-nodes-contact-center.ccaiPlatform',
				typeVersion: 1,
				position: [220, 0],
				parameters: { resource: 'agentStatus', operation: 'update', status: 'Break', agentIds: '11, 12', teamIds: '' },
				credentials: { ccaiPlatformApi: { id: 'ccaiE2eCredent1', name: 'CCAI sandbox' } },
			},
			{
				id: 'a3',
				name: 'Read Back',
				type: 'n8n-nodes-contact-center.ccaiPlatform',
				typeVersion: 1,
				position: [440, 0],
				executeOnce: true,
				parameters: { resource: 'agentStatus', operation: 'get', agentIds: '11', teamIds: '' },
				credentials: { ccaiPlatformApi: { id: 'ccaiE2eCredent1', name: 'CCAI sandbox' } },
			},
		],
		connections: {
			Start: { main: [[{ node: 'Set Break', type: 'main', index: 0 }]] },
			'Set Break': { main: [[{ node: 'Read Back', type: 'main', index: 0 }]] },
		},
	}]);
});

after(async () => {
	n8n?.cleanup();
	await vendor?.close();
});

test('real n8n runs the CCAI Platform node against the stand-in', async () => {
	const result = await n8n.execute('ccaiE2eWorkflow1');
	assert.deepEqual(nodeOutput(result, 'Set Break'), [
		{ agent_id: 11, name: 'Darth Vader', email: 'notanakinskywalker@empire.com', agent_number: 'Agent No.111', previous_status: 'lunch', current_status: 'Break', updated: true },
		{ agent_id: 12, name: 'Craig T', email: 'craigT@nelson.com', agent_number: 'Agent No.112', previous_status: 'In-call', current_status: 'In-call', message: "Agent can't be changed from system status 'In-call'", updated: false },
	]);
	assert.deepEqual(nodeOutput(result, 'Read Back').map((row) => [row.agent_id, row.status]), [[11, 'Break']]);
	assert.deepEqual(
		sandbox.state.requests.map((r) => [r.method, r.path, r.query, r.body]),
		[
			['POST', '/apps/api/v1/agent_statuses', {}, { status: 'Break', agent_ids: [11, 12], team_ids: [] }],
			['GET', '/apps/api/v1/agent_statuses', {}, { agent_ids: [11] }],
		],
	);
});
