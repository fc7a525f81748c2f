import type { IDataObject } from 'n8n-workflow';
import { DateTime } from 'luxon';

import { SORT_FIELDS } from './fields';

/**
 * Turns Zoho Voice's status-metrics answers into report rows: one per agent (per agent and day for the daily
 * summary), durations in seconds (Zoho sends milliseconds), "--" as null, epoch times also as ISO dates in the
 * report's time zone. Each function returns the rows grouped per agent, so paging can count and cut by agent.
 */

type Group = IDataObject[];

const STATUS_KEYS: Record<string, string> = {
	Available: 'available',
	'On Call': 'onCall',
	Busy: 'busy',
	'On Break': 'onBreak',
	Offline: 'offline',
	'Working Time': 'workingTime',
};

function camel(status: string): string {
	return (
		STATUS_KEYS[status] ??
		status
			.toLowerCase()
			.replace(/[^a-z0-9]+(.)/g, (_match, char: string) => char.toUpperCase())
			.replace(/[^a-zA-Z0-9]/g, '')
	);
}

/** Milliseconds (number or numeric text) → seconds with millisecond precision; "--", "" and junk → null. */
export function seconds(value: unknown): number | null {
	if (value === null || value === undefined || value === '' || value === '--') return null;
	const ms = typeof value === 'number' ? value : Number(value);
	if (!Number.isFinite(ms)) return null;
	return Math.round(ms) / 1000;
}

/** Epoch milliseconds → ISO date-time in `zone`; anything else → null. */
export function iso(value: unknown, zone: string): string | null {
	const ms = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
	if (!Number.isFinite(ms)) return null;
	return DateTime.fromMillis(ms, { zone }).toISO();
}

function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `<status>SumSeconds`, `<status>AvgSeconds`, `<status>MaxSeconds` for the six known statuses and any other one Zoho adds. */
export function statusColumns(source: IDataObject): IDataObject {
	const statuses: string[] = [...SORT_FIELDS];
	for (const [key, value] of Object.entries(source)) {
		if (!statuses.includes(key) && isObject(value) && (value.onlineStatus !== undefined || value.previous_status !== undefined)) {
			statuses.push(key);
		}
	}
	const columns: IDataObject = {};
	for (const status of statuses) {
		const figures = isObject(source[status]) ? (source[status] as IDataObject) : {};
		const key = camel(status);
		columns[`${key}SumSeconds`] = seconds(figures.sum);
		columns[`${key}AvgSeconds`] = seconds(figures.avg);
		columns[`${key}MaxSeconds`] = seconds(figures.max);
	}
	return columns;
}

function agentOf(source: IDataObject): IDataObject {
	return {
		agentId: source.agent_id ?? source.agentId ?? null,
		agentName: source.agentName ?? source.agent_name ?? null,
		agentEmail: source.agentEmail ?? null,
	};
}

function array(value: unknown): IDataObject[] {
	return Array.isArray(value) ? (value.filter(isObject) as IDataObject[]) : [];
}

// ---- statusaudit/overview ----------------------------------------------------------------------------------------

export function summaryAgents(body: IDataObject): IDataObject[] {
	const metrics = (body.overview as IDataObject | undefined)?.agentmetrics as IDataObject | undefined;
	return array(metrics?.individualAggregation);
}

export function summaryRows(body: IDataObject): Group[] {
	return summaryAgents(body).map((agent) => [{ ...agentOf(agent), ...statusColumns(agent) }]);
}

// ---- statusaudit/calendarSummary ---------------------------------------------------------------------------------

export function dailyAgents(body: IDataObject): IDataObject[] {
	return array((body.calendarSummary as IDataObject | undefined)?.histogramAggregation);
}

export function dailyRows(body: IDataObject): Group[] {
	return dailyAgents(body).map((entry) => {
		const agent = agentOf(isObject(entry.totalRow) ? entry.totalRow : {});
		const intervals = isObject(entry.intervalsData) ? entry.intervalsData : {};
		const listed = Array.isArray(entry.intervalsList) ? entry.intervalsList.map(String) : [];
		// days in intervalsList order, then any day only present in intervalsData, sorted
		const days = [...listed, ...Object.keys(intervals).filter((day) => !listed.includes(day)).sort()];
		return days
			.filter((day) => isObject(intervals[day]))
			.map((day) => {
				const interval = intervals[day] as IDataObject;
				const figures = isObject(interval.previous_status) ? interval.previous_status : {};
				return { ...agent, date: String(interval.interval ?? day), ...statusColumns(figures) };
			});
	});
}

// ---- status hits (statusaudit/list and statusaudit/list/log) -----------------------------------------------------

