// A udesk Host pasted with /ccapi/v2 (what the doc's URLs show) works: authenticate strips it, the test does too.
import { UdeskApi, udeskHost } from '../../credentials/UdeskApi.credentials';
import { runWorkflow } from '../harness/engine';
import { fakeVendor } from '../harness/http';
import { APP_ID, AUTH_TOKEN, HOST, ok, SECRET, SID, udesk } from './part3.helpers';

describe('udesk credential Host', () => {
	test.each([`${HOST}/ccapi/v2`, `${HOST}/ccapi/v2/`, ` ${HOST}/CCAPI/V2// `, `${HOST}/`])('%j: requests go to /ccapi/v2/… once', async (host) => {
		expect(udeskHost(host)).toBe(HOST);
		const vendor = fakeVendor(HOST, () => ok([]));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'queue', operation: 'getAll', returnAll: true })],
			credentials: { udeskApi: { host, sid: SID, authToken: AUTH_TOKEN, appId: APP_ID, secret: SECRET } },
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((r) => r.path)).toEqual(['/ccapi/v2/queues']);
	});

	test('the credential test strips it the same way and names the field for each refusal', () => {
		const { request, rules } = new UdeskApi().test;
		const expression = String(request.baseURL).replace(/^=\{\{|\}\}.*$/g, '');
		const strip = new Function('$credentials', `return ${expression};`) as (c: { host: string }) => string;
		expect(strip({ host: `${HOST}/ccapi/v2/` })).toBe(HOST);
		expect(strip({ host: `${HOST}` })).toBe(HOST);
		expect(String(request.baseURL).endsWith('}}/ccapi/v2')).toBe(true);
		const messages = (rules ?? []).map((rule) => rule.properties.message);
		expect(messages.find((m) => m.includes('HTTP 401'))).toMatch(/^Sid or Auth Token is wrong/);
		expect(messages.find((m) => m.includes('HTTP 404'))).toMatch(/^Host:/);
		expect(messages.filter((m) => m.startsWith('App ID'))).toHaveLength(3);
	});
});
