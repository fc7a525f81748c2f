import { runWorkflow } from '../harness/engine';
import { fakeVendor } from '../harness/http';
import { credentials, HOST, ok, signedQuery, udesk } from './part3.helpers';

const base = { resource: 'messageSubscription' };
const sub = (name: string, enable = true) => ({
	callback: 'http://59.110.105.200:12345',
	name,
	events: ['agent_ringing', 'agent_answer', 'start_dialout'],
	enable,
});

describe('udesk → Message Subscription', () => {
	test('Create posts one subscription and returns its new ID', async () => {
		const vendor = fakeVendor(HOST, () => ok({ sub_succ: [{ id: 7, name: 'crm' }], sub_fail: [] }));
		const result = await runWorkflow({
			nodes: [
				udesk({
					...base,
					operation: 'create',
					name: 'crm',
					callback: 'https://crm.example.com/udesk',
					events: ['user_answer', 'agent_ringing', 'user_answer'],
				}),
			],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received).toHaveLength(1);
		const [request] = vendor.received;
		expect([request.method, request.path]).toEqual(['POST', '/ccapi/v2/subscriptions']);
		expect(signedQuery(request)).toEqual({});
		expect(request.body).toEqual({
			subscriptions: [{ callback: 'https://crm.example.com/udesk', name: 'crm', events: ['user_answer', 'agent_ringing'] }],
		});
		expect(result.json('Udesk')).toEqual([
			{ id: 7, name: 'crm', callback: 'https://crm.example.com/udesk', events: ['user_answer', 'agent_ringing'] },
		]);
	});

	test('Create: a subscription udesk lists under sub_fail is an error, not a silent success', async () => {
		fakeVendor(HOST, () => ok({ sub_succ: [], sub_fail: ['crm'] }));
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'create', name: 'crm', callback: 'https://crm.example.com/u', events: ['begin'] })],
			credentials: credentials(),
		});
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('udesk did not create the subscription "crm"');
	});

	test.each([
		[{ callback: 'ftp://x' }, 'Callback URL: "ftp://x" is not an http(s) URL, e.g. https://example.com/udesk/events'],
		[{ events: '={{ [] }}' }, 'Events: choose at least one event'],
		[{ events: '={{ ["begin", "made_up"] }}' }, 'Events: "made_up" is not a udesk event — choose from the list'],
		[{ name: '={{ "  " }}' }, 'Name is required: give the subscription a name, e.g. crm-call-events'],
	])('Create refuses %j before any request', async (override, message) => {
		const vendor = fakeVendor(HOST, () => ok());
		const result = await runWorkflow({
			nodes: [
				udesk({ ...base, operation: 'create', name: 'crm', callback: 'https://a.example/u', events: ['begin'], ...override }),
			],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(message);
	});

	test('Get Many reads GET subscriptions (no body) and applies the limit', async () => {
		const vendor = fakeVendor(HOST, () => ok([sub('sub1'), sub('sub2', false), sub('sub3')]));
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'getAll', returnAll: false, limit: 2 })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [request] = vendor.received;
		expect([request.method, request.path, request.body]).toEqual(['GET', '/ccapi/v2/subscriptions', undefined]);
		expect(signedQuery(request)).toEqual({});
		expect(result.json('Udesk')).toEqual([sub('sub1'), sub('sub2', false)]);
	});

	test('Get Many with Return All returns every subscription', async () => {
		fakeVendor(HOST, () => ok([sub('sub1'), sub('sub2'), sub('sub3')]));
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'getAll', returnAll: true })],
			credentials: credentials(),
		});
		expect(result.json('Udesk').map((row) => row.name)).toEqual(['sub1', 'sub2', 'sub3']);
	});

	test('Get reads GET subscriptions/{id}', async () => {
		const vendor = fakeVendor(HOST, () => ok(sub('sub1', false)));
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'get', subscriptionId: '8' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [request] = vendor.received;
		expect([request.method, request.path, request.body]).toEqual(['GET', '/ccapi/v2/subscriptions/8', undefined]);
		expect(signedQuery(request)).toEqual({});
		expect(result.json('Udesk')).toEqual([{ id: 8, ...sub('sub1', false) }]);
	});

	test('Update reads the subscription, then PUTs it whole with only the given fields changed', async () => {
		const vendor = fakeVendor(HOST, (request) =>
			request.method === 'GET' ? ok(sub('sub1', false)) : ok({ sub1: 7 }),
		);
		const result = await runWorkflow({
			nodes: [
				udesk({
					...base,
					operation: 'update',
					subscriptionId: '7',
					updateFields: { events: ['user_ringing', 'user_hangup'], enable: true },
				}),
			],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET /ccapi/v2/subscriptions/7',
			'PUT /ccapi/v2/subscriptions/7',
		]);
		const put = vendor.received[1];
		expect(signedQuery(put)).toEqual({});
		const expected = {
			callback: 'http://59.110.105.200:12345',
			name: 'sub1',
			events: ['user_ringing', 'user_hangup'],
			enable: true,
		};
		expect(put.body).toEqual(expected);
		expect(result.json('Udesk')).toEqual([{ id: 7, ...expected }]);
	});

	test('Update with an invalid callback is refused before reading anything', async () => {
		const vendor = fakeVendor(HOST, () => ok(sub('sub1')));
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'update', subscriptionId: '7', updateFields: { callback: 'not a url' } })],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.message).toBe('Callback URL: "not a url" is not an http(s) URL, e.g. https://example.com/udesk/events');
	});

	test('Delete sends DELETE subscriptions/{id}', async () => {
		const vendor = fakeVendor(HOST, () => ok(''));
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'delete', subscriptionId: '8' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [request] = vendor.received;
		expect([request.method, request.path]).toEqual(['DELETE', '/ccapi/v2/subscriptions/8']);
		expect(signedQuery(request)).toEqual({});
		expect(result.json('Udesk')).toEqual([{ id: 8, deleted: true }]);
	});

	test('Delete of a missing subscription: 000004 with the vendor text', async () => {
		fakeVendor(HOST, () => ({ body: { ErrCode: '000004', ErrDesc: 'Data does not exist', Result: null } }));
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'delete', subscriptionId: '99' })],
			credentials: credentials(),
		});
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('udesk error 000004: Data does not exist');
	});

	test('a subscription ID that is not a number is refused before any request', async () => {
		const vendor = fakeVendor(HOST, () => ok());
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'get', subscriptionId: '../apps' })],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.message).toBe(
			'Subscription Name or ID: "../apps" is not a subscription ID — choose one from the list or give its number, e.g. 7',
		);
	});
});