/** One status period: the agent was in `status` from `startedAt` until `endedAt`, when it changed to `nextStatus`. */
function logEntry(hit: IDataObject, zone: string): IDataObject {
	return {
		logId: hit.logid ?? null,
		status: hit.previous_status ?? null,
		nextStatus: hit.current_status ?? null,
		startedAt: iso(hit.previous_action_time, zone),
		endedAt: iso(hit.current_action_time, zone),
		startedAtEpoch: hit.previous_action_time ?? null,
		endedAtEpoch: hit.current_action_time ?? null,
		durationSeconds: seconds(hit.duration),
		triggeredBy: hit.triggered_by || null,
		triggeredByUser: hit.triggered_by_username || null,
		triggeredByMedium: hit.triggered_by_medium || null,
		reason: hit.triggered_reason || null,
		reasonDescription: hit.triggered_reason_desc || null,
	};
}

/**
 * Per-status totals computed from the hits: each hit's `duration` is the time spent in `previous_status`
 * (previous_action_time → current_action_time, as the doc's example shows). Same columns as the summaries, but
 * here avg is the average length of one period in that status (Zoho's summaries divide by the number of days).
 */
function hitColumns(hits: IDataObject[]): IDataObject {
	const byStatus: Record<string, number[]> = {};
	for (const hit of hits) {
		const status = String(hit.previous_status ?? '');
		const duration = Number(hit.duration);
		if (status === '' || !Number.isFinite(duration)) continue;
		(byStatus[status] ??= []).push(duration);
		// Working Time is every status but Offline (the doc's overview: Available + On Call = Working Time)
		if (status !== 'Offline') (byStatus['Working Time'] ??= []).push(duration);
	}
	const figures: IDataObject = {};
	for (const [status, durations] of Object.entries(byStatus)) {
		const sum = durations.reduce((total, duration) => total + duration, 0);
		figures[status] = { onlineStatus: status, sum, avg: sum / durations.length, max: Math.max(...durations) };
	}
	const columns = statusColumns(figures);
	for (const status of SORT_FIELDS) if (byStatus[status] === undefined) columns[`${camel(status)}SumSeconds`] = 0;
	return columns;
}

export function statusLogAgents(body: IDataObject): IDataObject[] {
	return array((body.list as IDataObject | undefined)?.agentStatus);
}

export function statusLogRows(body: IDataObject, zone: string): Group[] {
	return statusLogAgents(body).map((agent) => {
		const days = array(agent.dates).sort((a, b) => Number(a.index ?? 0) - Number(b.index ?? 0));
		const hits = days.flatMap((day) => array(day.hits));
		const before = isObject(agent.previousResult) ? agent.previousResult : undefined;
		return [
			{
				...agentOf(agent),
				statusBeforePeriod: before?.current_status ?? null,
				statusBeforePeriodSince: iso(before?.current_action_time, zone),
				statusChanges: hits.length,
				...hitColumns(hits),
				log: hits.map((hit) => logEntry(hit, zone)),
			},
		];
	});
}

// ---- statusaudit/list/log ----------------------------------------------------------------------------------------

export function callActivityRows(body: IDataObject, zone: string): Group[] {
	const responses = array((body.log as IDataObject | undefined)?.response);
	return responses.flatMap((response) => {
		const queue = isObject(response.queueDetails) ? response.queueDetails : {};
		const answered = isObject(response.answeredAgent) ? response.answeredAgent : {};
		const answeredId = String(answered.agentId ?? answered.agent_id ?? answered.agent_number ?? '');
		const rings = new Map<string, IDataObject[]>();
		for (const entry of array(response.ringingOrder)) rings.set(String(entry.agentId ?? ''), array(entry.rings));
		const call = {
			queueId: queue._queueId !== undefined ? String(queue._queueId) : null,
			queueName: queue.queueName ?? null,
			queueStrategy: queue.strategy ?? null,
			ringTimeInQueue: queue.ringtime_in_queue ?? null,
			customerEntryTime: iso(queue.customer_entry_time, zone),
			customerExitTime: iso(queue.customer_exit_time, zone),
		};
		return array(response.agentStatus).map((agent) => {
			const agentId = String(agent.agent_id ?? agent.agentId ?? '');
			const hits = array(agent.hits);
			return [
				{
					...agentOf(agent),
					...call,
					answeredCall: answeredId !== '' && answeredId === agentId,
					rings: (rings.get(agentId) ?? []).map((ring) => {
						const hangup = isObject(ring.hangup_cause) ? ring.hangup_cause : {};
						return {
							startedAt: iso(ring.start_time, zone),
							startedAtEpoch: ring.start_time ?? null,
							ringingTime: ring.ringing_time ?? null,
							answered: ring.is_answered === true,
							queueName: ring.queueName ?? null,
							strategy: ring.strategy ?? null,
							hangupCause: hangup.hangupcause ?? null,
							hangupCauseName: hangup.hangup_cause_displayname ?? null,
							hangupCauseDescription: hangup.hangup_cause_description ?? null,
						};
					}),
					statusChanges: hits.length,
					...hitColumns(hits),
					log: hits.map((hit) => logEntry(hit, zone)),
				},
			];
		});
	});
}
