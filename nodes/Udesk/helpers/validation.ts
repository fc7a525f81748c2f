import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Input checks for the udesk node: the doc's "Data Format Conventions" and the rules every operation checks before
 * any request is sent. Each check fails with a NodeOperationError that names the field and the rule.
 *
 * Two styles grew up side by side and stay, because their error texts are what users (and tests) see:
 *  - by format name (`requireFormat`, `requireFormatList`, used by queue, extension, IVR and call operations):
 *    "Queue ID is required" / "Queue ID: "12" is not valid — use four digits starting with 9, e.g. 9001";
 *  - by pattern + rule sentence (`requirePattern`, `parseCodeList`, used by agent and relay-number operations):
 *    "Agent is required (an agent ID is …)" / "Agent: "x" is not valid — an agent ID is …".
 * The patterns themselves live once, in FORMATS.
 */
export const FORMATS = {
	/** Extension numbers: four digits, not starting with 0. */
	extension: { pattern: /^[1-9]\d{3}$/, rule: 'four digits not starting with 0, e.g. 8001' },
	/** Queue IDs: four digits starting with 9. */
	queueId: { pattern: /^9\d{3}$/, rule: 'four digits starting with 9, e.g. 9001' },
	/** Agent IDs: digits, at most 32. */
	agentId: { pattern: /^\d{1,32}$/, rule: 'digits only, at most 32, e.g. 10031' },
	/** Fast-router keys: one digit. */
	dtmf: { pattern: /^[0-9]$/, rule: 'one key from 0 to 9' },
	/** PSTN numbers (landline 0…, mobile, international 00…, agent SIP numbers) are all digits. */
	phone: { pattern: /^\d{3,32}$/, rule: 'digits only, e.g. 01067654637, 13676546374 or 0044…' },
} as const;

export type FormatName = keyof typeof FORMATS;

export const EXTENSION_PATTERN = FORMATS.extension.pattern;
export const QUEUE_ID_PATTERN = FORMATS.queueId.pattern;
export const AGENT_ID_PATTERN = FORMATS.agentId.pattern;
export const WORK_ID_PATTERN = /^\w{1,32}$/;
/** A seat can be bound to at most two extensions (doc: Seat Extension Binding). */
export const MAX_EXTENSIONS_PER_AGENT = 2;

export const EXTENSION_RULE = 'an extension is four digits not starting with 0, e.g. 8001';
export const QUEUE_RULE = 'a queue ID is four digits starting with 9, e.g. 9001';
export const AGENT_ID_RULE = 'an agent ID is digits only, at most 32, e.g. 10031';
export const WORK_ID_RULE = 'a work ID is letters, digits or _ only, at most 32';

/**
 * Get Agent answers `AgentId` as "<digits>@<AppId>" (the doc's own example: "7765@a54a8b77-…"), every other
 * endpoint takes the digits. Wherever an agent ID is read, that form is accepted and the `@<AppId>` dropped, so the
 * output of Get Agent chains into any other operation. Only digits followed by @ and an ID-like suffix are changed.
 */
export function agentIdFromOutput(value: string): string {
	const match = /^(\d{1,32})@[0-9A-Za-z][0-9A-Za-z-]{0,63}$/.exec(value);
	return match ? match[1] : value;
}

export function invalid(ctx: IExecuteFunctions, message: string, itemIndex: number): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), message, { itemIndex });
}

/** Text as typed or mapped (expressions may hand over numbers), trimmed; '' for missing values. */
function text(value: unknown): string {
	return value === undefined || value === null ? '' : String(value).trim();
}

/** A required text value: trimmed, non-empty, or an error naming the field. */
export function requireValue(ctx: IExecuteFunctions, value: unknown, label: string, itemIndex: number): string {
	const result = text(value);
	if (result === '') throw invalid(ctx, `${label} is required`, itemIndex);
	return result;
}

/** A required value that must match one of the doc's formats. */
export function requireFormat(
	ctx: IExecuteFunctions,
	value: unknown,
	label: string,
	format: FormatName,
	itemIndex: number,
): string {
	const given = requireValue(ctx, value, label, itemIndex);
	const result = format === 'agentId' ? agentIdFromOutput(given) : given;
	const { pattern, rule } = FORMATS[format];
	if (!pattern.test(result)) throw invalid(ctx, `${label}: "${result}" is not valid — use ${rule}`, itemIndex);
	return result;
}

/**
 * A list of IDs given as an array (multi-select, expression) or as text "10031, 10032". Every entry must match the
 * format; duplicates are dropped; at least one entry is required.
 */
export function requireFormatList(
	ctx: IExecuteFunctions,
	value: unknown,
	label: string,
	format: FormatName,
	itemIndex: number,
): string[] {
	const parts = (Array.isArray(value) ? value : text(value).split(','))
		.map((part: unknown) => text(part))
		.filter((part) => part !== '')
		.map((part) => (format === 'agentId' ? agentIdFromOutput(part) : part));
	if (parts.length === 0) throw invalid(ctx, `${label}: give at least one`, itemIndex);
	const { pattern, rule } = FORMATS[format];
	for (const part of parts) {
		if (!pattern.test(part)) throw invalid(ctx, `${label}: "${part}" is not valid — use ${rule}`, itemIndex);
	}
	return [...new Set(parts)];
}

/** Trims a required text parameter and checks it against `pattern`, naming the field and the rule when it fails. */
export function requirePattern(
	ctx: IExecuteFunctions,
	value: unknown,
	fieldLabel: string,
	pattern: RegExp,
	rule: string,
	itemIndex: number,
): string {
	const given = text(value);
	const result = pattern === AGENT_ID_PATTERN ? agentIdFromOutput(given) : given;
	if (result === '') throw invalid(ctx, `${fieldLabel} is required (${rule})`, itemIndex);
	if (!pattern.test(result)) throw invalid(ctx, `${fieldLabel}: "${result}" is not valid — ${rule}`, itemIndex);
	return result;
}

/** "8001, 8002", ['8001'] or 8001 → ['8001', '8002'], each checked against `pattern`; duplicates removed; may be empty. */
export function parseCodeList(
	ctx: IExecuteFunctions,
	value: unknown,
	fieldLabel: string,
	pattern: RegExp,
	rule: string,
	itemIndex: number,
): string[] {
	if (value === undefined || value === null || value === '') return [];
	const parts: unknown[] = Array.isArray(value) ? value : String(value).split(',');
	const codes = parts
		.map((part) => String(part).trim())
		.filter((part) => part !== '')
		.map((part) => (pattern === AGENT_ID_PATTERN ? agentIdFromOutput(part) : part));
	for (const code of codes) {
		if (!pattern.test(code)) throw invalid(ctx, `${fieldLabel}: "${code}" is not valid — ${rule}`, itemIndex);
	}
	return [...new Set(codes)];
}

/** An optional whole number in [min, max]; undefined when left empty. */
export function optionalInteger(
	ctx: IExecuteFunctions,
	value: unknown,
	label: string,
	itemIndex: number,
	{ min, max }: { min: number; max: number },
): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const result = typeof value === 'number' ? value : Number(text(value));
	if (!Number.isInteger(result) || result < min || result > max) {
		throw invalid(ctx, `${label} must be a whole number from ${min} to ${max} (got ${JSON.stringify(value)})`, itemIndex);
	}
	return result;
}
