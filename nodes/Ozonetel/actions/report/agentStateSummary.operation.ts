import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeApiError, NodeOperationError, updateDisplayOptions } from 'n8n-workflow';
import { DateTime } from 'luxon';

import { epochTextToMs, epochToMs } from '../../../shared/epoch';
import { reportRow } from '../../transport/format';
import { ozonetelApiRequest } from '../../transport';

/** The API refuses ranges whose difference is over 30 days: longer ranges go out as consecutive windows. */
export const MAX_WINDOW_DAYS = 30;

const OZONETEL_FORMAT = 'yyyy-MM-dd HH:mm:ss';

const properties: INodeProperties[] = [
	{
		displayName: 'From',
		name: 'fromDate',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'Start of the period, read in the Timezone option (default: the workflow timezone)',
	},
	{
		displayName: 'To',
		name: 'toDate',
		type: 'dateTime',
		default: '',
		required: true,
		description:
			'End of the period. Periods longer than 30 days are fetched in 30-day windows (one request each, 5 requests per minute) and merged.',
	},
	{
		displayName: 'Agent IDs',
		name: 'agentIds',
		type: 'string',
		default: '',
		placeholder: 'agent1, agent2',
		description: 'Comma-separated CloudAgent agent IDs to report on. Leave empty for every agent.',
	},
	{
		displayName: 'Mode Types',
		name: 'modeTypes',
		type: 'multiOptions',
		// The seed names inbound, manual, progressive "etc."; Other Mode Types (below) passes any further one.
		options: [
			{ name: 'Inbound', value: 'inbound' },
			{ name: 'Manual', value: 'manual' },
			{ name: 'Predictive', value: 'predictive' },
			{ name: 'Preview', value: 'preview' },
			{ name: 'Progressive', value: 'progressive' },
		],
		default: [],
		description: 'Call modes to report on. Leave empty for every mode.',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Fail When No Data Found',
				name: 'failOnNoData',
				type: 'boolean',
				default: false,
				description: 'Whether "No Data Found" stops the workflow with an error instead of returning no items',
			},
			{
				displayName: 'Other Mode Types',
				name: 'otherModeTypes',
				type: 'string',
				default: '',
				placeholder: 'blended',
				description: 'Comma-separated mode types not in the list above, sent as they are',
			},
			{
				displayName: 'Request Method',
				name: 'method',
				type: 'options',
				options: [
					{ name: 'POST (JSON Body)', value: 'POST' },
					{ name: 'GET (Query Parameters)', value: 'GET' },
				],
				default: 'POST',
				description: 'The API accepts both; GET sends the filters as query parameters because n8n never sends a GET body',
			},
			{
				displayName: 'Timezone',
				name: 'timezone',
				type: 'string',
				default: '',
				placeholder: 'Asia/Kolkata',
				description:
					'IANA timezone From and To are sent in (as yyyy-MM-dd HH:mm:ss) and date-times are returned in. Empty: the workflow timezone.',
			},
		],
	},
];

const displayOptions = { show: { resource: ['report'], operation: ['agentStateSummary'] } };

export const description = updateDisplayOptions(displayOptions, properties);

function parseDate(ctx: IExecuteFunctions, value: unknown, label: string, zone: string, itemIndex: number): DateTime {
	let date: DateTime | undefined;
	// Epoch numbers (mapped from another node): 10 digits are seconds, 13 milliseconds (nodes/shared/epoch.ts).
	const epoch =
		typeof value === 'number' && Number.isFinite(value)
			? epochToMs(value)
			: typeof value === 'string' && /^\d{9,}$/.test(value.trim())
				? epochTextToMs(value)
				: undefined;
	if (epoch !== undefined) date = DateTime.fromMillis(epoch, { zone });
	else if (value instanceof Date) date = DateTime.fromJSDate(value, { zone });
	else if (DateTime.isDateTime(value)) date = (value as DateTime).setZone(zone);
	else if (typeof value === 'string' && value.trim() !== '') {
		const text = value.trim();
		date = DateTime.fromISO(text, { zone });
		if (!date.isValid) date = DateTime.fromFormat(text, OZONETEL_FORMAT, { zone });
	}
	if (date === undefined || !date.isValid) {
		throw new NodeOperationError(
			ctx.getNode(),
			`${label}: "${String(value ?? '')}" is not a date — pick one, or give ISO 8601 (2025-09-23T09:00:00) or yyyy-MM-dd HH:mm:ss`,
			{ itemIndex },
		);
	}
	return date.setZone(zone);
}

