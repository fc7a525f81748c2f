import type { IDataObject } from 'n8n-workflow';
import { DateTime } from 'luxon';

const DURATION = /^(\d+):([0-5]\d):([0-5]\d)$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

/**
 * Report-ready rows: every "HH:mm:ss" duration is kept and also given in seconds (TotalBusyTime →
 * TotalBusyTimeSeconds); "yyyy-MM-dd HH:mm:ss" date-times become ISO 8601 in `zone` (plain dates such as CallDate
 * are ISO already).
 */
export function reportRow(row: IDataObject, zone: string): IDataObject {
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(row)) {
		if (typeof value === 'string' && DATE_TIME.test(value)) {
			const date = DateTime.fromFormat(value, 'yyyy-MM-dd HH:mm:ss', { zone });
			out[key] = date.isValid ? date.toISO() : value;
			continue;
		}
		out[key] = value;
		const match = typeof value === 'string' ? DURATION.exec(value) : null;
		if (match) {
			out[`${key}Seconds`] = Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
		}
	}
	return out;
}
