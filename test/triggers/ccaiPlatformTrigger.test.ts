/**
 * Google CCAI Platform Trigger inside n8n-core's PollTriggerExecutor (test/harness/poll.ts), CCAI Platform faked at
 * the socket: the exact GET each poll sends, what is emitted on the first poll, on a change, on no change, after a
 * failed poll (the cursor stays), with the filters, and for "Fetch Test Event".
 */
import { packageNode } from '../harness/engine';
import { fakeVendor } from '../harness/http';
import type { ReceivedRequest, Reply } from '../harness/http';
import { createPollHarness } from '../harness/poll';
import { requireFromRepo } from '../harness/system';

// the shared request policy (nodes/shared/requestPolicy.ts): a read is sent up to READ_ATTEMPTS times
const READ_ATTEMPTS = 5;
let policy: { setRetryDelaysForTests(base?: number, max?: number): void };
beforeAll(() => {
	policy = requireFromRepo('dist/nodes/shared/requestPolicy.js');
	policy.setRetryDelaysForTests(5, 20); // the shipped backoff is 250 ms doubling to 4 s
});
afterAll(() => policy.setRetryDelaysForTests());
const SERVER_ERROR = { status: 500, body: { message: 'Internal server error' } };

const BASE = 'https://acme.uc1.ccaiplatform.com';
const BASIC = `Basic ${Buffer.from('api-user:dummy-token-123').toString('base64')}`;
const credentials = () => ({
	ccaiPlatformApi: { domain: 'uc1.ccaiplatform.com', subdomain: 'acme', username: 'api-user', password: 'dummy-token-123' },
});

// the seed's GET example
const agent = (agent_id: number, name: string, status: string) => ({
	agent_id,
	name,
	email: `${name.split(' ')[0].toLowerCase()}@nelson.com`,
	agent_number: `Agent No.1${agent_id}`,
	status,
	ip_addrs: [`34.211.11.1${agent_id - 10}`],
});
const DARTH = (status: string) => agent(11, 'Darth Vader', status);
const CRAIG = (status: string) => agent(12, 'Craig T', status);
const RAYMOND = (status: string) => agent(13, 'Raymond D', status);

// 2026-12-01T10:00:00Z, one minute per poll
const T0 = Date.UTC(2026, 11, 1, 10, 0, 0);
let clock = T0;

beforeEach(() => {
	clock = T0;
	jest.spyOn(Date, 'now').mockImplementation(() => clock);
});
afterEach(() => jest.restoreAllMocks());

function trigger(parameters: Record<string, unknown>) {
	return packageNode('ccaiPlatformTrigger', { agentIds: '', teamIds: '', statuses: '', ...parameters } as never, {
		name: 'Agent Status Changed',
		credentialType: 'ccaiPlatformApi',
	});
}

/** A fake CCAI Platform whose answer to the n-th GET is `answers[n]` (a list of agents or a whole reply). */
function vendor(answers: Array<unknown[] | Reply>) {
	return fakeVendor(BASE, (_request: ReceivedRequest, index: number) => {
		const answer = answers[index];
		if (answer === undefined) return undefined;
		return Array.isArray(answer) ? { body: answer } : answer;
	});
}

async function pollAt(harness: Awaited<ReturnType<typeof createPollHarness>>, minute: number) {
	clock = T0 + minute * 60_000;
	return await harness.poll();
}

