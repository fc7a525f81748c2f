import { runWorkflow } from '../harness/engine';
import { fakeVendor, type ReceivedRequest } from '../harness/http';
import { credentials, HOST, ok, signedQuery, udesk } from './part3.helpers';

const DAY = 24 * 60 * 60 * 1000;
const WEEK = 7 * DAY;
const base = { resource: 'report' };
const iso = (ms: number) => new Date(ms).toISOString();

/** The JSON body of a GET (the doc: "Parameters such as CallId should be passed through a JSON-formatted request body"). */
const sent = (request: ReceivedRequest) => (request.body ?? {}) as Record<string, unknown>;

/** n deterministic call-log rows, served PageNum/PageSize from the GET's JSON body (as the doc sends them). */
function callLogRows(count: number, from: number) {
	return Array.from({ length: count }, (_, i) => ({
		CallId: `call-${String(i + 1).padStart(4, '0')}`,
		StartTime: from + i * 60_000,
		EndTime: from + i * 60_000 + 30_000,
		AgentAnswerTime: from + i * 60_000 + 5_000,
		UserAnswerTime: 0,
		CallDuration: 25,
		TotalDuration: 30,
		DestNumber: '01086482889',
		SpNumber: '057128091649',
		AgentId: '10031',
		CallType: 'Outgoing',
		EndType: 'callResult',
		HangupBy: 'agent',
	}));
}

function pagedVendor(rows: Array<Record<string, unknown>>, listKey: string, { totalPage = true } = {}) {
	return fakeVendor(HOST, (request: ReceivedRequest) => {
		const pageNum = Number(sent(request).PageNum);
		const pageSize = Number(sent(request).PageSize);
		const page = rows.slice((pageNum - 1) * pageSize, pageNum * pageSize);
		return ok(totalPage ? { [listKey]: page, TotalPage: Math.ceil(rows.length / pageSize), Total: rows.length } : { [listKey]: page });
	});
}

const withIso = (row: Record<string, unknown>) => ({
	...row,
	StartTimeIso: iso(row.StartTime as number),
	EndTimeIso: iso(row.EndTime as number),
	AgentAnswerTimeIso: iso(row.AgentAnswerTime as number),
});

describe('udesk → Report → Get Call Logs', () => {
	const start = Date.now() - 2 * DAY;
	const end = Date.now() - DAY;
	const rows = callLogRows(250, start);

	test.each([
		['with TotalPage', true],
		['without TotalPage (the doc\'s answer shape)', false],
	])('Return All walks 3 pages of 100 %s: parameters in the JSON body, only the signature in the query, every row once, in order', async (_label, totalPage) => {
		const vendor = pagedVendor(rows, 'CallLogs', { totalPage });
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'callLogs', startTime: iso(start), endTime: iso(end), returnAll: true })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((r) => [r.method, r.path, r.headers['content-type']])).toEqual(
			Array(3).fill(['GET', '/ccapi/v2/calls/logs', 'application/json;charset=utf-8']),
		);
		expect(vendor.received.map(signedQuery)).toEqual([{}, {}, {}]);
		expect(vendor.received.map((r) => r.body)).toEqual([1, 2, 3].map((page) => ({
			StartTime: start,
			EndTime: end,
			PageNum: page,
			PageSize: 100,
		})));
		const output = result.json('Udesk');
		expect(output).toHaveLength(250);
		expect(output.map((row) => row.CallId)).toEqual(rows.map((row) => row.CallId));
		expect(output[0]).toEqual(withIso(rows[0]));
		expect(output[0]).not.toHaveProperty('UserAnswerTimeIso');
		expect(result.output('Udesk').every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	test('Limit 120 asks exactly 2 pages of 100 and returns 120 rows', async () => {
		const vendor = pagedVendor(rows, 'CallLogs');
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'callLogs', startTime: iso(start), endTime: iso(end), returnAll: false, limit: 120 })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((r) => [sent(r).PageNum, sent(r).PageSize])).toEqual([
			[1, 100],
			[2, 100],
		]);
		expect(result.json('Udesk').map((row) => row.CallId)).toEqual(rows.slice(0, 120).map((row) => row.CallId));
	});

	test('Limit 30 asks one page of 30', async () => {
		const vendor = pagedVendor(rows, 'CallLogs');
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'callLogs', startTime: iso(start), endTime: iso(end), returnAll: false, limit: 30 })],
			credentials: credentials(),
		});
		expect(vendor.received.map((r) => [sent(r).PageNum, sent(r).PageSize])).toEqual([[1, 30]]);
		expect(result.json('Udesk')).toHaveLength(30);
	});

	test('Call ID: only CallId and paging are sent, no time range', async () => {
		const vendor = fakeVendor(HOST, () => ok({ CallLogs: [rows[0]] }));
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'callLogs', returnAll: true, filters: { callId: 'call-0001' } })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map(signedQuery)).toEqual([{}]);
		expect(vendor.received[0].body).toEqual({ CallId: 'call-0001', PageNum: 1, PageSize: 100 });
		expect(result.json('Udesk')).toEqual([withIso(rows[0])]);
	});

	test('a Start Time older than one week is a clear error, not an empty success, and nothing is asked', async () => {
		const vendor = pagedVendor(rows, 'CallLogs');
		const tooOld = Date.now() - 8 * DAY;
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'callLogs', startTime: iso(tooOld), endTime: iso(end), returnAll: true })],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(
			`Start Time (${iso(tooOld)}) is older than udesk keeps call logs: data older than one week cannot be retrieved`,
		);
		expect(result.error?.description).toMatch(/^Choose a time after \d{4}-\d\d-\d\dT/);
	});

	test('Start Time after End Time is refused before any request', async () => {
		const vendor = pagedVendor(rows, 'CallLogs');
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'callLogs', startTime: iso(end), endTime: iso(start), returnAll: true })],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.message).toBe(`Start Time (${iso(end)}) is after End Time (${iso(start)})`);
	});

	test('a start just at the one-week edge (e.g. $now.minus({days: 7})) is accepted and asked from the edge', async () => {
		const vendor = fakeVendor(HOST, () => ok({ CallLogs: [] }));
		const before = Date.now();
		const result = await runWorkflow({
			nodes: [
				udesk({ ...base, operation: 'callLogs', startTime: '={{ $now.minus({ days: 7, seconds: 5 }).toISO() }}', returnAll: true }),
			],
			credentials: credentials(),
		});
		const after = Date.now();
		expect(result.error).toBeUndefined();
		expect(result.json('Udesk')).toEqual([]);
		const sentStart = Number(sent(vendor.received[0]).StartTime);
		const sentEnd = Number(sent(vendor.received[0]).EndTime);
		expect(sentStart).toBeGreaterThanOrEqual(before - WEEK);
		expect(sentStart).toBeLessThanOrEqual(after - WEEK);
		expect(sentEnd - sentStart).toBe(WEEK);
	});

	test('a vendor error on page 2 fails the item with the vendor text (no partial success)', async () => {
		fakeVendor(HOST, (request) =>
			sent(request).PageNum === 1
				? ok({ CallLogs: rows.slice(0, 100), TotalPage: 3 })
				: { body: { ErrCode: '100004', ErrDesc: 'Unexpected end of JSON input', Result: null } },
		);
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'callLogs', startTime: iso(start), endTime: iso(end), returnAll: true })],
			credentials: credentials(),
		});
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('udesk error 100004: Unexpected end of JSON input');
	});
});

