import { packageNode, runWorkflow } from '../harness/engine';
import { fakeVendor } from '../harness/http';

const BASE = 'https://acme.uc1.ccaiplatform.com';
const credentials = () => ({
	ccaiPlatformApi: {
		domain: 'uc1.ccaiplatform.com',
		subdomain: 'acme',
		username: 'api-user',
		password: 'dummy-token-123',
	},
});
const BASIC = `Basic ${Buffer.from('api-user:dummy-token-123').toString('base64')}`;

const ccai = (parameters: Record<string, unknown>, extra = {}) =>
	packageNode('ccaiPlatform', parameters as never, {
		name: 'CCAI',
		credentialType: 'ccaiPlatformApi',
		...extra,
	});

// The seed's own example responses
const statusRows = [
	{
		agent_id: 11,
		name: 'Darth Vader',
		email: 'notanakinskywalker@empire.com',
		agent_number: 'Agent No.111',
		status: 'lunch',
		ip_addrs: ['34.211.11.101'],
	},
	{
		agent_id: 12,
		name: 'Craig T',
		email: 'craigT@nelson.com',
		agent_number: 'Agent No.112',
		status: 'In-call',
		ip_addrs: ['34.211.11.102'],
	},
];
const updateRows = [
	{
		agent_id: 11,
		name: 'Darth Vader',
		email: 'notanakinskywalker@empire.com',
		agent_number: 'Agent No.111',
		previous_status: 'lunch',
		current_status: 'Available',
	},
	{
		agent_id: 12,
		name: 'Craig T',
		email: 'craigT@nelson.com',
		agent_number: 'Agent No.112',
		previous_status: 'In-call',
		current_status: 'In-call',
		message: "Agent can't be changed from system status 'In-call'",
	},
	{
		agent_id: 13,
		name: 'Raymond D',
		email: 'rayd@nelson.com',
		agent_number: 'Agent No.113',
		previous_status: 'Offline',
		current_status: 'Offline',
		message: "Agent's status can't be changed if they are offline or logged out",
	},
];

