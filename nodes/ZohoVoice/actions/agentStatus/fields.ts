import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { DateTime, IANAZone } from 'luxon';

import { epochTextToMs, epochToMs } from '../../../shared/epoch';

/** Statuses as Zoho Voice names them (sortField, excludeStatus, and the keys of every aggregation). */
export const STATUSES = ['Available', 'On Call', 'Busy', 'On Break', 'Offline'] as const;
export const SORT_FIELDS = [...STATUSES, 'Working Time'] as const;

export const startField: INodeProperties = {
	displayName: 'Start',
	name: 'start',
	type: 'dateTime',
	default: '',
	required: true,
	description: 'Start of the period. A date-time without an offset is read in the chosen time zone.',
};

export const endField: INodeProperties = {
	displayName: 'End',
	name: 'end',
	type: 'dateTime',
	default: '',
	required: true,
	description: 'End of the period. A date-time without an offset is read in the chosen time zone.',
};

export const agentIdsField: INodeProperties = {
	displayName: 'Agent IDs',
	name: 'agentIds',
	type: 'string',
	default: '',
	placeholder: '3029000000002015, 600000000039003',
};

export const queueIdsField: INodeProperties = {
	displayName: 'Queue IDs',
	name: 'queueIds',
	type: 'string',
	default: '',
	placeholder: '3029000004016033',
};

export const reportReadyField: INodeProperties = {
	displayName: 'Report-Ready Output',
	name: 'reportReady',
	type: 'boolean',
	default: true,
	description:
		'Whether to return one item per agent with durations in seconds, "--" as null and times also as ISO dates. Off: Zoho\'s raw response, one item per page.',
};

export const timeZoneOption: INodeProperties = {
	displayName: 'Time Zone',
	name: 'timeZone',
	type: 'string',
	default: '',
	placeholder: 'Asia/Kolkata',
	description:
		'IANA time zone Zoho reports in and in which date-times without an offset are read. Empty: the workflow\'s time zone.',
};

export const sortOptions: INodeProperties[] = [
	{
		displayName: 'Sort By Status',
		name: 'sortField',
		type: 'options',
		options: SORT_FIELDS.map((status) => ({ name: status, value: status })),
		default: 'Available',
		description: 'Status whose time the agents are sorted by',
	},
	{
		displayName: 'Sort By Metric',
		name: 'sortMetric',
		type: 'options',
		options: [
			{ name: 'Average', value: 'avg' },
			{ name: 'Maximum', value: 'max' },
			{ name: 'Minimum', value: 'min' },
			{ name: 'Total', value: 'sum' },
		],
		default: 'sum',
		description: 'Which figure of that status to sort by',
	},
	{
		displayName: 'Sort Order',
		name: 'sortOrder',
		type: 'options',
		options: [
			{ name: 'Ascending', value: 'asc' },
			{ name: 'Descending', value: 'desc' },
		],
		default: 'desc',
	},
];

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const excludeOptions: INodeProperties[] = [
	{
		displayName: 'Exclude Days',
		name: 'excludeDays',
		type: 'multiOptions',
		// Zoho's digits: 1 = Monday ... 7 = Sunday
		options: WEEKDAYS.map((day, index) => ({ name: day, value: String(index + 1) })),
		default: [],
		description: 'Weekdays left out of the figures, e.g. Saturday and Sunday',
	},
	{
		displayName: 'Exclude Statuses',
		name: 'excludeStatus',
		type: 'multiOptions',
		options: STATUSES.map((status) => ({ name: status, value: status })),
		default: [],
		description: 'Statuses left out of the figures',
	},
];

// ---- reading the parameters -------------------------------------------------------------------------------------

function fail(ctx: IExecuteFunctions, itemIndex: number, message: string): never {
	throw new NodeOperationError(ctx.getNode(), message, { itemIndex });
}

/** The time zone to send as `tz`: the option, else the workflow's. */
export function readTimeZone(ctx: IExecuteFunctions, itemIndex: number, options: IDataObject): string {
	const given = String(options.timeZone ?? '').trim();
	const zone = given === '' ? ctx.getTimezone() : given;
	if (!IANAZone.isValidZone(zone)) {
		fail(ctx, itemIndex, `Time Zone: "${zone}" is not a time zone — use an IANA name such as Europe/Berlin or Asia/Kolkata`);
	}
	return zone;
}