describe('udesk → Report → Get Recordings', () => {
	test('GET calls/recfiles with the range in the JSON body; rows with ISO times', async () => {
		const start = Date.now() - 3 * DAY;
		const end = Date.now() - 2 * DAY;
		const recordings = [
			{ CallId: 'c1', StartTime: start + 1000, EndTime: start + 61_000, Duration: 60, RecFileUrl: 'https://rec.example/c1.wav' },
			{ CallId: 'c2', StartTime: start + 2000, EndTime: start + 32_000, Duration: 30, RecFileUrl: 'https://rec.example/c2.wav' },
		];
		const vendor = fakeVendor(HOST, () => ok({ RecFiles: recordings }));
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'recordings', startTime: iso(start), endTime: iso(end), returnAll: false, limit: 50 })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received).toHaveLength(1);
		expect([vendor.received[0].method, vendor.received[0].path]).toEqual(['GET', '/ccapi/v2/calls/recfiles']);
		expect(signedQuery(vendor.received[0])).toEqual({});
		expect(vendor.received[0].body).toEqual({ StartTime: start, EndTime: end, PageNum: 1, PageSize: 50 });
		expect(result.json('Udesk')).toEqual(
			recordings.map((row) => ({ ...row, StartTimeIso: iso(row.StartTime), EndTimeIso: iso(row.EndTime) })),
		);
	});

	test('an End Time alone older than one week is refused as well', async () => {
		const vendor = fakeVendor(HOST, () => ok({ RecFiles: [] }));
		const old = Date.now() - 10 * DAY;
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'recordings', endTime: iso(old), returnAll: true })],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.message).toBe(
			`End Time (${iso(old)}) is older than udesk keeps recordings: data older than one week cannot be retrieved`,
		);
	});
});

