import { runWorkflow } from '../harness/engine';
import { fakeVendor } from '../harness/http';
import { APP_ID, credentials, expectNoSecrets, HOST, ok, signedQuery, udesk } from './part3.helpers';

const base = { resource: 'autoDialTask' };

describe('udesk → Auto-Dial Task', () => {
	test('Start posts every AdTask field to ads/task/start, signed in the query, and never echoes the robot token', async () => {
		const vendor = fakeVendor(HOST, () => ok());
		const result = await runWorkflow({
			nodes: [
				udesk({
					...base,
					operation: 'start',
					adTaskId: 'task-1',
					adTaskType: '5',
					adTaskRatio: 2.5,
					adCallerNum: '057126200670',
					adDispNum: '057126200671',
					adConCallLimit: 100,
					additionalFields: { adQueueId: '9001', adIvrId: 'ivr-7', adRobotToken: 'robot-secret-1' },
				}),
			],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received).toHaveLength(1);
		const [request] = vendor.received;
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/ccapi/v2/ads/task/start');
		expect(signedQuery(request)).toEqual({});
		expect(request.headers['content-type']).toBe('application/json;charset=utf-8');
		expect(request.body).toEqual({
			AdTaskId: 'task-1',
			AdTaskType: '5',
			AdTaskRatio: 2.5,
			AdCallerNum: '057126200670',
			AdDispNum: '057126200671',
			AdConCallLimit: 100,
			AdQueueId: '9001',
			AdIvrId: 'ivr-7',
			AdRobotToken: 'robot-secret-1',
		});
		expect(result.json('Udesk')).toEqual([
			{
				AdTaskId: 'task-1',
				AdTaskType: '5',
				AdTaskRatio: 2.5,
				AdCallerNum: '057126200670',
				AdDispNum: '057126200671',
				AdConCallLimit: 100,
				AdQueueId: '9001',
				AdIvrId: 'ivr-7',
				started: true,
			},
		]);
		expect(JSON.stringify(result.json('Udesk'))).not.toContain('robot-secret-1');
		expect(result.output('Udesk')[0].pairedItem).toEqual({ item: 0 });
	});

	test.each([
		[{ adTaskRatio: 5.1 }, 'Ratio must be a number from 1 to 5 (got 5.1)'],
		[{ adTaskRatio: 0.9 }, 'Ratio must be a number from 1 to 5 (got 0.9)'],
		[{ adConCallLimit: 101 }, 'Max Concurrent Calls must be a whole number from 1 to 100 (got 101)'],
		[{ adConCallLimit: 2.5 }, 'Max Concurrent Calls must be a whole number from 1 to 100 (got 2.5)'],
		[{ adTaskType: '6' }, 'Task Type must be one of 1 (Precision), 2 (Ratio), 3 (Prediction), 4 (Voice Broadcast), 5 (Robot) (got "6")'],
		[{ adCallerNum: ' ' }, 'Caller Number is required'],
	])('Start refuses %j before any request', async (override, message) => {
		const vendor = fakeVendor(HOST, () => ok());
		const result = await runWorkflow({
			nodes: [
				udesk({
					...base,
					operation: 'start',
					adTaskId: 'task-1',
					adTaskType: '2',
					adTaskRatio: 1,
					adCallerNum: '057126200670',
					adDispNum: '057126200670',
					adConCallLimit: 10,
					additionalFields: {},
					...override,
				}),
			],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(message);
	});

	test('Update Ratio posts AdTaskId and AdTaskRatio to ads/task/update_ratio', async () => {
		const vendor = fakeVendor(HOST, () => ok());
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'updateRatio', adTaskId: 'task-1', adTaskRatio: '3.5' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [request] = vendor.received;
		expect([request.method, request.path]).toEqual(['POST', '/ccapi/v2/ads/task/update_ratio']);
		expect(signedQuery(request)).toEqual({});
		expect(request.body).toEqual({ AdTaskId: 'task-1', AdTaskRatio: 3.5 });
		expect(result.json('Udesk')).toEqual([{ AdTaskId: 'task-1', AdTaskRatio: 3.5, updated: true }]);
	});

	test('Update Ratio above 5.0 is refused naming the field', async () => {
		const vendor = fakeVendor(HOST, () => ok());
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'updateRatio', adTaskId: 'task-1', adTaskRatio: 6 })],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.message).toBe('Ratio must be a number from 1 to 5 (got 6)');
	});

	test.each([
		['stop', '/ccapi/v2/ads/task/stop', { AdTaskId: 'task-9', stopped: true }],
		['forceStop', '/ccapi/v2/ads/task/force_stop', { AdTaskId: 'task-9', forceStopped: true }],
	])('%s posts the task ID to its endpoint', async (operation, path, output) => {
		const vendor = fakeVendor(HOST, () => ok());
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation, adTaskId: 'task-9' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received).toHaveLength(1);
		expect([vendor.received[0].method, vendor.received[0].path]).toEqual(['POST', path]);
		expect(signedQuery(vendor.received[0])).toEqual({});
		expect(vendor.received[0].body).toEqual({ AdTaskId: 'task-9' });
		expect(result.json('Udesk')).toEqual([output]);
	});

	test('Get Numbers posts app_id, ad_task_id and count and returns the numbers with the exhausted flag', async () => {
		const numbers = [
			{ id: 'n1', number: '13676546374' },
			{ id: 'n2', number: '01067654637' },
		];
		const vendor = fakeVendor(HOST, () => ({
			body: { code: '000000', message: 'OK', exhausted: true, results: numbers },
		}));
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'getNumbers', adTaskId: 'task-3', count: 5 })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [request] = vendor.received;
		expect([request.method, request.path]).toEqual(['POST', '/ccapi/v2/cc_ad_task/numbers']);
		expect(signedQuery(request)).toEqual({});
		expect(request.body).toEqual({ app_id: APP_ID, ad_task_id: 'task-3', count: 5 });
		expect(result.json('Udesk')).toEqual([{ ad_task_id: 'task-3', exhausted: true, count: 2, numbers }]);
	});

	test('Get Numbers: a vendor code other than 000000 is a NodeApiError with the vendor message', async () => {
		fakeVendor(HOST, () => ({ body: { code: '100018', message: 'RecordNotFound' } }));
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'getNumbers', adTaskId: 'nope', count: 1 })],
			credentials: credentials(),
		});
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('udesk error 100018: RecordNotFound');
		expectNoSecrets(JSON.stringify(result.run.data));
	});

	test('Get Numbers: a count of 0 is refused before any request', async () => {
		const vendor = fakeVendor(HOST, () => ok());
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'getNumbers', adTaskId: 'task-3', count: 0 })],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.message).toBe('Count must be a whole number of at least 1 (got 0)');
	});

	test('Send Stop Notification posts app_id and ad_task_id to cc_ad_task/stop', async () => {
		const vendor = fakeVendor(HOST, () => ({ body: { code: '000000', message: 'OK' } }));
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'stopNotification', adTaskId: 'task-3' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [request] = vendor.received;
		expect([request.method, request.path]).toEqual(['POST', '/ccapi/v2/cc_ad_task/stop']);
		expect(signedQuery(request)).toEqual({});
		expect(request.body).toEqual({ app_id: APP_ID, ad_task_id: 'task-3' });
		expect(result.json('Udesk')).toEqual([{ ad_task_id: 'task-3', notified: true, code: '000000', message: 'OK' }]);
	});

	test('Stop: ErrCode 000001 becomes a NodeApiError; with Continue On Fail it is the item output', async () => {
		fakeVendor(HOST, () => ({ body: { ErrCode: '000001', ErrDesc: 'Parameter error', Result: null } }));
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'stop', adTaskId: 'x' }, { onError: 'continueRegularOutput' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(result.output('Udesk')).toEqual([
			{
				json: {
					error: 'udesk error 000001: Parameter error',
					description: 'Missing or invalid request parameters (AgentId, AppId, WorkId, IVR file name…)',
				},
				pairedItem: { item: 0 },
			},
		]);
	});
});