describe('CCAI Platform → Agent Status → Get', () => {
	test("sends agent and team IDs as the doc's JSON body on GET and returns one item per agent", async () => {
		const vendor = fakeVendor(BASE, () => ({ body: statusRows }));
		const result = await runWorkflow({
			nodes: [ccai({ resource: 'agentStatus', operation: 'get', agentIds: '11, 12', teamIds: '1' })],
			credentials: credentials(),
		});

		expect(result.error).toBeUndefined();
		expect(vendor.received).toHaveLength(1);
		const [request] = vendor.received;
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/apps/api/v1/agent_statuses');
		expect(request.query).toEqual({});
		expect(request.headers.authorization).toBe(BASIC);
		expect(request.headers.accept).toBe('application/json');
		expect(request.headers['content-type']).toMatch(/^application\/json/);
		// the doc's example body, exactly
		expect(request.body).toEqual({ agent_ids: [11, 12], team_ids: [1] });
		expect(result.json('CCAI')).toEqual(statusRows);
		expect(result.output('CCAI').map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	test('with no IDs asks for every agent with an empty JSON body and no query', async () => {
		const vendor = fakeVendor(BASE, () => ({ body: statusRows }));
		const result = await runWorkflow({
			nodes: [ccai({ resource: 'agentStatus', operation: 'get', agentIds: '', teamIds: '' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((r) => [r.method, r.path, r.query, r.body])).toEqual([
			['GET', '/apps/api/v1/agent_statuses', {}, {}],
		]);
		expect(result.json('CCAI')).toHaveLength(2);
	});

	test('one request per input item, each output paired with its own item', async () => {
		const vendor = fakeVendor(BASE, (request) => ({
			body: statusRows.filter((row) => (request.body as { agent_ids: number[] }).agent_ids.includes(row.agent_id)),
		}));
		const result = await runWorkflow({
			nodes: [ccai({ resource: 'agentStatus', operation: 'get', agentIds: '={{ $json.agent }}', teamIds: '' })],
			credentials: credentials(),
			input: [{ json: { agent: 11 } }, { json: { agent: 12 } }],
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((r) => r.body)).toEqual([{ agent_ids: [11] }, { agent_ids: [12] }]);
		expect(result.output('CCAI').map((item) => [item.json.agent_id, item.pairedItem])).toEqual([
			[11, { item: 0 }],
			[12, { item: 1 }],
		]);
	});

	test('a custom base URL (other region, proxy, local stand-in) is used as given', async () => {
		const vendor = fakeVendor('http://127.0.0.1:8089', () => ({ body: [] }));
		const result = await runWorkflow({
			nodes: [ccai({ resource: 'agentStatus', operation: 'get', agentIds: '', teamIds: '' })],
			credentials: {
				ccaiPlatformApi: {
					domain: 'custom',
					baseUrl: 'http://127.0.0.1:8089/',
					username: 'api-user',
					password: 'dummy-token-123',
				},
			},
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /apps/api/v1/agent_statuses']);
		expect(result.json('CCAI')).toEqual([]);
	});

	test('an invalid agent ID is refused before any request, naming the field', async () => {
		const vendor = fakeVendor(BASE, () => ({ body: [] }));
		const result = await runWorkflow({
			nodes: [ccai({ resource: 'agentStatus', operation: 'get', agentIds: '11, abc', teamIds: '' })],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.message).toBe(
			'Agent IDs: "abc" is not a valid ID — use positive whole numbers separated by commas, e.g. 11, 12',
		);
		expect(result.error?.name).toBe('NodeOperationError');
	});

	test('wrong credentials: the platform message as a NodeApiError, no secret in it', async () => {
		fakeVendor(BASE, () => ({ status: 401, body: { message: 'Unauthorized' } }));
		const result = await runWorkflow({
			nodes: [ccai({ resource: 'agentStatus', operation: 'get', agentIds: '', teamIds: '' })],
			credentials: credentials(),
		});
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('Unauthorized');
		expect(result.error?.description).toContain('API user and API token');
		expect(JSON.stringify(result.run.data)).not.toContain('dummy-token-123');
		expect(JSON.stringify(result.run.data)).not.toContain(BASIC.slice(6));
	});

	test('HTTP 429 is waited out and the request sent again', async () => {
		const vendor = fakeVendor(BASE, (_request, index) =>
			index === 0 ? { status: 429, body: { message: 'Too many requests' }, headers: { 'retry-after': '0' } } : { body: statusRows },
		);
		const result = await runWorkflow({
			nodes: [ccai({ resource: 'agentStatus', operation: 'get', agentIds: '11', teamIds: '' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received).toHaveLength(2);
		expect(result.json('CCAI')).toHaveLength(2);
	});
});

describe('CCAI Platform → Agent Status → Update', () => {
	test('posts status, agent_ids and team_ids; one item per agent with refused agents reported', async () => {
		const vendor = fakeVendor(BASE, () => ({ body: updateRows }));
		const result = await runWorkflow({
			nodes: [
				ccai({ resource: 'agentStatus', operation: 'update', status: 'Available', agentIds: '11,12', teamIds: '1' }),
			],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received).toHaveLength(1);
		const [request] = vendor.received;
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/apps/api/v1/agent_statuses');
		expect(request.query).toEqual({});
		expect(request.headers['content-type']).toMatch(/^application\/json/);
		expect(request.headers.authorization).toBe(BASIC);
		expect(request.body).toEqual({ status: 'Available', agent_ids: [11, 12], team_ids: [1] });
		expect(result.json('CCAI')).toEqual([
			{ ...updateRows[0], updated: true },
			{ ...updateRows[1], updated: false },
			{ ...updateRows[2], updated: false },
		]);
	});

	test('team only: agent_ids is sent as an empty list, as the seed shows', async () => {
		const vendor = fakeVendor(BASE, () => ({ body: [updateRows[0]] }));
		await runWorkflow({
			nodes: [ccai({ resource: 'agentStatus', operation: 'update', status: 'Break', agentIds: '', teamIds: '7' })],
			credentials: credentials(),
		});
		expect(vendor.received[0].body).toEqual({ status: 'Break', agent_ids: [], team_ids: [7] });
	});

	test('option on: a partial refusal fails the node with the platform messages', async () => {
		fakeVendor(BASE, () => ({ body: updateRows }));
		const result = await runWorkflow({
			nodes: [
				ccai({
					resource: 'agentStatus',
					operation: 'update',
					status: 'Available',
					agentIds: '11,12,13',
					teamIds: '',
					options: { failOnRefusal: true },
				}),
			],
			credentials: credentials(),
		});
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('2 of 3 agents were not changed to "Available"');
		expect(result.error?.description).toBe(
			"Craig T (12): Agent can't be changed from system status 'In-call'; Raymond D (13): Agent's status can't be changed if they are offline or logged out",
		);
	});

	test('no agents and no teams is refused before sending, naming both fields', async () => {
		const vendor = fakeVendor(BASE, () => ({ body: [] }));
		const result = await runWorkflow({
			nodes: [ccai({ resource: 'agentStatus', operation: 'update', status: 'Available', agentIds: '', teamIds: '' })],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.message).toBe(
			'Agent IDs or Team IDs: give at least one, so the platform knows whose status to change',
		);
	});

	test('an empty status is refused before sending', async () => {
		const vendor = fakeVendor(BASE, () => ({ body: [] }));
		const result = await runWorkflow({
			nodes: [ccai({ resource: 'agentStatus', operation: 'update', status: '  ', agentIds: '11', teamIds: '' })],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.message).toBe('Status is required: give the name of the status to set, e.g. Available');
	});

	test.each([
		['Napping', "status 'Napping' does not exist"],
		['In-call', "Agent can't be changed to system status 'In-call'"],
	])('HTTP 400 for status %s becomes a NodeApiError with the platform message', async (status, message) => {
		fakeVendor(BASE, () => ({ status: 400, body: { message } }));
		const result = await runWorkflow({
			nodes: [ccai({ resource: 'agentStatus', operation: 'update', status, agentIds: '11,12', teamIds: '' })],
			credentials: credentials(),
		});
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe(message);
		expect((result.error as unknown as { httpCode: string }).httpCode).toBe('400');
	});

	test('Continue On Fail: the failed item becomes an error item, the others still run', async () => {
		fakeVendor(BASE, (request) =>
			(request.body as { status: string }).status === 'Napping'
				? { status: 400, body: { message: "status 'Napping' does not exist" } }
				: { body: [updateRows[0]] },
		);
		const result = await runWorkflow({
			nodes: [
				ccai(
					{ resource: 'agentStatus', operation: 'update', status: '={{ $json.status }}', agentIds: '11', teamIds: '' },
					{ onError: 'continueRegularOutput' },
				),
			],
			credentials: credentials(),
			input: [{ json: { status: 'Napping' } }, { json: { status: 'Available' } }],
		});
		expect(result.error).toBeUndefined();
		expect(result.output('CCAI').map((item) => [item.json, item.pairedItem])).toEqual([
			[{ error: "status 'Napping' does not exist" }, { item: 0 }],
			[{ ...updateRows[0], updated: true }, { item: 1 }],
		]);
	});
});
