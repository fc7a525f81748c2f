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

/** Epoch milliseconds as an ISO date-time in the workflow's time zone. */
export function isoInWorkflowZone(ctx: IPollFunctions, epochMs: number): string {
	return DateTime.fromMillis(epochMs, { zone: ctx.getTimezone() }).toISO() ?? new Date(epochMs).toISOString();
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
