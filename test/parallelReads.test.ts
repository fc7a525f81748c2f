/**
 * The shared item loop (nodes/shared/router.ts) running reads several items at a time, in n8n's real engine, against
 * a vendor on 127.0.0.1 that answers after a chosen delay and records how many requests it had open at once.
 */
import nock from 'nock';

import { packageNode, runWorkflow } from './harness/engine';
import type { SlowAnswer, SlowRequest, SlowVendor } from './harness/slowVendor';
import { startSlowVendor } from './harness/slowVendor';

/** The queue ID a udesk `GET queues/{id}` asked for. */
const queueOf = (request: { url?: string; path?: string }) => /queues\/(\d+)/.exec(request.url ?? request.path ?? '')?.[1] ?? '';

const ok = (Result: unknown) => ({ ErrCode: '000000', ErrDesc: 'OK', Result });
const notFound = (what: string) => ({ ErrCode: '100018', ErrDesc: `RecordNotFound ${what}` });

let vendor: SlowVendor | undefined;
beforeAll(() => nock.enableNetConnect('127.0.0.1'));
afterEach(async () => {
	await vendor?.stop();
	vendor = undefined;
});

async function udeskRun(
	route: (request: SlowRequest) => SlowAnswer,
	parameters: Record<string, unknown>,
	count: number,
	extra: Record<string, unknown> = {},
) {
	vendor = await startSlowVendor(route);
	const base = vendor.baseUrl;
	return await runWorkflow({
		nodes: [packageNode('udesk', parameters as never, { name: 'udesk', credentialType: 'udeskApi', ...extra })],
		credentials: { udeskApi: { host: base, sid: 'sid-1', authToken: 'token-1', appId: 'app-1', secret: 'secret-1' } },
		input: Array.from({ length: count }, (_, i) => ({ json: { queueId: String(9001 + i) } })),
	});
}

const queueGet = (parallelRequests?: number) => ({
	resource: 'queue',
	operation: 'get',
	queueId: '={{ $json.queueId }}',
	...(parallelRequests === undefined ? {} : { parallelRequests }),
});

