import { runWorkflow } from '../harness/engine';
import { fakeVendor } from '../harness/http';
import { AUTH_TOKEN, BASE, credentials, expectSigned, ok, udesk } from './callCenter.helpers';

describe('udesk → Extension', () => {
	test('Create posts the extension and returns udesk\'s Result with the generated password', async () => {
		const created = { Extension: '4567', Password: 'dummy-5ca7561e1748', Number: '90310468564567' };
		const vendor = fakeVendor(BASE, () => ok(created));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'extension', operation: 'create', extension: '4567' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received).toHaveLength(1);
		const [request] = vendor.received;
		expect([request.method, request.path]).toEqual(['POST', '/ccapi/v2/extensions']);
		expectSigned(request, { appId: true });
		expect(request.body).toEqual({ Extension: '4567' });
		expect(result.json('udesk')).toEqual([created]);
		expect(JSON.stringify(result.json('udesk'))).not.toContain(AUTH_TOKEN);
	});

	test.each([
		['0123', 'starts with 0'],
		['812', 'three digits'],
		['80011', 'five digits'],
		['80a1', 'a letter'],
	])('Create refuses extension %s (%s) before any request', async (extension) => {
		const vendor = fakeVendor(BASE, () => ok());
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'extension', operation: 'create', extension })],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(
			`Extension: "${extension}" is not valid — use four digits not starting with 0, e.g. 8001`,
		);
	});

	test('Create is sent once even when udesk fails with a 502', async () => {
		const vendor = fakeVendor(BASE, () => ({ status: 502, body: 'Bad Gateway', headers: { 'content-type': 'text/plain' } }));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'extension', operation: 'create', extension: '4567' })],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(1);
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('udesk error HTTP 502: Bad Gateway');
	});

	test('Create of an existing extension (100015) shows udesk\'s message', async () => {
		fakeVendor(BASE, () => ({ body: { ErrCode: '100015', ErrDesc: 'NumberIsExisted', Result: null } }));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'extension', operation: 'create', extension: '4567' })],
			credentials: credentials(),
		});
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('udesk error 100015: NumberIsExisted');
	});

	test('Delete sends DELETE with the extension in a JSON body', async () => {
		const vendor = fakeVendor(BASE, () => ok());
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'extension', operation: 'delete', extension: '4567' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [request] = vendor.received;
		expect([request.method, request.path]).toEqual(['DELETE', '/ccapi/v2/extensions']);
		expectSigned(request, { appId: true });
		expect(request.body).toEqual({ Extension: '4567' });
		expect(result.json('udesk')).toEqual([{ Extension: '4567', deleted: true }]);
	});

	test('Delete of an extension bound to an agent (100016) becomes a NodeApiError with the doc\'s meaning', async () => {
		fakeVendor(BASE, () => ({ body: { ErrCode: '100016', ErrDesc: 'VoipBindAgent', Result: null } }));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'extension', operation: 'delete', extension: '4567' })],
			credentials: credentials(),
		});
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('udesk error 100016: VoipBindAgent');
		expect((result.error as unknown as { description: string }).description).toBe(
			'The extension is bound to an agent and cannot be deleted',
		);
	});
});
