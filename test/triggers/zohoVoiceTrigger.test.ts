/**
 * Zoho Voice Trigger inside n8n-core's PollTriggerExecutor (test/harness/poll.ts), Zoho Voice faked at the socket with
 * answers shaped like the doc's statusaudit/list example: the window each poll asks for, first poll, a change emitted
 * exactly once across overlapping windows, no change, a failed poll (cursor kept, nothing lost), paging over more
 * than 100 agents, changes at the window edges, the filters and "Fetch Test Event".
 */
import type { IDataObject } from 'n8n-workflow';
import nock from 'nock';

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

const US = 'https://voice.zoho.com';
const LIST = '/rest/json/zv/metrics/statusaudit/list';
const credentials = () => ({
	zohoVoiceOAuth2Api: {
		dataCenter: 'us',
		clientId: '1000.CLIENTID',
		clientSecret: 'client-secret-xyz',
		oauthTokenData: { access_token: '1000.access-dummy', refresh_token: '1000.refresh-dummy', token_type: 'Bearer', expires_in: 3600 },
	},
});

const JAN = '3029000000002015';
const MINUTE = 60_000;
const OVERLAP = 5 * MINUTE;
// 2026-12-01T10:00:00Z
const T0 = Date.UTC(2026, 11, 1, 10, 0, 0);
let clock = T0;

beforeEach(() => {
	clock = T0;
	jest.spyOn(Date, 'now').mockImplementation(() => clock);
});
afterEach(() => jest.restoreAllMocks());

/** One status change of the doc's example shape, at `at`. */
function hit(at: number, previous: string, current: string, logid: string, agentId = JAN, extra: IDataObject = {}): IDataObject {
	return {
		agent_id: agentId,
		previous_action_time: at - 600_000,
		agentEmail: 'janice@zylker.com',
		current_action_time: at,
		agentName: 'Jan',
		triggered_by_username: 'Jan',
		triggered_by: 'User',
		duration: 600_000,
		triggered_by_medium: 'Web',
		triggered_by_zuid: '67560001',
		current_status: current,
		logid,
		zsoid: '67560292',
		triggered_reason: '',
		previous_status: previous,
		...extra,
	};
}

/** A statusaudit/list answer: one agent entry per agent ID, its hits in one day. */
function answer(hitsByAgent: Record<string, IDataObject[]>): IDataObject {
	return {
		code: '200',
		list: {
			agentStatus: Object.entries(hitsByAgent).map(([agentId, hits]) => ({
				agent_id: agentId,
				agentEmail: 'janice@zylker.com',
				agentName: 'Jan',
				dates: hits.length ? [{ hits, start_timestamp: Date.UTC(2026, 11, 1), index: 0 }] : [],
			})),
		},
		status: 'SUCCESS',
	};
}

function vendor(replies: Array<IDataObject | Reply>) {
	return fakeVendor(US, (_request: ReceivedRequest, index: number) => {
		const reply = replies[index];
		if (reply === undefined) return undefined;
		return 'status' in reply && typeof reply.status === 'number' ? (reply as Reply) : { body: reply };
	});
}

function trigger(parameters: Record<string, unknown> = {}) {
	return packageNode('zohoVoiceTrigger', { agentIds: JAN, statuses: [], options: {}, ...parameters } as never, {
		name: 'Status Changed',
		credentialType: 'zohoVoiceOAuth2Api',
	});
}

async function pollAt(harness: Awaited<ReturnType<typeof createPollHarness>>, minute: number) {
	clock = T0 + minute * MINUTE;
	return await harness.poll();
}

const window = (request: ReceivedRequest) => [Number(request.query.fromEpoch), Number(request.query.toEpoch)];

