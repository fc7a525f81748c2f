import { runWorkflow } from '../harness/engine';
import { fakeVendor } from '../harness/http';
import { APP_ID, BASE, credentials, ok, summary, udesk } from './u1Fixtures';

describe('udesk → Relay Number', () => {
	test('Get Many: GET spnumbers → one item per number, the default marked', async () => {
		const vendor = fakeVendor(BASE, () => ok({ SpNumbers: ['057126200670', '057126200671'], DefSpNumber: '057126200671' }));
		const before = Date.now();
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'relayNumber', operation: 'getAll' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((r) => summary(r, before))).toEqual([
			{ method: 'GET', path: '/ccapi/v2/spnumbers', query: { AppId: APP_ID }, body: undefined },
		]);
		expect(result.json('Udesk')).toEqual([
			{ SpNumber: '057126200670', IsDefault: false },
			{ SpNumber: '057126200671', IsDefault: true },
		]);
	});

	test('Set Default: PUT spnumbers/default {DefSpNumber}', async () => {
		const vendor = fakeVendor(BASE, () => ok(null));
		const before = Date.now();
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'relayNumber', operation: 'setDefault', relayNumber: '057126200670' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((r) => summary(r, before))).toEqual([
			{ method: 'PUT', path: '/ccapi/v2/spnumbers/default', query: { AppId: APP_ID }, body: { DefSpNumber: '057126200670' } },
		]);
		expect(result.json('Udesk')).toEqual([{ DefSpNumber: '057126200670', updated: true }]);
	});

	test('Delete Default: DELETE spnumbers/default with no body', async () => {
		const vendor = fakeVendor(BASE, () => ok(null));
		const before = Date.now();
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'relayNumber', operation: 'deleteDefault' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((r) => summary(r, before))).toEqual([
			{ method: 'DELETE', path: '/ccapi/v2/spnumbers/default', query: { AppId: APP_ID }, body: undefined },
		]);
		expect(result.json('Udesk')).toEqual([{ deleted: true }]);
	});

	test('Set Agent Default: PUT spnumbers/agent/default/{agentId}', async () => {
		const vendor = fakeVendor(BASE, () => ok(null));
		const before = Date.now();
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'relayNumber', operation: 'setAgentDefault', agentId: '7763', relayNumber: '057126200671' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((r) => summary(r, before))).toEqual([
			{
				method: 'PUT',
				path: '/ccapi/v2/spnumbers/agent/default/7763',
				query: { AppId: APP_ID },
				body: { DefSpNumber: '057126200671' },
			},
		]);
		expect(result.json('Udesk')).toEqual([{ AgentId: '7763', DefSpNumber: '057126200671', updated: true }]);
	});

	test('Delete Agent Default: DELETE spnumbers/agent/default/{agentId}', async () => {
		const vendor = fakeVendor(BASE, () => ok(null));
		const before = Date.now();
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'relayNumber', operation: 'deleteAgentDefault', agentId: '7763' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((r) => summary(r, before))).toEqual([
			{ method: 'DELETE', path: '/ccapi/v2/spnumbers/agent/default/7763', query: { AppId: APP_ID }, body: undefined },
		]);
		expect(result.json('Udesk')).toEqual([{ AgentId: '7763', deleted: true }]);
	});

	test('validation: a relay number that is not digits and an agent ID that is not numeric are refused', async () => {
		const vendor = fakeVendor(BASE, () => ok(null));
		let result = await runWorkflow({
			nodes: [udesk({ resource: 'relayNumber', operation: 'setDefault', relayNumber: '0571-2620' })],
			credentials: credentials(),
		});
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(
			'Relay Number: "0571-2620" is not valid — a relay number is a phone number in digits, e.g. 057126200670',
		);
		result = await runWorkflow({
			nodes: [udesk({ resource: 'relayNumber', operation: 'deleteAgentDefault', agentId: 'abc' })],
			credentials: credentials(),
		});
		expect(result.error?.message).toBe('Agent: "abc" is not valid — an agent ID is digits only, at most 32, e.g. 10031');
		expect(vendor.received).toHaveLength(0);
	});

	test('errors: ErrCode 100018 on an unknown agent → NodeApiError; Continue On Fail gives an error item', async () => {
		const vendor = fakeVendor(BASE, () => ({ body: { ErrCode: '100018', ErrDesc: 'RecordNotFound', Result: null } }));
		const result = await runWorkflow({
			nodes: [
				udesk(
					{ resource: 'relayNumber', operation: 'deleteAgentDefault', agentId: '={{ $json.agent }}' },
					{ onError: 'continueRegularOutput' },
				),
			],
			credentials: credentials(),
			input: [{ json: { agent: '1' } }, { json: { agent: '2' } }],
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received).toHaveLength(2);
		expect(result.output('Udesk').map((item) => [item.json, item.pairedItem])).toEqual([
			[
				{
					error: 'udesk error 100018: RecordNotFound',
					description: 'The agent, queue or IVR voice record named in the request could not be found',
				},
				{ item: 0 },
			],
			[
				{
					error: 'udesk error 100018: RecordNotFound',
					description: 'The agent, queue or IVR voice record named in the request could not be found',
				},
				{ item: 1 },
			],
		]);
	});
});
