import { runWorkflow } from '../harness/engine';
import { fakeVendor } from '../harness/http';
import { CALL_EVENTS, EVENTS_BY_CATEGORY } from '../../nodes/Udesk/helpers/events';
import { credentials, HOST, ok, signedQuery, udesk } from './part3.helpers';

const base = { resource: 'eventSubscription' };

describe('udesk → Event Subscription', () => {
	test('the shared event list is the doc\'s: 4 categories, 36 call events', () => {
		expect(Object.keys(EVENTS_BY_CATEGORY)).toEqual(['agent_state', 'ext_state', 'agent_call_mode', 'call']);
		expect(EVENTS_BY_CATEGORY.agent_state).toEqual(['acd_agent_state']);
		expect(EVENTS_BY_CATEGORY.ext_state).toEqual(['ext_state']);
		expect(EVENTS_BY_CATEGORY.agent_call_mode).toEqual(['agent_call_mode_change']);
		expect(CALL_EVENTS).toHaveLength(36);
		expect(CALL_EVENTS).toContain('transfer_agent_succ');
		expect(CALL_EVENTS).toContain('voice_mail_fail');
	});

	test('Append POSTs {Events: [{category, all_type}]} with only the categories chosen, in the doc order', async () => {
		const vendor = fakeVendor(HOST, () => ok());
		const result = await runWorkflow({
			nodes: [
				udesk({
					...base,
					operation: 'append',
					call: ['user_answer', 'begin', 'end'],
					agent_state: ['acd_agent_state'],
					ext_state: [],
					agent_call_mode: [],
				}),
			],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received).toHaveLength(1);
		const [request] = vendor.received;
		expect([request.method, request.path]).toEqual(['POST', '/ccapi/v2/webhooks/events']);
		expect(signedQuery(request)).toEqual({});
		const Events = [
			{ category: 'agent_state', all_type: ['acd_agent_state'] },
			{ category: 'call', all_type: ['user_answer', 'begin', 'end'] },
		];
		expect(request.body).toEqual({ Events });
		expect(result.json('Udesk')).toEqual([{ action: 'appended', Events }]);
	});

	test('Replace PUTs the full set of events', async () => {
		const vendor = fakeVendor(HOST, () => ok());
		const result = await runWorkflow({
			nodes: [
				udesk({
					...base,
					operation: 'replace',
					agent_state: [],
					ext_state: ['ext_state'],
					agent_call_mode: ['agent_call_mode_change'],
					call: [],
				}),
			],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [request] = vendor.received;
		expect([request.method, request.path]).toEqual(['PUT', '/ccapi/v2/webhooks/events']);
		expect(signedQuery(request)).toEqual({});
		const Events = [
			{ category: 'ext_state', all_type: ['ext_state'] },
			{ category: 'agent_call_mode', all_type: ['agent_call_mode_change'] },
		];
		expect(request.body).toEqual({ Events });
		expect(result.json('Udesk')).toEqual([{ action: 'replaced', Events }]);
	});

	test('Delete All sends DELETE with the body {"Events": []} (n8n would drop an empty {})', async () => {
		const vendor = fakeVendor(HOST, () => ok());
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'removeAll' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received).toHaveLength(1);
		const [request] = vendor.received;
		expect([request.method, request.path]).toEqual(['DELETE', '/ccapi/v2/webhooks/events']);
		expect(signedQuery(request)).toEqual({});
		expect(request.body).toEqual({ Events: [] });
		expect(result.json('Udesk')).toEqual([{ deleted: true, Events: [] }]);
	});

	test('no event chosen is refused before any request and points to Delete All', async () => {
		const vendor = fakeVendor(HOST, () => ok());
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'replace', agent_state: [], ext_state: [], agent_call_mode: [], call: [] })],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('Choose at least one event in any of the event lists');
		expect(result.error?.description).toBe('To unsubscribe from every event, use the operation "Delete All".');
	});

	test('an event of another category (given by expression) is refused naming the list', async () => {
		const vendor = fakeVendor(HOST, () => ok());
		const result = await runWorkflow({
			nodes: [
				udesk({
					...base,
					operation: 'append',
					agent_state: [],
					ext_state: [],
					agent_call_mode: [],
					call: '={{ ["begin", "acd_agent_state"] }}',
				}),
			],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.message).toMatch(/^Call Events: "acd_agent_state" is not an event of category "call" — allowed: agent_breakout, /);
	});

	test('a vendor error keeps the vendor text', async () => {
		fakeVendor(HOST, () => ({ body: { ErrCode: '100004', ErrDesc: 'Unexpected end of JSON input', Result: null } }));
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'append', agent_state: ['acd_agent_state'], ext_state: [], agent_call_mode: [], call: [] })],
			credentials: credentials(),
		});
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('udesk error 100004: Unexpected end of JSON input');
	});
});