/** A date-time parameter as epoch milliseconds; values without an offset are read in `zone`. */
export function readEpoch(ctx: IExecuteFunctions, itemIndex: number, name: string, label: string, zone: string): number {
	const value = ctx.getNodeParameter(name, itemIndex, '') as unknown;
	if (value === '' || value === null || value === undefined) {
		fail(ctx, itemIndex, `${label} is required: pick a date and time`);
	}
	let parsed: DateTime | undefined;
	// Epoch numbers: 10 digits are seconds, 13 milliseconds (nodes/shared/epoch.ts), not 1970.
	if (typeof value === 'number') parsed = DateTime.fromMillis(epochToMs(value), { zone });
	else if (value instanceof Date) parsed = DateTime.fromJSDate(value, { zone });
	else if (DateTime.isDateTime(value)) parsed = value;
	else if (typeof value === 'string') {
		const textValue = value.trim();
		const epoch = /^\d{9,}$/.test(textValue) ? epochTextToMs(textValue) : undefined;
		parsed = epoch !== undefined ? DateTime.fromMillis(epoch, { zone }) : DateTime.fromISO(textValue, { zone, setZone: false });
		if (!parsed.isValid) parsed = DateTime.fromSQL(textValue, { zone });
	}
	if (parsed === undefined || !parsed.isValid) {
		fail(ctx, itemIndex, `${label}: "${String(value)}" is not a date-time — use the picker or an ISO date such as 2024-10-16T09:00:00`);
	}
	return parsed.toMillis();
}

/** A comma-separated list of Zoho IDs (long digits, kept as text so no precision is lost). */
export function readIds(ctx: IExecuteFunctions, itemIndex: number, name: string, label: string): string[] {
	const value = ctx.getNodeParameter(name, itemIndex, '') as unknown;
	if (value === '' || value === null || value === undefined) return [];
	const parts = (Array.isArray(value) ? value : String(value).split(','))
		.map((part) => String(part).trim())
		.filter((part) => part !== '');
	for (const part of parts) {
		if (!/^\d+$/.test(part)) {
			fail(ctx, itemIndex, `${label}: "${part}" is not a Zoho ID — use the numeric IDs separated by commas, e.g. 3029000000002015, 600000000039003`);
		}
	}
	return parts;
}

/**
 * The agentIds / queueIds query of the metric endpoints that take both (comma-separated, only those given). Zoho
 * uses only the queues when both are given; that is left to Zoho.
 */
export function readAgentsAndQueues(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const agentIds = readIds(ctx, itemIndex, 'agentIds', 'Agent IDs');
	const queueIds = readIds(ctx, itemIndex, 'queueIds', 'Queue IDs');
	const qs: IDataObject = {};
	if (agentIds.length) qs.agentIds = agentIds.join(',');
	if (queueIds.length) qs.queueIds = queueIds.join(',');
	return qs;
}

/** The "Options" collection every agent-status operation ends with; only the options in it differ. */
export function optionsField(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options,
	};
}

/** The shared query of the metric endpoints: period, zone, sorting and exclusions. */
export function readPeriod(ctx: IExecuteFunctions, itemIndex: number, options: IDataObject): IDataObject {
	const tz = readTimeZone(ctx, itemIndex, options);
	const fromEpoch = readEpoch(ctx, itemIndex, 'start', 'Start', tz);
	const toEpoch = readEpoch(ctx, itemIndex, 'end', 'End', tz);
	if (toEpoch <= fromEpoch) fail(ctx, itemIndex, 'End must be after Start');
	return { fromEpoch, toEpoch, tz };
}

export function readSortAndExclusions(options: IDataObject): IDataObject {
	const qs: IDataObject = {};
	for (const key of ['sortField', 'sortMetric', 'sortOrder']) {
		if (options[key] !== undefined && options[key] !== '') qs[key] = options[key];
	}
	const days = (options.excludeDays as string[] | undefined) ?? [];
	if (days.length) qs.excludeDays = [...new Set(days.map(String))].sort().join('');
	const statuses = (options.excludeStatus as string[] | undefined) ?? [];
	if (statuses.length) qs.excludeStatus = statuses.join(',');
	return qs;
}
