import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * The doc's "Data Format Conventions" and the rules the queue, extension, IVR and call operations check before any
 * request is sent. Each check fails with a NodeOperationError that names the field and the rule.
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

function text(value: unknown): string {
	return value === undefined || value === null ? '' : String(value).trim();
}

/** A required text value (expressions may hand over numbers): trimmed, non-empty, or an error naming the field. */
export function requireValue(ctx: IExecuteFunctions, value: unknown, label: string, itemIndex: number): string {
	const result = text(value);
	if (result === '') {
		throw new NodeOperationError(ctx.getNode(), `${label} is required`, { itemIndex });
	}
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
	const result = requireValue(ctx, value, label, itemIndex);
	const { pattern, rule } = FORMATS[format];
	if (!pattern.test(result)) {
		throw new NodeOperationError(ctx.getNode(), `${label}: "${result}" is not valid — use ${rule}`, { itemIndex });
	}
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
		.filter((part) => part !== '');
	if (parts.length === 0) {
		throw new NodeOperationError(ctx.getNode(), `${label}: give at least one`, { itemIndex });
	}
	const { pattern, rule } = FORMATS[format];
	for (const part of parts) {
		if (!pattern.test(part)) {
			throw new NodeOperationError(ctx.getNode(), `${label}: "${part}" is not valid — use ${rule}`, { itemIndex });
		}
	}
	return [...new Set(parts)];
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
		throw new NodeOperationError(
			ctx.getNode(),
			`${label} must be a whole number from ${min} to ${max} (got ${JSON.stringify(value)})`,
			{ itemIndex },
		);
	}
	return result;
}

/** Queue picker filled from the account (loadOptions `getQueues`), with an ID by expression as the fallback. */
export function queueSelectField(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Queue Name or ID',
		name: 'queueId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getQueues' },
		required: true,
		default: '',
		description:
			'Queue ID: four digits starting with 9. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		...overrides,
	} as INodeProperties;
}

/** Agent picker filled from the account (loadOptions `getAgents`), with an ID by expression as the fallback. */
export function agentSelectField(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Agent Name or ID',
		name: 'agentId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getAgents' },
		required: true,
		default: '',
		description:
			'The agent (seat) ID, digits. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		...overrides,
	} as INodeProperties;
}

/** Client-side "Return All" / "Limit" for endpoints the doc gives no paging for. */
export function applyLimit<T>(ctx: IExecuteFunctions, rows: T[], itemIndex: number): T[] {
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
	if (returnAll) return rows;
	const limit = ctx.getNodeParameter('limit', itemIndex, 50) as number;
	return rows.slice(0, limit);
}

/** The Return All / Limit pair n8n's own nodes use; add display options with updateDisplayOptions. */
export const returnAllAndLimit: INodeProperties[] = [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];