describe('Parallel Requests (reads in flight inside one execution)', () => {
	test('a read runs 4 items at a time by default; output in input order, each paired with its item', async () => {
		// Earlier items answer more slowly, so answers arrive out of order.
		const result = await udeskRun((request) => {
			const queueId = queueOf(request);
			const index = request.index;
			return { delayMs: index === 0 ? 5 : 80 - (Number(queueId) % 10) * 6, body: ok({ QueueId: queueId, QueueName: `Q${queueId}` }) };
		}, queueGet(), 12);

		expect(result.error).toBeUndefined();
		expect(vendor!.seen).toHaveLength(12);
		expect(vendor!.maxOpen()).toBe(4);
		// The first item runs alone, before any other starts.
		expect(vendor!.seen[0].openOnArrival).toBe(1);
		expect(vendor!.seen[1].arrivedAt).toBeGreaterThanOrEqual(vendor!.seen[0].answeredAt!);
		const output = result.output('udesk');
		expect(output.map((item) => item.json.QueueId)).toEqual(Array.from({ length: 12 }, (_, i) => String(9001 + i)));
		expect(output.map((item) => item.pairedItem)).toEqual(Array.from({ length: 12 }, (_, item) => ({ item })));
		// ... while the vendor really answered out of order.
		const answerOrder = [...vendor!.seen].sort((a, b) => a.answeredAt! - b.answeredAt!).map((entry) => entry.index);
		expect(answerOrder).not.toEqual([...answerOrder].sort((a, b) => a - b));
	});

	test('Parallel Requests 8 keeps at most 8 open; 1 sends one item after the other', async () => {
		const answer = (request: SlowRequest) => ({ delayMs: 30, body: ok({ QueueId: queueOf(request) }) });
		const eight = await udeskRun(answer, queueGet(8), 20);
		expect(eight.error).toBeUndefined();
		expect(vendor!.maxOpen()).toBe(8);
		expect(eight.json('udesk')).toHaveLength(20);
		await vendor!.stop();

		const one = await udeskRun(answer, queueGet(1), 6);
		expect(one.error).toBeUndefined();
		expect(vendor!.maxOpen()).toBe(1);
		expect(vendor!.seen.map((entry) => entry.path.split('?')[0])).toEqual(
			Array.from({ length: 6 }, (_, i) => `/ccapi/v2/queues/${9001 + i}`),
		);
	});

	test('Continue On Fail: failed items become { error } items in their place, paired with their input', async () => {
		const result = await udeskRun(
			(request) => {
				const queueId = queueOf(request);
				const failing = queueId === '9003' || queueId === '9006';
				return { delayMs: failing ? 5 : 40, body: failing ? notFound(queueId) : ok({ QueueId: queueId }) };
			},
			queueGet(4),
			8,
			{ continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(vendor!.seen).toHaveLength(8);
		const output = result.output('udesk');
		expect(output.map((item) => item.json)).toEqual([
			{ QueueId: '9001' },
			{ QueueId: '9002' },
			{ error: 'udesk error 100018: RecordNotFound 9003', description: expect.any(String) },
			{ QueueId: '9004' },
			{ QueueId: '9005' },
			{ error: 'udesk error 100018: RecordNotFound 9006', description: expect.any(String) },
			{ QueueId: '9007' },
			{ QueueId: '9008' },
		]);
		expect(output.map((item) => item.pairedItem)).toEqual(Array.from({ length: 8 }, (_, item) => ({ item })));
	});

	test('without Continue On Fail: no item starts after a failure, and the lowest failing item’s error is thrown', async () => {
		// Item 0 alone, then items 1–4 in flight. Item 3 fails first (5 ms), item 2 fails later (60 ms), items 1 and 4
		// answer after 150 ms: no worker is free before item 3's failure is known, so items 5+ must never start.
		const result = await udeskRun(
			(request) => {
				const queueId = queueOf(request);
				if (queueId === '9004') return { delayMs: 5, body: notFound(queueId) };
				if (queueId === '9003') return { delayMs: 60, body: notFound(queueId) };
				return { delayMs: queueId === '9001' ? 5 : 150, body: ok({ QueueId: queueId }) };
			},
			queueGet(4),
			10,
		);
		expect(vendor!.seen.map((entry) => queueOf(entry))).toEqual(['9001', '9002', '9003', '9004', '9005']);
		expect(result.error?.name).toBe('NodeApiError');
		// Item 2 (queue 9003) is where a one-at-a-time run would have stopped.
		expect(result.error?.message).toBe('udesk error 100018: RecordNotFound 9003');
		expect((result.error as unknown as { context: { itemIndex: number } }).context.itemIndex).toBe(2);
		expect(result.run.data.resultData.runData.udesk[0].data).toBeUndefined();
	});

	test('writes stay one at a time, in input order, even with many items', async () => {
		const result = await udeskRun(
			() => ({ delayMs: 25, body: ok(null) }),
			{ resource: 'queue', operation: 'create', queueId: '={{ $json.queueId }}', queueName: '={{ "Queue " + $json.queueId }}', parallelRequests: 8 },
			6,
		);
		expect(result.error).toBeUndefined();
		expect(vendor!.maxOpen()).toBe(1);
		expect(vendor!.seen.every((entry) => entry.openOnArrival === 1)).toBe(true);
		expect(result.json('udesk').map((row) => row.QueueId)).toEqual(['9001', '9002', '9003', '9004', '9005', '9006']);
	});

	test('a Parallel Requests value above the vendor maximum is refused before any request', async () => {
		const result = await udeskRun(() => ({ delayMs: 1, body: ok({}) }), queueGet(20), 3);
		expect(vendor!.seen).toHaveLength(0);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe('Parallel Requests: "20" is not valid — use a whole number from 1 to 8');
	});

	test('CCAI Platform: 8 in flight are still paced to the documented 10 requests/s per tenant', async () => {
		vendor = await startSlowVendor(() => ({ delayMs: 20, body: [{ agent_id: 11, status: 'Available' }] }));
		const base = vendor.baseUrl;
		const started = Date.now();
		const result = await runWorkflow({
			nodes: [
				packageNode('ccaiPlatform', { resource: 'agentStatus', operation: 'get', agentIds: '11', teamIds: '', parallelRequests: 8 } as never, {
					name: 'CCAI',
					credentialType: 'ccaiPlatformApi',
				}),
			],
			credentials: { ccaiPlatformApi: { domain: 'custom', baseUrl: base, username: 'api-user', password: 'secret' } },
			input: Array.from({ length: 14 }, (_, i) => ({ json: { i } })),
		});
		expect(result.error).toBeUndefined();
		expect(result.json('CCAI')).toHaveLength(14);
		expect(vendor.maxOpen()).toBeGreaterThan(1);
		// Never more than 10 requests arrive within one second (5 ms of slack for the loopback hop).
		const arrivals = vendor.seen.map((entry) => entry.arrivedAt).sort((a, b) => a - b);
		for (let i = 0; i + 10 < arrivals.length; i++) expect(arrivals[i + 10] - arrivals[i]).toBeGreaterThanOrEqual(995);
		expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
	});
});

