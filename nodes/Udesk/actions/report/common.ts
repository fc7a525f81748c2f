import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { DateTime } from 'luxon';

import { epochTextToMs, epochToMs } from '../../../shared/epoch';
import { readLimit, returnAllOrLimit } from '../../../shared/fields';
import { EXTENSION_STATE_NAMES, agentStateName, withIsoTimes } from '../../helpers/format';
import { udeskRequestAllPages } from '../../transport';

const DAY = 24 * 60 * 60 * 1000;
const WEEK = 7 * DAY;

/**
 * Clock tolerance for the retention check: a Start Time of `{{ $now.minus({ days: 7 }) }}` is evaluated a moment
 * before the check runs. Within this tolerance the start is moved to the oldest retrievable moment instead of
 * failing; the same 10 minutes the doc gives a signature timestamp.
 */
export const RETENTION_TOLERANCE = 10 * 60 * 1000;

/**
 * The three data endpoints and the limits the doc states for them — the one place these limits live.
 *  - calls/logs, calls/recfiles: "up to 1 week ago. Data older than 1 week cannot be retrieved" → retention 7 days.
 *    The doc gives them no separate window limit; a week is used, which a valid request cannot exceed anyway
 *    (unless its End Time lies in the future).
 *  - agents/statelogs: "Time period limit: 1 week" → windows of at most 7 days; the doc states no retention.
 * Windows are inclusive of both ends (the doc's example asks 1566316800000 to 1566489599000, i.e. to …:59:59), so
 * consecutive windows meet at end + 1 ms: no row falls between two windows and none is asked for twice.
 */
export const REPORTS = {
	callLogs: { path: 'calls/logs', listKey: 'CallLogs', maxWindowMs: WEEK, retentionMs: WEEK, what: 'Call logs' },
	recordings: { path: 'calls/recfiles', listKey: 'RecFiles', maxWindowMs: WEEK, retentionMs: WEEK, what: 'Recordings' },
	agentStateLogs: {
		path: 'agents/statelogs',
		listKey: 'AgentStateLogs',
		maxWindowMs: WEEK,
		retentionMs: undefined,
		what: 'Agent state logs',
	},
} as const;

export type ReportName = keyof typeof REPORTS;

/** Epoch-millisecond fields of each report, echoed as `<field>Iso` (ISO 8601, UTC). 0 (e.g. never answered) stays without. */
export const TIME_FIELDS: Record<ReportName, string[]> = {
	callLogs: ['StartTime', 'EndTime', 'AgentAnswerTime', 'UserAnswerTime'],
	recordings: ['StartTime', 'EndTime'],
	agentStateLogs: ['StartTime', 'EndTime'],
};

/** Agent states by name (CurState/OldState/State): the doc's enum 0–4 and the client's words, one map (helpers/format.ts). */
function stateName(code: unknown): string | undefined {
	if (code === undefined || code === null || code === '') return undefined;
	return agentStateName(code) ?? String(code);
}

export function formatRow(report: ReportName, row: IDataObject): IDataObject {
	const out = withIsoTimes(row, TIME_FIELDS[report]);
	for (const key of ['CurState', 'OldState', 'State']) {
		const name = stateName(row[key]);
		if (name !== undefined) out[`${key}Name`] = name;
	}
	if (row.ExtState !== undefined && row.ExtState !== null && row.ExtState !== '') {
		out.ExtStateName = EXTENSION_STATE_NAMES[String(row.ExtState)] ?? String(row.ExtState);
	}
	return out;
}

export const timeFields = (what: string): INodeProperties[] => [
	{
		displayName: 'Start Time',
		name: 'startTime',
		type: 'dateTime',
		default: '',
		description: `Only ${what.toLowerCase()} from this moment on (in the workflow's time zone unless the value has one)`,
	},
	{
		displayName: 'End Time',
		name: 'endTime',
		type: 'dateTime',
		default: '',
		description: `Only ${what.toLowerCase()} up to this moment; empty means now when Start Time is set`,
	},
];

/** A report operation's properties: time range, Return All / Limit, and its one filter under "Filters". */
export function reportProperties(what: string, filter: INodeProperties): INodeProperties[] {
	return [
		...timeFields(what),
		...returnAllOrLimit,
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [filter],
		},
	];
}

/** A text filter from the Filters collection, trimmed; '' when not set. */
export function readFilter(ctx: IExecuteFunctions, itemIndex: number, name: string): string {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	return String(filters[name] ?? '').trim();
}

/** The Call ID filter of the two per-call reports (call logs, recordings). */
export function callIdFilter(description: string): INodeProperties {
	return {
		displayName: 'Call ID',
		name: 'callId',
		type: 'string',
		default: '',
		placeholder: 'bc1cc555-0b24-4e1c-9979-a514888ea495',
		description,
	};
}

/**
 * Runs a per-call report. udesk gives a Call ID priority over the time range, so with a Call ID the range is sent
 * as one window instead of being split week by week.
 */
