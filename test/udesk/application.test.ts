import { runWorkflow } from '../harness/engine';
import { fakeVendor } from '../harness/http';
import { APP_ID, BASE, credentials, expectNoSecrets, ok, summary, udesk } from './u1Fixtures';

const NEW_APP = {
	AppId: 'f781fd92-9e96-4195-7a7e-257307edb4ad',
	ExtensionPrefix: '9031046856',
	Name: 'test02',
	Memo: 'north desk',
	Type: '1',
	CallbackUrl: 'https://n8n.example.com/webhook/udesk',
	IsHideUserNum: 'true',
	Secret: 'dummy-app-secret-5ca7561e',
	WrapUpTime: '0',
};

describe('udesk → Application → Create', () => {
	test('POST apps without AppId; the item starts with AppId and Secret, then the rest of the answer', async () => {
		const vendor = fakeVendor(BASE, () => ok(NEW_APP));
		const before = Date.now();
		const result = await runWorkflow({
			nodes: [
				udesk({
					resource: 'application',
					operation: 'create',
					name: ' test02 ',
					type: 1,
					callbackUrl: 'https://n8n.example.com/webhook/udesk',
					additionalFields: { isHideUserNum: true, memo: 'north desk' },
				}),
			],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((r) => summary(r, before))).toEqual([
			{
				method: 'POST',
				path: '/ccapi/v2/apps',
				query: {},
				body: { Name: 'test02', Type: 1, CallbackUrl: 'https://n8n.example.com/webhook/udesk', IsHideUserNum: true, Memo: 'north desk' },
			},
		]);
		expect(vendor.received[0].headers['content-type']).toBe('application/json;charset=utf-8');
		const [item] = result.json('Udesk');
		expect(item).toEqual(NEW_APP);
		expect(Object.keys(item).slice(0, 2)).toEqual(['AppId', 'Secret']);
		expect(result.output('Udesk')[0].pairedItem).toEqual({ item: 0 });
	});

	test('the Telemarketing type is sent as 0 and an empty callback URL is allowed', async () => {
		const vendor = fakeVendor(BASE, () => ok(NEW_APP));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'application', operation: 'create', name: 'tm', type: 0, callbackUrl: '' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received[0].body).toEqual({ Name: 'tm', Type: 0, CallbackUrl: '' });
	});

	test('an empty name or a callback that is not a URL is refused before sending', async () => {
		const vendor = fakeVendor(BASE, () => ok(NEW_APP));
		let result = await runWorkflow({
			nodes: [udesk({ resource: 'application', operation: 'create', name: '  ', type: 1, callbackUrl: '' })],
			credentials: credentials(),
		});
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('Name is required: give the new application a name');
		result = await runWorkflow({
			nodes: [udesk({ resource: 'application', operation: 'create', name: 'x', type: 1, callbackUrl: 'ftp://x' })],
			credentials: credentials(),
		});
		expect(result.error?.message).toBe('Callback URL: "ftp://x" is not valid — use an http:// or https:// URL');
		expect(vendor.received).toHaveLength(0);
	});

	test('never retried: a 500 on create is reported once, not re-sent', async () => {
		const vendor = fakeVendor(BASE, () => ({ status: 500, body: { ErrCode: '000003', ErrDesc: 'System internal error' } }));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'application', operation: 'create', name: 'x', type: 1, callbackUrl: '' })],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(1);
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('udesk error 000003: System internal error');
		expect(result.error?.description).toBe('udesk system internal error');
	});
});

describe('udesk → Application → Update', () => {
	test('PUT apps with only the fields given; AppId from the credential in the query', async () => {
		const vendor = fakeVendor(BASE, () => ok(null));
		const before = Date.now();
		const result = await runWorkflow({
			nodes: [
				udesk({
					resource: 'application',
					operation: 'update',
					updateFields: { name: 'Renamed', type: 'external', callbackUrl: 'https://hooks.example.com/u', isHideUserNum: false },
				}),
			],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((r) => summary(r, before))).toEqual([
			{
				method: 'PUT',
				path: '/ccapi/v2/apps',
				query: { AppId: APP_ID },
				body: { Name: 'Renamed', Type: 'external', CallbackUrl: 'https://hooks.example.com/u', IsHideUserNum: false },
			},
		]);
		expect(result.json('Udesk')).toEqual([
			{ AppId: APP_ID, updated: true, Name: 'Renamed', Type: 'external', CallbackUrl: 'https://hooks.example.com/u', IsHideUserNum: false },
		]);
	});

	test('nothing to update is refused before sending, naming the field', async () => {
		const vendor = fakeVendor(BASE, () => ok(null));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'application', operation: 'update', updateFields: {} })],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.message).toBe('Update Fields: add at least one field to change');
	});

	test('ErrCode 100002 → NodeApiError with the vendor text and the doc meaning', async () => {
		fakeVendor(BASE, () => ({ body: { ErrCode: '100002', ErrDesc: 'AppId AppNotFound or forbidden', Result: null } }));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'application', operation: 'update', updateFields: { memo: 'x' } })],
			credentials: credentials(),
		});
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('udesk error 100002: AppId AppNotFound or forbidden');
		expect(result.error?.description).toBe('AppId missing in the parameters, or the application is disabled');
	});
});

describe('udesk → Application → Get', () => {
	test('GET apps; the Secret is dropped from the item and HasSecret says it exists', async () => {
		const vendor = fakeVendor(BASE, () =>
			ok({ AppId: APP_ID, Name: 'prod', Type: 'default', CallbackUrl: '', IsHideUserNum: false, Secret: 'app-secret-callback-key', Memo: '' }),
		);
		const before = Date.now();
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'application', operation: 'get' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((r) => summary(r, before))).toEqual([
			{ method: 'GET', path: '/ccapi/v2/apps', query: { AppId: APP_ID }, body: undefined },
		]);
		expect(result.json('Udesk')).toEqual([
			{ AppId: APP_ID, Name: 'prod', Type: 'default', CallbackUrl: '', IsHideUserNum: false, Memo: '', HasSecret: true },
		]);
		expectNoSecrets(result.run.data);
	});

	test('a read is retried on 5xx and succeeds', async () => {
		const vendor = fakeVendor(BASE, (_r, index) =>
			index === 0 ? { status: 502, body: 'bad gateway' } : ok({ AppId: APP_ID, Name: 'prod' }),
		);
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'application', operation: 'get' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received).toHaveLength(2);
		expect(result.json('Udesk')).toEqual([{ AppId: APP_ID, Name: 'prod', HasSecret: false }]);
	});
});
