import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { DateTime } from 'luxon';

import type { OperationItems } from './router';

/**
 * Report-ready output shared by every vendor of this package: ONE formatter, fed by one mapping table per vendor
 * (`nodes/<Vendor>/helpers/simplify.ts`). Action nodes use it for their Simplify toggle (and the AI-tool Output
 * option); triggers import the same mappings so that their items have the same shape.
 *
 * The shape (README, "Simplified output"): the keys below, in this order, each present when the vendor's mapping
 * defines it (a value the record lacks is null, so a column never disappears between rows of one operation):
 *
 * | key | meaning |
 * | --- | --- |
 * | agentId, agentName | the agent the record is about (IDs always as text) |
 * | status | the agent's (or the call's) status, as the vendor names it (udesk codes by name) |
 * | startedAt, endedAt | ISO 8601 in the workflow's time zone (`this.getTimezone()`), seconds precision unless the vendor gives ms |
 * | durationSeconds, duration | the record's duration in seconds, and the same as HH:mm:ss (hours may exceed 24) |
 * | callId | the vendor's call identifier |
 * | direction | `inbound` or `outbound` (the vendor's word when it is neither) |
 * | from, to | the calling and the called number |
 *
 * Summary records (one row per agent and period) add `date`, `availableSeconds`, `onCallSeconds`, `busySeconds`,
 * `breakSeconds`, `wrapUpSeconds`, `loggedInSeconds`; a vendor mapping may add a few fields of its own after these
 * (listed per vendor in the README).
 */
export const SIMPLIFIED_KEYS = [
	'agentId',
	'agentName',
	'status',
	'startedAt',
	'endedAt',
	'durationSeconds',
	'duration',
	'callId',
	'direction',
	'from',
	'to',
	'date',
	'availableSeconds',
	'onCallSeconds',
	'busySeconds',
	'breakSeconds',
	'wrapUpSeconds',
	'loggedInSeconds',
] as const;

export interface SimplifyOptions {
	/** IANA zone the ISO date-times are given in: the workflow's time zone (`this.getTimezone()`). */
	timeZone: string;
}

/** One output field: computed from the vendor record (raw, or as this package's Raw output returns it). */
export type FieldRule = (record: IDataObject, options: SimplifyOptions) => unknown;

/** A rule's answer that leaves its key out of the item (see `rule.ifKey`). */
export const OMIT = Symbol('omit');

/** A vendor mapping: output key → rule. Keys outside SIMPLIFIED_KEYS are the vendor's own extras (kept last). */
export type SimplifyMapping = Record<string, FieldRule>;

// ---- values ------------------------------------------------------------------------------------------------------

function present(value: unknown): boolean {
	return value !== undefined && value !== null && value !== '';
}

/** Text (numbers turned into text, so IDs keep a single type); empty → null. */
export function asText(value: unknown): string | null {
	if (!present(value)) return null;
	if (typeof value === 'string') return value.trim() === '' ? null : value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return null;
}

/** A finite number (numeric text too); anything else → null. */
export function asNumber(value: unknown): number | null {
	if (!present(value)) return null;
	const number = typeof value === 'number' ? value : Number(value);
	return Number.isFinite(number) ? number : null;
}

function toIso(date: DateTime, timeZone: string): string | null {
	if (!date.isValid) return null;
	return date.setZone(timeZone).toISO({ suppressMilliseconds: true });
}

/**
 * Epoch milliseconds (number or digits) → ISO in the time zone. 0 and negatives mean "never" for these vendors
 * (udesk's UserAnswerTime 0) → null. Values below 10^11 are seconds (10^11 ms is 1973, 10^11 s is the year 5138).
 */
export function epochToIso(value: unknown, timeZone: string): string | null {
	const number = asNumber(value);
	if (number === null || number <= 0) return null;
	return toIso(DateTime.fromMillis(number < 1e11 ? number * 1000 : number, { zone: 'UTC' }), timeZone);
}

/**
 * An ISO 8601 text, or a `yyyy-MM-dd HH:mm:ss` local time read in `sourceZone` (the zone the vendor reported in),
 * → ISO in the time zone. A value with its own offset keeps its instant.
 */
export function textToIso(value: unknown, timeZone: string, sourceZone = timeZone): string | null {
	if (typeof value !== 'string' || value.trim() === '') return null;
	const text = value.trim();
	let date = DateTime.fromISO(text, { zone: sourceZone, setZone: false });
	if (!date.isValid) date = DateTime.fromFormat(text, 'yyyy-MM-dd HH:mm:ss', { zone: sourceZone });
	return toIso(date, timeZone);
}