export async function runCallReport(
	ctx: IExecuteFunctions,
	report: 'callLogs' | 'recordings',
	itemIndex: number,
): Promise<IDataObject[]> {
	const callId = readFilter(ctx, itemIndex, 'callId');
	return await runReport(ctx, report, itemIndex, callId ? { CallId: callId } : {}, {
		splitByWindow: callId === '',
	});
}

/**
 * A dateTime parameter as epoch milliseconds: n8n hands over "2026-11-14T08:00:00" (workflow time zone), ISO text
 * with an offset, a luxon DateTime or Date from an expression, or epoch numbers: 10 digits are seconds, 13 digits
 * milliseconds (nodes/shared/epoch.ts, the rule every vendor node uses).
 */
export function toEpochMs(ctx: IExecuteFunctions, value: unknown, label: string, itemIndex: number): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	let ms: number = NaN;
	if (typeof value === 'number') {
		ms = epochToMs(value);
	} else if (value instanceof Date) {
		ms = value.getTime();
	} else if (DateTime.isDateTime(value)) {
		ms = value.toMillis();
	} else if (typeof value === 'string') {
		const text = value.trim();
		const epoch = epochTextToMs(text);
		if (epoch !== undefined) {
			ms = epoch;
		} else {
			const parsed = DateTime.fromISO(text, { zone: ctx.getTimezone() });
			ms = parsed.isValid ? parsed.toMillis() : NaN;
		}
	}
	if (!Number.isFinite(ms)) {
		throw new NodeOperationError(
			ctx.getNode(),
			`${label}: ${JSON.stringify(value)} is not a date-time — use e.g. 2026-11-14T08:00:00 or an expression like {{ $now.minus({ days: 1 }) }}`,
			{ itemIndex },
		);
	}
	return Math.round(ms);
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Splits [start, end] (inclusive, ms) into consecutive windows no longer than maxWindowMs. */
export function splitWindows(start: number, end: number, maxWindowMs: number): Array<[number, number]> {
	const windows: Array<[number, number]> = [];
	for (let from = start; from <= end; ) {
		const to = end - from <= maxWindowMs ? end : from + maxWindowMs - 1;
		windows.push([from, to]);
		from = to + 1;
	}
	return windows;
}

/**
 * Reads Start/End Time, checks order and retention, pages through every window in order (PageSize ≤ 100 via the
 * transport's udeskRequestAllPages) and returns the rows, at most Limit of them, formatted for reporting.
 */
export async function runReport(
	ctx: IExecuteFunctions,
	report: ReportName,
	itemIndex: number,
	filters: IDataObject,
	{ splitByWindow = true }: { splitByWindow?: boolean } = {},
): Promise<IDataObject[]> {
	const config = REPORTS[report];
	const entered = readLimit(ctx, itemIndex);
	const returnAll = entered === undefined;
	const limit = entered ?? 0;
	if (!returnAll && (!Number.isInteger(limit) || limit < 1)) {
		throw new NodeOperationError(ctx.getNode(), `Limit must be a whole number of at least 1 (got ${JSON.stringify(limit)})`, {
			itemIndex,
		});
	}
	const now = Date.now();
	let start = toEpochMs(ctx, ctx.getNodeParameter('startTime', itemIndex, ''), 'Start Time', itemIndex);
	let end = toEpochMs(ctx, ctx.getNodeParameter('endTime', itemIndex, ''), 'End Time', itemIndex);
	if (start !== undefined && end === undefined) end = now;
	if (start !== undefined && end !== undefined && start > end) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Start Time (${iso(start)}) is after End Time (${iso(end)})`,
			{ itemIndex },
		);
	}
	if (config.retentionMs !== undefined) {
		const oldest = now - config.retentionMs;
		const earliest = start ?? end;
		if (earliest !== undefined && earliest < oldest - RETENTION_TOLERANCE) {
			const field = start !== undefined ? 'Start Time' : 'End Time';
			throw new NodeOperationError(
				ctx.getNode(),
				`${field} (${iso(earliest)}) is older than udesk keeps ${config.what.toLowerCase()}: data older than one week cannot be retrieved`,
				{
					itemIndex,
					description: `Choose a time after ${iso(oldest)}. udesk answers nothing for older periods, so this is refused rather than returned as an empty result.`,
				},
			);
		}
		if (start !== undefined && start < oldest) start = oldest;
	}

	const windows: Array<[number | undefined, number | undefined]> =
		start !== undefined && end !== undefined && splitByWindow
			? splitWindows(start, end, config.maxWindowMs)
			: [[start, end]];

	const rows: IDataObject[] = [];
	for (const [from, to] of windows) {
		const parameters: IDataObject = { ...filters };
		if (from !== undefined) parameters.StartTime = from;
		if (to !== undefined) parameters.EndTime = to;
		const page = await udeskRequestAllPages.call(ctx, 'GET', config.path, parameters, config.listKey, {
			returnAll,
			limit: returnAll ? 0 : limit - rows.length,
		});
		rows.push(...page);
		if (!returnAll && rows.length >= limit) break;
	}
	return (returnAll ? rows : rows.slice(0, limit)).map((row) => formatRow(report, row));
}
