import { runWorkflow } from '../harness/engine';
import { fakeVendor } from '../harness/http';
import { BASE, credentials, expectSigned, ok, udesk } from './callCenter.helpers';

describe('udesk → Queue', () => {
	test('Create posts QueueId, QueueName and the optional settings; outputs what was created', async () => {
		const vendor = fakeVendor(BASE, () => ok());
		const result = await runWorkflow({
			nodes: [
				udesk({
					resource: 'queue',
					operation: 'create',
					queueId: '9009',
					queueName: 'Test Create Queue 007',
					additionalFields: { strategy: 'longest_idle', timeout: 120, maxLength: 256 },
				}),
			],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received).toHaveLength(1);
		const [request] = vendor.received;
		expect([request.method, request.path]).toEqual(['POST', '/ccapi/v2/queues']);
		expectSigned(request, { appId: true });
		expect(request.headers['content-type']).toBe('application/json;charset=utf-8');
		expect(request.body).toEqual({
			QueueId: '9009',
			QueueName: 'Test Create Queue 007',
			Strategy: 'longest_idle',
			Timeout: 120,
			MaxLength: 256,
		});
		expect(result.json('udesk')).toEqual([
			{
				QueueId: '9009',
				QueueName: 'Test Create Queue 007',
				Strategy: 'longest_idle',
				Timeout: 120,
				MaxLength: 256,
				created: true,
			},
		]);
	});

	test('Create with an invalid queue ID is refused before any request, naming the field and the rule', async () => {
		const vendor = fakeVendor(BASE, () => ok());
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'queue', operation: 'create', queueId: '8009', queueName: 'Sales' })],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('Queue ID: "8009" is not valid — use four digits starting with 9, e.g. 9001');
	});

	test('Create with Max Length above 512 is refused before any request', async () => {
		const vendor = fakeVendor(BASE, () => ok());
		const result = await runWorkflow({
			nodes: [
				udesk({
					resource: 'queue',
					operation: 'create',
					queueId: '9009',
					queueName: 'Sales',
					additionalFields: { maxLength: 600 },
				}),
			],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.message).toBe('Max Length must be a whole number from 1 to 512 (got 600)');
	});

	test('Create is never retried: a 500 is sent once and reported', async () => {
		const vendor = fakeVendor(BASE, () => ({ status: 500, body: { ErrCode: '000003', ErrDesc: 'System internal error' } }));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'queue', operation: 'create', queueId: '9009', queueName: 'Sales' })],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(1);
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('udesk error 000003: System internal error');
	});

	test('a duplicate queue (ErrCode 100004) becomes a NodeApiError with udesk\'s own message', async () => {
		fakeVendor(BASE, () => ({
			body: { ErrCode: '100004', ErrDesc: 'Duplicate entry 9009 for QueueId', Result: null },
		}));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'queue', operation: 'create', queueId: '9009', queueName: 'Sales' })],
			credentials: credentials(),
		});
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('udesk error 100004: Duplicate entry 9009 for QueueId');
		expect((result.error as unknown as { description: string }).description).toBe(
			'Duplicate AgentId or QueueId, request body missing or malformed, or the agent is still bound to a queue or IP phone',
		);
	});

	test('Update puts the queue with its name and settings', async () => {
		const vendor = fakeVendor(BASE, () => ok());
		const result = await runWorkflow({
			nodes: [
				udesk({
					resource: 'queue',
					operation: 'update',
					queueId: '9009',
					queueName: 'Test Create Queue 89757',
					additionalFields: { timeout: 120 },
				}),
			],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [request] = vendor.received;
		expect([request.method, request.path]).toEqual(['PUT', '/ccapi/v2/queues']);
		expectSigned(request, { appId: true });
		expect(request.body).toEqual({ QueueId: '9009', QueueName: 'Test Create Queue 89757', Timeout: 120 });
		expect(result.json('udesk')).toEqual([
			{ QueueId: '9009', QueueName: 'Test Create Queue 89757', Timeout: 120, updated: true },
		]);
	});

	test('Delete sends DELETE with the QueueId in a JSON body', async () => {
		const vendor = fakeVendor(BASE, () => ok());
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'queue', operation: 'delete', queueId: '9009' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [request] = vendor.received;
		expect([request.method, request.path]).toEqual(['DELETE', '/ccapi/v2/queues']);
		expectSigned(request, { appId: true });
		expect(request.body).toEqual({ QueueId: '9009' });
		expect(result.json('udesk')).toEqual([{ QueueId: '9009', deleted: true }]);
	});

	const queues = [
		{ ID: 1, AppID: 'a54a8b77', QueueID: '9001', Name: 'Sales', Timeout: 60, Strategy: 'longest_idle', MaxLength: 128 },
		{ ID: 2, AppID: 'a54a8b77', QueueID: '9002', Name: 'Support', Timeout: 60, Strategy: 'longest_idle', MaxLength: 128 },
		{ ID: 3, AppID: 'a54a8b77', QueueID: '9003', Name: 'Billing', Timeout: 30, Strategy: 'longest_idle', MaxLength: 64 },
	];

	test('Get Many reads GET queues (no body) and returns one item per queue, up to the limit', async () => {
		const vendor = fakeVendor(BASE, () => ok(queues));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'queue', operation: 'getAll', returnAll: false, limit: 2 })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [request] = vendor.received;
		expect([request.method, request.path, request.body]).toEqual(['GET', '/ccapi/v2/queues', undefined]);
		expectSigned(request, { appId: true });
		expect(result.json('udesk')).toEqual(queues.slice(0, 2));
		expect(result.output('udesk').map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	test('Get Many with Return All returns every queue', async () => {
		fakeVendor(BASE, () => ok(queues));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'queue', operation: 'getAll', returnAll: true })],
			credentials: credentials(),
		});
		expect(result.json('udesk')).toEqual(queues);
	});

	test('Get reads GET queues/{QueueId} and returns the Result', async () => {
		const queue = { QueueId: '9001', QueueName: 'Sales', Strategy: 'longest_idle', Timeout: 60, MaxLength: 128, Agents: ['10031'] };
		const vendor = fakeVendor(BASE, () => ok(queue));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'queue', operation: 'get', queueId: '9001' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [request] = vendor.received;
		expect([request.method, request.path, request.body]).toEqual(['GET', '/ccapi/v2/queues/9001', undefined]);
		expectSigned(request, { appId: true });
		expect(result.json('udesk')).toEqual([queue]);
	});

	test('Bind Agents in Add mode posts QueueId and AgentIds (IDs by expression as text)', async () => {
		const vendor = fakeVendor(BASE, () => ok());
		const result = await runWorkflow({
			nodes: [
				udesk({ resource: 'queue', operation: 'bindAgents', queueId: '9008', agentIds: '={{ "10031, 10032" }}', mode: 'add' }),
			],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [request] = vendor.received;
		expect([request.method, request.path]).toEqual(['POST', '/ccapi/v2/queues/agents']);
		expectSigned(request, { appId: true });
		expect(request.body).toEqual({ QueueId: '9008', AgentIds: ['10031', '10032'] });
		expect(result.json('udesk')).toEqual([{ QueueId: '9008', AgentIds: ['10031', '10032'], mode: 'add', bound: true }]);
	});

	test('Bind Agents in Replace mode uses PUT', async () => {
		const vendor = fakeVendor(BASE, () => ok());
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'queue', operation: 'bindAgents', queueId: '9008', agentIds: ['10031'], mode: 'replace' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((request) => [request.method, request.path, request.body])).toEqual([
			['PUT', '/ccapi/v2/queues/agents', { QueueId: '9008', AgentIds: ['10031'] }],
		]);
	});

	test('Bind Agents refuses a non-numeric agent ID before any request', async () => {
		const vendor = fakeVendor(BASE, () => ok());
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'queue', operation: 'bindAgents', queueId: '9008', agentIds: ['10031', 'bob'], mode: 'add' })],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.message).toBe('Agent Names or IDs: "bob" is not valid — use digits only, at most 32, e.g. 10031');
	});

	test('Continue On Fail: a refused item yields an error item, the others their result, each paired', async () => {
		fakeVendor(BASE, (request) =>
			(request.body as { QueueId: string }).QueueId === '9001'
				? { body: { ErrCode: '000004', ErrDesc: 'Data does not exist', Result: null } }
				: ok(),
		);
		const result = await runWorkflow({
			nodes: [
				udesk({ resource: 'queue', operation: 'delete', queueId: '={{ $json.queue }}' }, { onError: 'continueRegularOutput' }),
			],
			credentials: credentials(),
			input: [{ json: { queue: '9001' } }, { json: { queue: '9002' } }],
		});
		expect(result.error).toBeUndefined();
		expect(result.output('udesk').map((item) => [item.json, item.pairedItem])).toEqual([
			[{ error: 'udesk error 000004: Data does not exist', description: 'The data to be deleted does not exist' }, { item: 0 }],
			[{ QueueId: '9002', deleted: true }, { item: 1 }],
		]);
	});
});