describe('Zoho Voice Trigger', () => {
	test('first poll marks the start and emits nothing; each change is emitted once although windows overlap', async () => {
		const before = hit(T0 - MINUTE, 'Offline', 'Available', 'aaaaaaaaaaaaaaaaaaa1');
		const onBreak = hit(T0 + 30_000, 'Available', 'On Break', 'b6MdlJIBm7rVk3YNaz3l', JAN, {
			triggered_reason: 'Lunch',
		});
		const api = vendor([
			answer({ [JAN]: [before] }),
			answer({ [JAN]: [before, onBreak] }), // the overlap lists the old change again
			answer({ [JAN]: [before, onBreak] }),
		]);
		const harness = await createPollHarness({ node: trigger(), credentials: credentials(), timezone: 'Asia/Kolkata' });

		expect(await pollAt(harness, 0)).toEqual({ emitted: null, error: undefined });
		expect(harness.nodeStaticData()).toEqual({ until: T0, seen: { aaaaaaaaaaaaaaaaaaa1: T0 - MINUTE } });

		const second = await pollAt(harness, 1);
		expect(second.error).toBeUndefined();
		expect(second.emitted).toEqual([
			{
				agentId: JAN,
				agentName: 'Jan',
				agentEmail: 'janice@zylker.com',
				previousStatus: 'Available',
				status: 'On Break',
				changedAt: '2026-12-01T15:30:30.000+05:30',
				changedAtEpoch: T0 + 30_000,
				previousStatusSince: '2026-12-01T15:20:30.000+05:30',
				previousStatusSeconds: 600,
				triggeredBy: 'User',
				triggeredByUser: 'Jan',
				reason: 'Lunch',
				reasonDescription: null,
				logId: 'b6MdlJIBm7rVk3YNaz3l',
				raw: onBreak,
			},
		]);
		expect(await pollAt(harness, 2)).toEqual({ emitted: null, error: undefined });

		// the doc's query: window since the last poll minus the overlap, the agents, the workflow's zone, from/size
		expect(api.received.map((request) => [request.method, request.path, request.query])).toEqual([
			['GET', LIST, { fromEpoch: String(T0 - OVERLAP), toEpoch: String(T0), agentIds: JAN, tz: 'Asia/Kolkata', from: '0', size: '100' }],
			['GET', LIST, { fromEpoch: String(T0 - OVERLAP), toEpoch: String(T0 + MINUTE), agentIds: JAN, tz: 'Asia/Kolkata', from: '0', size: '100' }],
			['GET', LIST, { fromEpoch: String(T0 + MINUTE - OVERLAP), toEpoch: String(T0 + 2 * MINUTE), agentIds: JAN, tz: 'Asia/Kolkata', from: '0', size: '100' }],
		]);
		expect(api.received[0].headers.authorization).toBe('Bearer 1000.access-dummy');
		// only keys that the next window can list again are kept
		expect(harness.nodeStaticData()).toEqual({ until: T0 + 2 * MINUTE, seen: { aaaaaaaaaaaaaaaaaaa1: T0 - MINUTE, b6MdlJIBm7rVk3YNaz3l: T0 + 30_000 } });
	});

	test('a failed poll keeps the cursor; the next poll covers its window and emits the change once', async () => {
		const change = hit(T0 + 90_000, 'Available', 'Offline', 'cccccccccccccccccccc');
		const api = vendor([
			answer({ [JAN]: [] }),
			// the poll fails once the policy gives up
			...Array<Reply>(READ_ATTEMPTS).fill({ status: 500, body: { code: 'INTERNAL', message: 'Something went wrong', status: 'error' } }),
			answer({ [JAN]: [change] }),
			answer({ [JAN]: [change] }),
		]);
		const harness = await createPollHarness({ node: trigger(), credentials: credentials() });
		await pollAt(harness, 0);
		const cursor = JSON.parse(JSON.stringify(harness.nodeStaticData()));

		const failed = await pollAt(harness, 2);
		expect(failed.emitted).toBeNull();
		expect(failed.error?.message).toBe('Something went wrong');
		expect(harness.nodeStaticData()).toEqual(cursor);

		const next = await pollAt(harness, 3);
		expect(next.emitted?.map((item) => [item.logId, item.previousStatus, item.status, item.changedAt])).toEqual([
			['cccccccccccccccccccc', 'Available', 'Offline', '2026-12-01T10:01:30.000Z'],
		]);
		expect((await pollAt(harness, 4)).emitted).toBeNull();
		// the poll after the failure starts where the last good poll ended (minus the overlap)
		expect(api.received).toHaveLength(READ_ATTEMPTS + 3);
		expect(window(api.received[1])).toEqual([T0 - OVERLAP, T0 + 2 * MINUTE]);
		expect(window(api.received[READ_ATTEMPTS + 1])).toEqual([T0 - OVERLAP, T0 + 3 * MINUTE]);
		expect(JSON.stringify(failed.error)).not.toContain('1000.access-dummy');
	});

	test('pages over more than 100 agents with from/size and emits the changes of every page', async () => {
		const agents = Array.from({ length: 101 }, (_, index) => String(3029000000100000 + index));
		const last = agents[100];
		const api = vendor([
			answer(Object.fromEntries(agents.slice(0, 100).map((id) => [id, []]))),
			answer({ [last]: [] }),
			answer(Object.fromEntries(agents.slice(0, 100).map((id, index) => [id, index === 7 ? [hit(T0 + 10_000, 'Available', 'Busy', 'page1-change', id)] : []]))),
			answer({ [last]: [hit(T0 + 20_000, 'Available', 'On Call', 'page2-change', last)] }),
		]);
		const harness = await createPollHarness({ node: trigger({ agentIds: agents.join(', ') }), credentials: credentials() });
		await pollAt(harness, 0);
		const second = await pollAt(harness, 1);
		expect(second.emitted?.map((item) => [item.agentId, item.status])).toEqual([
			[agents[7], 'Busy'],
			[last, 'On Call'],
		]);
		expect(api.received.map((request) => [request.query.from, request.query.size, request.query.agentIds])).toEqual([
			['0', '100', agents.join(',')],
			['100', '100', agents.join(',')],
			['0', '100', agents.join(',')],
			['100', '100', agents.join(',')],
		]);
	});

	test('window edges: a change at toEpoch is emitted once when the next window lists it again; one before the window is not', async () => {
		const atEdge = hit(T0 + MINUTE, 'Available', 'On Break', 'edge-change');
		const stale = hit(T0 - OVERLAP - 1, 'Offline', 'Available', 'stale-change');
		vendor([
			answer({ [JAN]: [] }),
			answer({ [JAN]: [stale, atEdge] }), // toEpoch = T0 + 1 min, inclusive
			answer({ [JAN]: [atEdge] }), // fromEpoch = T0 + 1 min − overlap: listed again
		]);
		const harness = await createPollHarness({ node: trigger(), credentials: credentials() });
		await pollAt(harness, 0);
		expect((await pollAt(harness, 1)).emitted?.map((item) => item.logId)).toEqual(['edge-change']);
		expect((await pollAt(harness, 2)).emitted).toBeNull();
	});

	test('Statuses To Watch and entries without a change', async () => {
		const checkIn = hit(T0 + 5_000, 'Available', 'Available', 'check-in', JAN, { triggered_by: 'Zoho Voice', triggered_reason: 'Agent Schedule', triggered_reason_desc: 'Automatic Check In' });
		const busy = hit(T0 + 10_000, 'Available', 'Busy', 'busy');
		const onBreak = hit(T0 + 20_000, 'Busy', 'On Break', 'break');
		const replies = [answer({ [JAN]: [] }), answer({ [JAN]: [checkIn, busy, onBreak] })];

		vendor(replies);
		const watched = await createPollHarness({ node: trigger({ statuses: ['On Break', 'Offline'] }), credentials: credentials() });
		await pollAt(watched, 0);
		expect((await pollAt(watched, 1)).emitted?.map((item) => item.logId)).toEqual(['break']);

		nock.cleanAll(); // a fresh Zoho for the second trigger
		vendor(replies);
		const everything = await createPollHarness({ node: trigger({ options: { includeSameStatus: true } }), credentials: credentials() });
		await pollAt(everything, 0);
		const all = (await pollAt(everything, 1)).emitted ?? [];
		expect(all.map((item) => item.logId)).toEqual(['check-in', 'busy', 'break']);
		expect(all[0]).toMatchObject({ triggeredBy: 'Zoho Voice', reason: 'Agent Schedule', reasonDescription: 'Automatic Check In' });
	});

	test('Fetch Test Event returns the latest changes of the last 24 hours and leaves the cursor alone', async () => {
		const changes = Array.from({ length: 12 }, (_, index) => hit(T0 - (12 - index) * 3_600_000, index % 2 ? 'On Call' : 'Available', index % 2 ? 'Available' : 'On Call', `log-${index}`));
		const api = vendor([answer({ [JAN]: [] }), answer({ [JAN]: changes })]);
		const harness = await createPollHarness({ node: trigger(), credentials: credentials() });
		await pollAt(harness, 0);
		const cursor = JSON.parse(JSON.stringify(harness.nodeStaticData()));

		clock = T0 + 30_000;
		const test = await harness.fetchTestEvent();
		expect(test.error).toBeUndefined();
		expect(test.json('Status Changed').map((item) => item.logId)).toEqual(changes.slice(2).map((change) => change.logid));
		expect(window(api.received[1])).toEqual([T0 + 30_000 - 24 * 3_600_000, T0 + 30_000]);
		expect(harness.nodeStaticData()).toEqual(cursor);
	});

	test('Agent IDs are required and must be Zoho IDs, checked before any request', async () => {
		const api = vendor([]);
		const empty = await createPollHarness({ node: trigger({ agentIds: '' }), credentials: credentials() });
		expect((await pollAt(empty, 0)).error?.message).toBe('Agent IDs is required: give at least one agent ID, e.g. 3029000000002015');
		const wrong = await createPollHarness({ node: trigger({ agentIds: `${JAN}, jan` }), credentials: credentials() });
		expect((await pollAt(wrong, 0)).error?.message).toBe(
			'Agent IDs: "jan" is not a Zoho ID — use the numeric IDs separated by commas, e.g. 3029000000002015, 600000000039003',
		);
		expect(api.received).toEqual([]);
		expect(empty.nodeStaticData()).toEqual({});
	});
});
