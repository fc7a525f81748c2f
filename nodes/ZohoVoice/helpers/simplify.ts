import type { IDataObject } from 'n8n-workflow';

import type { SimplifyMapping, SimplifyOptions } from '../../shared/simplify';
import { rule, simplifyRecord } from '../../shared/simplify';

/**
 * Zoho Voice → the package's simplified shape (nodes/shared/simplify.ts). Zoho's answers nest one agent's figures
 * deep inside each page, so these tables read the report rows of `actions/agentStatus/report.ts` (the Report-Ready
 * Output: durations already in seconds, epoch times kept as `…Epoch`), not the raw pages.
 */

/** statusaudit/overview — one agent over the period. */
export const ZOHO_SUMMARY: SimplifyMapping = {
	agentId: rule.text('agentId'),
	agentName: rule.text('agentName'),
	durationSeconds: rule.number('workingTimeSumSeconds'),
	availableSeconds: rule.number('availableSumSeconds'),
	onCallSeconds: rule.number('onCallSumSeconds'),
	busySeconds: rule.number('busySumSeconds'),
	breakSeconds: rule.number('onBreakSumSeconds'),
	loggedInSeconds: rule.number('workingTimeSumSeconds'),
	email: rule.text('agentEmail'),
};

/** statusaudit/calendarSummary — one agent and day. */
export const ZOHO_DAILY_SUMMARY: SimplifyMapping = { ...ZOHO_SUMMARY, date: rule.text('date') };

/** One status period of statusaudit/list (an entry of a report row's `log`, with the row's agent). */
export const ZOHO_STATUS_PERIOD: SimplifyMapping = {
	agentId: rule.text('agentId'),
	agentName: rule.text('agentName'),
	status: rule.text('status'),
	startedAt: rule.epoch('startedAtEpoch'),
	endedAt: rule.epoch('endedAtEpoch'),
	durationSeconds: rule.number('durationSeconds'),
	nextStatus: rule.text('nextStatus'),
	reason: rule.text('reason'),
};

/** statusaudit/list/log — one agent of the queue while an incoming queue call rang. */
export const ZOHO_CALL_ACTIVITY: SimplifyMapping = {
	agentId: rule.text('agentId'),
	agentName: rule.text('agentName'),
	status: (record) => (record.answeredCall === true ? 'answered' : 'not answered'),
	startedAt: rule.isoText('customerEntryTime'),
	endedAt: rule.isoText('customerExitTime'),
	durationSeconds: (record) => {
		const start = Date.parse(String(record.customerEntryTime ?? ''));
		const end = Date.parse(String(record.customerExitTime ?? ''));
		return Number.isFinite(start) && Number.isFinite(end) && end >= start ? Math.round(end - start) / 1000 : null;
	},
	callId: rule.text('callLogId'),
	direction: rule.constant('inbound'),
	queueName: rule.text('queueName'),
	rings: (record) => (Array.isArray(record.rings) ? record.rings.length : 0),
};

/** Status-log report rows (one per agent, with a `log` of periods) → one simplified item per status period. */
export function simplifyStatusLog(rows: IDataObject[], options: SimplifyOptions): IDataObject[] {
	return rows.flatMap((row) =>
		(Array.isArray(row.log) ? (row.log as IDataObject[]) : []).map((entry) =>
			simplifyRecord({ ...entry, agentId: row.agentId, agentName: row.agentName }, ZOHO_STATUS_PERIOD, options),
		),
	);
}