/**
 * Consecutive windows covering [from, to]: each ends at the end of a day (or at `to`), at most 30 days after its
 * start, and the next starts at the following midnight, so every day (the report's CallDate) is in exactly one window.
 */
export function splitWindows(from: DateTime, to: DateTime): Array<{ from: DateTime; to: DateTime }> {
	const windows: Array<{ from: DateTime; to: DateTime }> = [];
	let start = from;
	for (;;) {
		const limit = start.plus({ days: MAX_WINDOW_DAYS - 1 }).endOf('day').set({ millisecond: 0 });
		if (to <= limit) {
			windows.push({ from: start, to });
			return windows;
		}
		windows.push({ from: start, to: limit });
		start = limit.plus({ seconds: 1 });
	}
}

function list(value: unknown): string[] {
	const parts = Array.isArray(value) ? value : String(value ?? '').split(',');
	return parts.map((part) => String(part).trim()).filter((part) => part !== '');
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const options = this.getNodeParameter('options', itemIndex, {}) as {
		failOnNoData?: boolean;
		otherModeTypes?: string;
		method?: 'GET' | 'POST';
		timezone?: string;
	};
	const zone = (options.timezone ?? '').trim() || this.getTimezone();
	if (!DateTime.local().setZone(zone).isValid) {
		throw new NodeOperationError(this.getNode(), `Timezone: "${zone}" is not an IANA timezone such as Asia/Kolkata`, {
			itemIndex,
		});
	}
	const from = parseDate(this, this.getNodeParameter('fromDate', itemIndex), 'From', zone, itemIndex).startOf('second');
	const to = parseDate(this, this.getNodeParameter('toDate', itemIndex), 'To', zone, itemIndex).startOf('second');
	if (from > to) {
		throw new NodeOperationError(
			this.getNode(),
			`From (${from.toFormat(OZONETEL_FORMAT)}) must not be after To (${to.toFormat(OZONETEL_FORMAT)})`,
			{ itemIndex },
		);
	}
	const agentIds = list(this.getNodeParameter('agentIds', itemIndex, ''));
	const modeTypes = [...list(this.getNodeParameter('modeTypes', itemIndex, [])), ...list(options.otherModeTypes)];
	const method = options.method === 'GET' ? 'GET' : 'POST';

	const rows: IDataObject[] = [];
	let everyWindowEmpty = true;
	for (const window of splitWindows(from, to)) {
		const fields: IDataObject = {
			fromDate: window.from.toFormat(OZONETEL_FORMAT),
			toDate: window.to.toFormat(OZONETEL_FORMAT),
		};
		if (agentIds.length) fields.agentId = agentIds.join(',');
		if (modeTypes.length) fields.modeType = modeTypes.join(',');
		const result = await ozonetelApiRequest.call(this, itemIndex, {
			method,
			path: '/ca_reports/summaryReport',
			bucket: 'summary',
			fields,
			emptyMessages: ['No Data Found'],
		});
		if (!result.empty) everyWindowEmpty = false;
		rows.push(...result.rows.map((row) => reportRow(row, zone)));
	}
	if (everyWindowEmpty && options.failOnNoData) {
		throw new NodeApiError(this.getNode(), { message: 'No Data Found' }, {
			message: 'No Data Found',
			description: 'Ozonetel has no agent state rows for these filters (Fail When No Data Found is on)',
			itemIndex,
		});
	}
	return rows;
}