describe('CCAI Platform Trigger', () => {
	test('polls the Get request; the first poll records the statuses and emits nothing; a change is emitted once', async () => {
		const api = vendor([
			[DARTH('lunch'), CRAIG('In-call')],
			[DARTH('Break'), CRAIG('In-call')],
			[DARTH('Break'), CRAIG('In-call')],
		]);
		const harness = await createPollHarness({
			node: trigger({ agentIds: '11, 12', teamIds: '1' }),
			credentials: credentials(),
			timezone: 'Asia/Kolkata',
		});

		expect(await pollAt(harness, 0)).toEqual({ emitted: null, error: undefined });
		expect(harness.nodeStaticData()).toEqual({
			statuses: { '11': 'lunch', '12': 'In-call' },
			polledAt: '2026-12-01T15:30:00+05:30',
		});

		const change = await pollAt(harness, 1);
		expect(change.error).toBeUndefined();
		expect(change.emitted).toEqual([
			{
				agentId: '11',
				name: 'Darth Vader',
				email: 'darth@nelson.com',
				previousStatus: 'lunch',
				status: 'Break',
				changedAt: '2026-12-01T15:31:00+05:30',
				raw: DARTH('Break'),
			},
		]);

		// nothing changed since: no execution
		expect(await pollAt(harness, 2)).toEqual({ emitted: null, error: undefined });

		// every poll is the action node's Get: GET with the doc's JSON body, HTTP Basic, JSON
		expect(api.received).toHaveLength(3);
		for (const request of api.received) {
			expect(request.method).toBe('GET');
			expect(request.path).toBe('/apps/api/v1/agent_statuses');
			expect(request.query).toEqual({});
			expect(request.body).toEqual({ agent_ids: [11, 12], team_ids: [1] });
			expect(request.headers.authorization).toBe(BASIC);
			expect(request.headers.accept).toBe('application/json');
		}
	});

	test('a failed poll keeps the cursor: the change made meanwhile is emitted by the next good poll', async () => {
		const api = vendor([
			[DARTH('lunch'), RAYMOND('Offline')],
			...Array<Reply>(READ_ATTEMPTS).fill(SERVER_ERROR), // the poll fails once the policy gives up
			[DARTH('Available'), RAYMOND('Offline')],
		]);
		const harness = await createPollHarness({ node: trigger({}), credentials: credentials() });
		await pollAt(harness, 0);
		const before = JSON.parse(JSON.stringify(harness.nodeStaticData()));

		const failed = await pollAt(harness, 1);
		expect(failed.emitted).toBeNull();
		expect(failed.error?.message).toBe('Internal server error');
		expect(JSON.stringify(failed.error)).not.toContain('dummy-token-123');
		expect(harness.nodeStaticData()).toEqual(before);

		const next = await pollAt(harness, 2);
		expect(next.emitted).toEqual([
			{
				agentId: '11',
				name: 'Darth Vader',
				email: 'darth@nelson.com',
				previousStatus: 'lunch',
				status: 'Available',
				changedAt: '2026-12-01T10:02:00Z',
				raw: DARTH('Available'),
			},
		]);
		// neither IDs given: every agent (the doc's body without lists); the failed poll sent READ_ATTEMPTS times
		expect(api.received.map((request) => [request.method, request.query, request.body])).toEqual(
			Array(READ_ATTEMPTS + 2).fill(['GET', {}, {}]),
		);
	});

	test('a 500 the request policy retries away is not a failed poll: that poll emits the change', async () => {
		const api = vendor([[DARTH('lunch')], SERVER_ERROR, [DARTH('Break')]]);
		const harness = await createPollHarness({ node: trigger({ agentIds: '11' }), credentials: credentials() });
		await pollAt(harness, 0);
		const next = await pollAt(harness, 1);
		expect(next.error).toBeUndefined();
		expect(next.emitted?.map((item) => [item.agentId, item.previousStatus, item.status])).toEqual([['11', 'lunch', 'Break']]);
		expect(api.received).toHaveLength(3);
	});

	test('Statuses To Watch: only changes to those statuses start the workflow; the others are still recorded', async () => {
		vendor([
			[DARTH('lunch'), CRAIG('Available'), RAYMOND('Available')],
			// Darth → Available (not watched), Craig → break (watched, other case), Raymond unchanged
			[DARTH('Available'), CRAIG('break'), RAYMOND('Available')],
			// Darth → Offline (watched); a new agent on the team is only recorded
			[DARTH('Offline'), CRAIG('break'), RAYMOND('Available'), agent(14, 'Ada L', 'Break')],
			[DARTH('Offline'), CRAIG('break'), RAYMOND('Available'), agent(14, 'Ada L', 'Break')],
		]);
		const harness = await createPollHarness({ node: trigger({ teamIds: '1, 2', statuses: 'Break, Offline' }), credentials: credentials() });
		await pollAt(harness, 0);
		const second = await pollAt(harness, 1);
		expect(second.emitted?.map((item) => [item.agentId, item.previousStatus, item.status])).toEqual([['12', 'Available', 'break']]);
		const third = await pollAt(harness, 2);
		expect(third.emitted?.map((item) => [item.agentId, item.previousStatus, item.status])).toEqual([['11', 'Available', 'Offline']]);
		expect(harness.nodeStaticData().statuses).toEqual({ '11': 'Offline', '12': 'break', '13': 'Available', '14': 'Break' });
		expect((await pollAt(harness, 3)).emitted).toBeNull();
	});

	test('Fetch Test Event returns every current status and leaves the cursor alone', async () => {
		vendor([
			[DARTH('lunch'), CRAIG('In-call')],
			[DARTH('Break'), CRAIG('In-call')],
			[DARTH('Break'), CRAIG('Available')],
		]);
		const harness = await createPollHarness({ node: trigger({ statuses: 'Offline' }), credentials: credentials() });
		await pollAt(harness, 0);
		const cursor = JSON.parse(JSON.stringify(harness.nodeStaticData()));

		clock = T0 + 30_000;
		const test = await harness.fetchTestEvent();
		expect(test.error).toBeUndefined();
		expect(test.json('Agent Status Changed')).toEqual([
			{ agentId: '11', name: 'Darth Vader', email: 'darth@nelson.com', previousStatus: 'lunch', status: 'Break', changedAt: '2026-12-01T10:00:30Z', raw: DARTH('Break') },
			{ agentId: '12', name: 'Craig T', email: 'craig@nelson.com', previousStatus: 'In-call', status: 'In-call', changedAt: '2026-12-01T10:00:30Z', raw: CRAIG('In-call') },
		]);
		expect(harness.nodeStaticData()).toEqual(cursor);
		// the next scheduled poll still compares with the first one (Craig → Available is not watched)
		expect((await pollAt(harness, 1)).emitted).toBeNull();
		expect(harness.nodeStaticData().statuses).toEqual({ '11': 'Break', '12': 'Available' });
	});

	test('invalid IDs fail before any request, naming the field', async () => {
		const api = vendor([]);
		const harness = await createPollHarness({ node: trigger({ agentIds: '11, abc' }), credentials: credentials() });
		const outcome = await pollAt(harness, 0);
		expect(outcome.error?.message).toBe('Agent IDs: "abc" is not a valid ID — use positive whole numbers separated by commas, e.g. 11, 12');
		expect(api.received).toEqual([]);
		expect(harness.nodeStaticData()).toEqual({});
	});
});