/** `HH:mm:ss` (hours may exceed 24) → seconds; anything else → null. */
export function hmsToSeconds(value: unknown): number | null {
	if (typeof value !== 'string') return null;
	const match = /^(\d+):([0-5]\d):([0-5]\d)$/.exec(value.trim());
	if (!match) return null;
	return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

/** Seconds → `HH:mm:ss`, rounded to the second; hours are not wrapped at 24 (a 25-hour total is 25:00:00). */
export function formatDuration(seconds: unknown): string | null {
	const number = asNumber(seconds);
	if (number === null || number < 0) return null;
	const total = Math.round(number);
	const pad = (part: number) => String(part).padStart(2, '0');
	return `${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}

/**
 * `inbound` / `outbound` from a vendor's call type: udesk's "Incoming", "incoming (transfer)", "Outgoing", Zoho's
 * "incoming", Ozonetel's mode "Inbound"/"Manual"… Words that name neither direction are given back as they are.
 */
export function normalizeDirection(value: unknown): string | null {
	const text = asText(value);
	if (text === null) return null;
	const lower = text.toLowerCase();
	if (/^(in|incoming|inbound)\b/.test(lower)) return 'inbound';
	if (/^(out|outgoing|outbound|dialout|manual|progressive|predictive|preview)\b/.test(lower)) return 'outbound';
	return text;
}

// ---- rules for mapping tables --------------------------------------------------------------------------------------

/** The first of `fields` that the record has (vendors spell some keys two ways). */
function pick(record: IDataObject, fields: string[]): unknown {
	for (const field of fields) if (present(record[field])) return record[field];
	return undefined;
}

export const rule = {
	text: (...fields: string[]): FieldRule => (record) => asText(pick(record, fields)),
	number: (...fields: string[]): FieldRule => (record) => asNumber(pick(record, fields)),
	/** Epoch milliseconds (or seconds) → ISO in the workflow's time zone. */
	epoch: (...fields: string[]): FieldRule => (record, { timeZone }) => epochToIso(pick(record, fields), timeZone),
	/** ISO text (or local `yyyy-MM-dd HH:mm:ss`) → ISO in the workflow's time zone. */
	isoText: (...fields: string[]): FieldRule => (record, { timeZone }) => textToIso(pick(record, fields), timeZone),
	/** `HH:mm:ss` → seconds. */
	hms: (...fields: string[]): FieldRule => (record) => hmsToSeconds(pick(record, fields)),
	/** Sum of `HH:mm:ss` fields → seconds (null when none of them is present). */
	hmsSum: (...fields: string[]): FieldRule => (record) => {
		const parts = fields.map((field) => hmsToSeconds(record[field])).filter((part): part is number => part !== null);
		return parts.length === 0 ? null : parts.reduce((sum, part) => sum + part, 0);
	},
	direction: (...fields: string[]): FieldRule => (record) => normalizeDirection(pick(record, fields)),
	/**
	 * Text of a field that only some runs add (e.g. udesk's RecFileUrl on call logs, added by Download Recording):
	 * the key is left out when the record has no such field at all, null when the field is there but empty.
	 */
	ifKey: (field: string): FieldRule => (record) => (field in record ? asText(record[field]) : OMIT),
	/** A fixed value (e.g. every Zoho queue call is inbound). */
	constant: (value: unknown): FieldRule => () => value,
	/** Seconds between two epoch fields (ms), when both are set. */
	epochSpan: (startField: string, endField: string): FieldRule => (record) => {
		const start = asNumber(record[startField]);
		const end = asNumber(record[endField]);
		if (start === null || end === null || start <= 0 || end < start) return null;
		return Math.round(end - start) / 1000;
	},
};

// ---- the formatter -----------------------------------------------------------------------------------------------

function put(out: IDataObject, key: string, value: unknown): void {
	if (value !== OMIT) out[key] = (value ?? null) as IDataObject[string];
}

/**
 * A vendor record in the shared simplified shape. `duration` (HH:mm:ss) is always derived from `durationSeconds`
 * here, so no vendor mapping formats durations itself.
 */
export function simplifyRecord(record: IDataObject, mapping: SimplifyMapping, options: SimplifyOptions): IDataObject {
	const out: IDataObject = {};
	const known = SIMPLIFIED_KEYS as readonly string[];
	for (const key of SIMPLIFIED_KEYS) {
		if (key === 'duration') {
			if (mapping.durationSeconds !== undefined || mapping.duration !== undefined) {
				out.duration = formatDuration(mapping.duration ? mapping.duration(record, options) : out.durationSeconds);
			}
			continue;
		}
		const fieldRule = mapping[key];
		if (fieldRule !== undefined) put(out, key, fieldRule(record, options));
	}
	for (const [key, fieldRule] of Object.entries(mapping)) {
		if (!known.includes(key)) put(out, key, fieldRule(record, options));
	}
	return out;
}

// ---- the node parameters ------------------------------------------------------------------------------------------

/** Node versions from which Simplify is on by default (n8n's way: a new version, older workflows keep their output). */
const FROM_V11 = [{ _cnd: { gte: 1.1 } }];

/**
 * The parameters every read operation shows (add the operation's display options with updateDisplayOptions):
 * - `simplify` — version 1: off by default, so workflows built on version 1 keep their output; version 1.1: on;
 * - as an AI-agent tool (version 1.1), n8n's `output` option instead: Simplified / Raw / Selected Fields, with
 *   `outputFields` naming the raw fields to keep.
 */
export function simplifyProperties(description: string): INodeProperties[] {
	const simplifyDescription = `Whether to return a small report-ready item per record (${description}) instead of the vendor's full record`;
	return [
		{
			displayName: 'Simplify',
			name: 'simplify',
			type: 'boolean',
			default: false,
			description: simplifyDescription,
			displayOptions: { show: { '@version': [1] } },
		},
		{
			displayName: 'Simplify',
			name: 'simplify',
			type: 'boolean',
			default: true,
			description: simplifyDescription,
			displayOptions: { show: { '@version': FROM_V11, '@tool': [false] } },
		},
		{
			displayName: 'Output',
			name: 'output',
			type: 'options',
			default: 'simple',
			description: 'Which fields of each record to send to the agent',
			options: [
				{ name: 'Raw', value: 'raw', description: 'Send every field the vendor returns' },
				{ name: 'Selected Fields', value: 'fields', description: 'Send only the vendor fields you name' },
				{ name: 'Simplified', value: 'simple', description: `Send the report-ready fields: ${description}` },
			],
			displayOptions: { show: { '@version': FROM_V11, '@tool': [true] } },
		},
		{
			displayName: 'Fields',
			name: 'outputFields',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. CallId, AgentId',
			description: 'Comma-separated names of the vendor fields to send (as the Raw output names them)',
			displayOptions: { show: { '@version': FROM_V11, '@tool': [true], output: ['fields'] } },
		},
	];
}

export type OutputMode = 'simple' | 'raw' | 'fields';

/** What the node returns for this item: the tool's Output option when shown, else the Simplify toggle. */
export function readOutputMode(ctx: IExecuteFunctions, itemIndex: number): OutputMode {
	const output = ctx.getNodeParameter('output', itemIndex, '') as string;
	if (output === 'simple' || output === 'raw' || output === 'fields') return output;
	return ctx.getNodeParameter('simplify', itemIndex, false) === true ? 'simple' : 'raw';
}

function selectFields(ctx: IExecuteFunctions, itemIndex: number, rows: IDataObject[]): IDataObject[] {
	const names = String(ctx.getNodeParameter('outputFields', itemIndex, '') ?? '')
		.split(',')
		.map((name) => name.trim())
		.filter((name) => name !== '');
	if (names.length === 0) {
		throw new NodeOperationError(ctx.getNode(), 'Fields: name at least one field to send, e.g. CallId, AgentId', {
			itemIndex,
		});
	}
	return rows.map((row) => {
		const out: IDataObject = {};
		for (const name of names) if (name in row) out[name] = row[name];
		return out;
	});
}

/** Output items that carry files as well as JSON (e.g. a downloaded recording): the router's one type for them. */
export type ItemsWithFiles = OperationItems;

type Simplifier = (rows: IDataObject[], options: SimplifyOptions) => IDataObject[];

function shapeRows(ctx: IExecuteFunctions, itemIndex: number, mode: OutputMode, rows: IDataObject[], simplify: Simplifier): IDataObject[] {
	if (mode === 'raw') return rows;
	if (mode === 'fields') return selectFields(ctx, itemIndex, rows);
	return simplify(rows, { timeZone: ctx.getTimezone() });
}

/**
 * The single place read operations turn their rows into output: simplified (via the vendor mapping), raw (as they
 * are), or the selected fields. `simplify` may also regroup rows (one item per status period instead of per agent),
 * so it receives the whole list. Items with files keep their files: each item's JSON is shaped on its own.
 */
export function shapeOutput(ctx: IExecuteFunctions, itemIndex: number, rows: IDataObject[], simplify: Simplifier): IDataObject[];
export function shapeOutput(
	ctx: IExecuteFunctions,
	itemIndex: number,
	rows: IDataObject[] | ItemsWithFiles,
	simplify: Simplifier,
): IDataObject[] | ItemsWithFiles;
export function shapeOutput(
	ctx: IExecuteFunctions,
	itemIndex: number,
	rows: IDataObject[] | ItemsWithFiles,
	simplify: Simplifier,
): IDataObject[] | ItemsWithFiles {
	const mode = readOutputMode(ctx, itemIndex);
	if (Array.isArray(rows)) return shapeRows(ctx, itemIndex, mode, rows, simplify);
	if (mode === 'raw') return rows;
	return {
		items: rows.items.flatMap((item) =>
			shapeRows(ctx, itemIndex, mode, [item.json], simplify).map((json) => ({ ...item, json })),
		),
	};
}

/** The common case of `shapeOutput`'s `simplify`: one simplified item per row. */
export function byMapping(mapping: SimplifyMapping) {
	return (rows: IDataObject[], options: SimplifyOptions): IDataObject[] =>
		rows.map((row) => simplifyRecord(row, mapping, options));
}
