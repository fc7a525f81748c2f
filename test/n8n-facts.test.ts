/**
 * Facts about n8n 2.41 itself that this package's design rests on, proven inside the real engine so that an n8n
 * upgrade that changes them fails here first:
 *  - httpRequestWithAuthentication never sends a body on GET (CCAI Get and the udesk data endpoints therefore send
 *    their parameters in the query string — see nodes/CcaiPlatform/actions/agentStatus/get.operation.ts and
 *    GET_PARAMETERS_IN in nodes/Udesk/transport/index.ts), while the same body on POST arrives intact.
 */
import type { IDataObject, IExecuteFunctions, INodeType } from 'n8n-workflow';

import { runWorkflow } from './harness/engine';
import { fakeVendor } from './harness/http';

const BASE = 'http://127.0.0.1:8099';

const probe: INodeType = {
	description: {
		displayName: 'HTTP Probe',
		name: 'httpProbe',
		group: ['transform'],
		version: 1,
		description: 'Sends one request through httpRequestWithAuthentication',
		defaults: { name: 'Probe' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'ccaiPlatformApi', required: true }],
		properties: [],
	},
	async execute(this: IExecuteFunctions) {
		const { method, body } = this.getInputData()[0].json as { method: 'GET' | 'POST'; body: IDataObject };
		await this.helpers.httpRequestWithAuthentication.call(this, 'ccaiPlatformApi', {
			method,
			url: `${BASE}/probe`,
			body,
			json: true,
		});
		return [[{ json: {}, pairedItem: { item: 0 } }]];
	},
};

async function send(method: 'GET' | 'POST', body: IDataObject) {
	const vendor = fakeVendor(BASE, () => ({ body: {} }));
	const result = await runWorkflow({
		nodes: [
			{
				id: 'probe',
				name: 'Probe',
				type: 'test.httpProbe',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
				credentials: { ccaiPlatformApi: { id: '1', name: 'ccai' } },
			},
		],
		extraNodeTypes: { 'test.httpProbe': probe },
		credentials: { ccaiPlatformApi: { domain: 'custom', baseUrl: BASE, username: 'u', password: 'p' } },
		input: [{ json: { method, body } }],
	});
	expect(result.error).toBeUndefined();
	return vendor.received;
}

test('n8n 2.41 drops a JSON body on GET: the vendor receives none', async () => {
	const received = await send('GET', { agent_ids: [11, 12], team_ids: [1] });
	expect(received).toHaveLength(1);
	expect(received[0].method).toBe('GET');
	expect(received[0].body).toBeUndefined();
	expect(received[0].headers['content-length'] ?? '0').toBe('0');
});

test('the same body on POST arrives intact', async () => {
	const received = await send('POST', { agent_ids: [11, 12], team_ids: [1] });
	expect(received[0].body).toEqual({ agent_ids: [11, 12], team_ids: [1] });
});
