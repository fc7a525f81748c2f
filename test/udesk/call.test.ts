import { runWorkflow } from '../harness/engine';
import { fakeVendor } from '../harness/http';
import { BASE, credentials, expectSigned, udesk } from './callCenter.helpers';

const callControlOk = () => ({ body: { code: '000000', message: 'OK', results: '' } });

describe('udesk → Call', () => {
	test('Originate posts caller, called, display, agent and user_data, signed with AppId; outputs the CallId', async () => {
		const vendor = fakeVendor(BASE, () => ({
			body: { ErrCode: '000000', ErrDesc: 'OK', msg_id: '', results: '97688e57-7a36-40f7-694a-393d4d1a10d3', data: null },
		}));
		const result = await runWorkflow({
			nodes: [
				udesk({
					resource: 'call',
					operation: 'originate',
					agentId: '91',
					caller: '057128091649',
					called: '15652692674',
					calledDisplay: '057128091649',
					userData: {
						entry: [
							{ evt: 'user_answer', data: '1111111' },
							{ evt: 'agent_answer', data: '22222' },
						],
					},
				}),
			],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received).toHaveLength(1);
		const [request] = vendor.received;
		expect([request.method, request.path]).toEqual(['POST', '/ccapi/v2/originatev2']);
		expectSigned(request, { appId: true });
		expect(request.body).toEqual({
			caller: '057128091649',
			called: '15652692674',
			called_display: '057128091649',
			agent_id: '91',
			user_data: [
				{ evt: 'user_answer', data: '1111111' },
				{ evt: 'agent_answer', data: '22222' },
			],
		});
		expect(result.json('udesk')).toEqual([
			{
				CallId: '97688e57-7a36-40f7-694a-393d4d1a10d3',
				AgentId: '91',
				Caller: '057128091649',
				Called: '15652692674',
				CalledDisplay: '057128091649',
				ErrCode: '000000',
				ErrDesc: 'OK',
			},
		]);
	});

	test('Originate without user data sends no user_data key', async () => {
		const vendor = fakeVendor(BASE, () => ({ body: { ErrCode: '000000', ErrDesc: 'OK', results: 'call-1' } }));
		const result = await runWorkflow({
			nodes: [
				udesk({ resource: 'call', operation: 'originate', agentId: '10032', caller: '057126000000', called: '17600000000', calledDisplay: '057126000000' }),
			],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received[0].body).toEqual({
			caller: '057126000000',
			called: '17600000000',
			called_display: '057126000000',
			agent_id: '10032',
		});
	});

	test('Originate is never retried: a 503 places no second call', async () => {
		const vendor = fakeVendor(BASE, () => ({ status: 503, body: { ErrCode: '000003', ErrDesc: 'System internal error' } }));
		const result = await runWorkflow({
			nodes: [
				udesk({ resource: 'call', operation: 'originate', agentId: '91', caller: '057128091649', called: '15652692674', calledDisplay: '057128091649' }),
			],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(1);
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('udesk error 000003: System internal error');
	});

	test.each([
		['called', '156-5269-2674', 'Called Number: "156-5269-2674" is not valid — use digits only, e.g. 01067654637, 13676546374 or 0044…'],
		['caller', '={{ "  " }}', 'Caller Number is required'],
		['agentId', 'agent-91', 'Agent: "agent-91" is not valid — use digits only, at most 32, e.g. 10031'],
	])('Originate refuses %s = %j before any request', async (field, value, expected) => {
		const vendor = fakeVendor(BASE, () => ({ body: { ErrCode: '000000' } }));
		const parameters: Record<string, unknown> = {
			resource: 'call',
			operation: 'originate',
			agentId: '91',
			caller: '057128091649',
			called: '15652692674',
			calledDisplay: '057128091649',
			[field]: value,
		};
		const result = await runWorkflow({ nodes: [udesk(parameters)], credentials: credentials() });
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(expected);
	});

	test('Hold posts call_id, agent_id and the callback tags, signed WITHOUT AppId', async () => {
		const vendor = fakeVendor(BASE, callControlOk);
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'call', operation: 'hold', callId: '1a8462d7-00fc-4cc2-4567-038ced6ba580', agentId: '111' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [request] = vendor.received;
		expect([request.method, request.path]).toEqual(['POST', '/ccapi/v2/agent/hold']);
		expectSigned(request, { appId: false });
		expect(request.body).toEqual({
			call_id: '1a8462d7-00fc-4cc2-4567-038ced6ba580',
			agent_id: '111',
			on_succ: 'n8n',
			on_failed: 'n8n',
		});
		expect(result.json('udesk')).toEqual([
			{ CallId: '1a8462d7-00fc-4cc2-4567-038ced6ba580', AgentId: '111', held: true, code: '000000', message: 'OK' },
		]);
	});

	test('Resume sends DELETE agent/hold with a JSON body, signed WITHOUT AppId, with the tags the user set', async () => {
		const vendor = fakeVendor(BASE, callControlOk);
		const result = await runWorkflow({
			nodes: [
				udesk({
					resource: 'call',
					operation: 'resume',
					callId: '123qwe-00fc-4cc2-a346-038ced6ba580',
					agentId: '111',
					options: { on_succ: 'demo', on_failed: 'demo' },
				}),
			],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [request] = vendor.received;
		expect([request.method, request.path]).toEqual(['DELETE', '/ccapi/v2/agent/hold']);
		expectSigned(request, { appId: false });
		expect(request.body).toEqual({
			call_id: '123qwe-00fc-4cc2-a346-038ced6ba580',
			agent_id: '111',
			on_succ: 'demo',
			on_failed: 'demo',
		});
		expect(result.json('udesk')).toEqual([
			{ CallId: '123qwe-00fc-4cc2-a346-038ced6ba580', AgentId: '111', resumed: true, code: '000000', message: 'OK' },
		]);
	});

	test('Transfer posts the doc\'s fields with agent_type "anonymous", signed WITHOUT AppId', async () => {
		const vendor = fakeVendor(BASE, callControlOk);
		const result = await runWorkflow({
			nodes: [
				udesk({
					resource: 'call',
					operation: 'transfer',
					callId: 'asdfg272-0afb-4136-81bc-328bbcc606c5',
					agentId: '111',
					agentPhone: '10010001000',
				}),
			],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [request] = vendor.received;
		expect([request.method, request.path]).toEqual(['POST', '/ccapi/v2/transfer/agent']);
		expectSigned(request, { appId: false });
		expect(request.body).toEqual({
			call_id: 'asdfg272-0afb-4136-81bc-328bbcc606c5',
			agent_id: '111',
			agent_type: 'anonymous',
			agent_phone: '10010001000',
			on_succ: 'n8n',
			on_failed: 'n8n',
			on_record_over: 'n8n',
			on_transferee_hangup: 'n8n',
		});
		expect(result.json('udesk')).toEqual([
			{
				CallId: 'asdfg272-0afb-4136-81bc-328bbcc606c5',
				AgentId: '111',
				TransferTo: '10010001000',
				transferred: true,
				code: '000000',
				message: 'OK',
			},
		]);
	});

	test('a call-control answer with code ≠ 000000 becomes a NodeApiError with udesk\'s message', async () => {
		const vendor = fakeVendor(BASE, () => ({ body: { code: '000001', message: 'call not found', results: '' } }));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'call', operation: 'hold', callId: 'no-such-call', agentId: '111' })],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(1);
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('udesk error 000001: call not found');
	});

	test('an empty callback tag is refused before any request', async () => {
		const vendor = fakeVendor(BASE, callControlOk);
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'call', operation: 'hold', callId: 'c-1', agentId: '111', options: { on_succ: ' ' } })],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.message).toBe('On Success Tag is required');
	});
});
