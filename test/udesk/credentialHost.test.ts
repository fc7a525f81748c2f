// A udesk Host pasted with /ccapi/v2 (what the doc's URLs show) works: authenticate strips it, the test does too.
import { UdeskApi } from '../../credentials/UdeskApi.credentials';
import { normaliseUdeskHost as udeskHost } from '../../nodes/shared/udeskHost';
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
		// The test's expression applies the same two rules as udeskHost(): read its regular expressions and apply them.
		const expression = String(request.baseURL);
		expect(expression).toMatch(/^=\{\{\$credentials\.host\.trim\(\)\.replace\(.+\)\.replace\(.+\)\}\}\/ccapi\/v2$/);
		const patterns = [...expression.matchAll(/\.replace\(\/(.+?)\/([a-z]*), ""\)/g)].map(([, source, flags]) => new RegExp(source, flags));
		expect(patterns).toHaveLength(2);
		for (const host of [`${HOST}/ccapi/v2/`, `${HOST}/CCAPI/V2`, ` ${HOST}// `, HOST]) {
			expect(patterns.reduce((value, pattern) => value.replace(pattern, ''), host.trim())).toBe(udeskHost(host));
		}
		const messages = (rules ?? []).map((rule) => rule.properties.message);
		expect(messages.find((m) => m.includes('HTTP 401'))).toMatch(/^Sid or Auth Token is wrong/);
		expect(messages.find((m) => m.includes('HTTP 404'))).toMatch(/^Host:/);
		expect(messages.filter((m) => m.startsWith('App ID'))).toHaveLength(3);
	});
});
