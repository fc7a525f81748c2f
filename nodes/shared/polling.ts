import type { INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { DateTime } from 'luxon';

/**
 * What this package's polling triggers share. Each trigger keeps its cursor in `getWorkflowStaticData('node')` and
 * writes it only after every request of the poll succeeded, so a failed poll leaves the cursor where it was and the
 * next poll covers the same ground (n8n 2.41 also discards a staged cursor when a poll throws).
 */

/** "Fetch Test Event" in the editor: n8n runs poll() with mode 'manual' and never saves static data then. */
export function isFetchTestEvent(ctx: IPollFunctions): boolean {
	return ctx.getMode() === 'manual';
}

/**
 * A poll's own time (not a vendor's) as ISO in the workflow's time zone, to the second: the package's simplified shape
 * (agentId as text, ISO times in the workflow's zone, seconds unless the vendor gives milliseconds).
 */
export function pollTimeIso(ctx: IPollFunctions, epochMs: number): string {
	const date = DateTime.fromMillis(Math.floor(epochMs / 1000) * 1000, { zone: ctx.getTimezone() });
	return date.toISO({ suppressMilliseconds: true }) ?? new Date(epochMs).toISOString();
}

/** A poll's answer: null when there is nothing to emit (n8n then starts no execution). */
export function pollResult(items: INodeExecutionData[]): INodeExecutionData[][] | null {
	return items.length === 0 ? null : [items];
}

/** Comma-separated text (or an array from an expression) as trimmed, non-empty entries. */
export function textList(value: unknown): string[] {
	if (value === undefined || value === null || value === '') return [];
	const parts = Array.isArray(value) ? value : String(value).split(',');
	return parts.map((part) => String(part).trim()).filter((part) => part !== '');
}