describe('udesk → Report → Get Agent State Logs', () => {
	// 2026-01-01 00:00 to 2026-01-10 00:00 in Asia/Shanghai (UTC+8): the picker value carries no zone.
	const start = Date.UTC(2025, 11, 31, 16);
	const end = Date.UTC(2026, 0, 9, 16);
	const logsIn = (from: number, to: number, count: number) =>
		Array.from({ length: count }, (_, i) => ({
			AgentId: '10031',
			AgentName: 'Li',
			WorkId: '8001',
			CurState: String(i % 5),
			CurStateSubId: 0,
			StartTime: from + Math.floor(((to - from) * i) / count),
			EndTime: from + Math.floor(((to - from) * i) / count) + 1000,
			Duration: 1,
			OldState: 'idle',
			OldStateSubId: 0,
		}));

	test('9 days become 2 windows (7 days, then 2), each paged, merged in order; states also by name', async () => {
		const week1 = logsIn(start, start + WEEK - 1, 130);
		const week2 = logsIn(start + WEEK, end, 20);
		const vendor = fakeVendor(HOST, (request) => {
			const rows = sent(request).StartTime === start ? week1 : week2;
			const pageNum = Number(sent(request).PageNum);
			const pageSize = Number(sent(request).PageSize);
			return ok({
				AgentStateLogs: rows.slice((pageNum - 1) * pageSize, pageNum * pageSize),
				TotalPage: Math.ceil(rows.length / pageSize),
			});
		});
		const result = await runWorkflow({
			nodes: [
				udesk({
					...base,
					operation: 'agentStateLogs',
					startTime: '2026-01-01T00:00:00',
					endTime: '2026-01-10T00:00:00',
					returnAll: true,
					filters: { agentId: '10031' },
				}),
			],
			credentials: credentials(),
			timezone: 'Asia/Shanghai',
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((r) => [r.method, r.path])).toEqual(Array(3).fill(['GET', '/ccapi/v2/agents/statelogs']));
		expect(vendor.received.map(signedQuery)).toEqual([{}, {}, {}]);
		expect(vendor.received.map((r) => r.body)).toEqual([
			{ AgentId: '10031', StartTime: start, EndTime: start + WEEK - 1, PageNum: 1, PageSize: 100 },
			{ AgentId: '10031', StartTime: start, EndTime: start + WEEK - 1, PageNum: 2, PageSize: 100 },
			{ AgentId: '10031', StartTime: start + WEEK, EndTime: end, PageNum: 1, PageSize: 100 },
		]);
		const output = result.json('Udesk');
		expect(output).toHaveLength(150);
		expect(output.map((row) => row.StartTime)).toEqual([...week1, ...week2].map((row) => row.StartTime));
		expect(output[3]).toEqual({
			...week1[3],
			StartTimeIso: iso(week1[3].StartTime),
			EndTimeIso: iso(week1[3].EndTime),
			CurStateName: 'In call',
			OldStateName: 'Idle',
		});
	});

	test('exactly 7 days is one window', async () => {
		const vendor = fakeVendor(HOST, () => ok({ AgentStateLogs: [] }));
		const result = await runWorkflow({
			nodes: [
				udesk({
					...base,
					operation: 'agentStateLogs',
					startTime: '2026-01-01T00:00:00Z',
					endTime: '2026-01-08T00:00:00Z',
					returnAll: true,
				}),
			],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received.map((r) => r.body)).toEqual([
			{ StartTime: Date.UTC(2026, 0, 1), EndTime: Date.UTC(2026, 0, 8), PageNum: 1, PageSize: 100 },
		]);
	});

	test('with a Limit the second window is not asked once the first one filled it', async () => {
		const vendor = fakeVendor(HOST, () => ok({ AgentStateLogs: logsIn(start, start + WEEK - 1, 40), TotalPage: 1 }));
		const result = await runWorkflow({
			nodes: [
				udesk({
					...base,
					operation: 'agentStateLogs',
					startTime: '2026-01-01T00:00:00',
					endTime: '2026-01-10T00:00:00',
					returnAll: false,
					limit: 40,
				}),
			],
			credentials: credentials(),
			timezone: 'Asia/Shanghai',
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received).toHaveLength(1);
		expect(sent(vendor.received[0]).PageSize).toBe(40);
		expect(result.json('Udesk')).toHaveLength(40);
	});

	test('old periods are allowed (the doc states no retention for state logs)', async () => {
		const vendor = fakeVendor(HOST, () => ok({ AgentStateLogs: [] }));
		const result = await runWorkflow({
			nodes: [
				udesk({ ...base, operation: 'agentStateLogs', startTime: '2020-01-01T00:00:00Z', endTime: '2020-01-02T00:00:00Z', returnAll: true }),
			],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received).toHaveLength(1);
		expect(result.json('Udesk')).toEqual([]);
	});

	test('a Start Time that is not a date is refused naming the field', async () => {
		const vendor = fakeVendor(HOST, () => ok({ AgentStateLogs: [] }));
		const result = await runWorkflow({
			nodes: [udesk({ ...base, operation: 'agentStateLogs', startTime: '={{ "last tuesday" }}', returnAll: true })],
			credentials: credentials(),
		});
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.message).toMatch(/^Start Time: "last tuesday" is not a date-time/);
	});
});
