import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** Formats from the doc's "Data Format Conventions". */
export const EXTENSION_PATTERN = /^[1-9]\d{3}$/;
export const QUEUE_ID_PATTERN = /^9\d{3}$/;
export const AGENT_ID_PATTERN = /^\d{1,32}$/;
export const WORK_ID_PATTERN = /^\w{1,32}$/;
/** A seat can be bound to at most two extensions (doc: Seat Extension Binding). */
export const MAX_EXTENSIONS_PER_AGENT = 2;

export function invalid(ctx: IExecuteFunctions, message: string, itemIndex: number): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), message, { itemIndex });
}

/** Trims a required text parameter and checks it against `pattern`, naming the field and the rule when it fails. */
export function requireFormat(
	ctx: IExecuteFunctions,
	value: unknown,
	fieldLabel: string,
	pattern: RegExp,
	rule: string,
	itemIndex: number,
): string {
	const text = value === undefined || value === null ? '' : String(value).trim();
	if (text === '') throw invalid(ctx, `${fieldLabel} is required (${rule})`, itemIndex);
	if (!pattern.test(text)) throw invalid(ctx, `${fieldLabel}: "${text}" is not valid — ${rule}`, itemIndex);
	return text;
}

/** "8001, 8002", ['8001'] or 8001 → ['8001', '8002'], each checked against `pattern`; duplicates removed. */
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
	const codes = parts.map((part) => String(part).trim()).filter((part) => part !== '');
	for (const code of codes) {
		if (!pattern.test(code)) throw invalid(ctx, `${fieldLabel}: "${code}" is not valid — ${rule}`, itemIndex);
	}
	return [...new Set(codes)];
}

export const EXTENSION_RULE = 'an extension is four digits not starting with 0, e.g. 8001';
export const QUEUE_RULE = 'a queue ID is four digits starting with 9, e.g. 9001';
export const AGENT_ID_RULE = 'an agent ID is digits only, at most 32, e.g. 10031';
export const WORK_ID_RULE = 'a work ID is letters, digits or _ only, at most 32';
