import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { zohoVoiceRequest } from '../../transport';
import {
	endField,
	optionsField,
	queueIdsField,
	readIds,
	readPeriod,
	reportReadyField,
	startField,
	timeZoneOption,
} from './fields';
import { callActivityRows } from './report';
import { byMapping, readOutputMode, shapeOutput, simplifyProperties } from '../../../shared/simplify';
import { ZOHO_CALL_ACTIVITY } from '../../helpers/simplify';

const properties: INodeProperties[] = [
	{
		displayName: 'Call Log ID',
		name: 'logId',
		type: 'string',
		default: '',
		required: true,
		placeholder: '33549725-33d3-40e2-b4b8-e8fac35023d8',
		description: 'ID (UUID) of an incoming queue call log. Other call types have no status correlation.',
	},
	{ ...startField, description: 'Start of the period around the call (e.g. a few minutes before it)' },
	{ ...endField, description: 'End of the period around the call (e.g. a few minutes after it)' },
	{
		...queueIdsField,
		description: 'Comma-separated IDs of the queues involved in the call (optional)',
	},
	...simplifyProperties('one item per agent of the queue: agent, answered or not, queue entry and exit, duration'),
	{
		...reportReadyField,
		description:
			'Whether to return one item per agent of the queue with their rings, status changes (durations in seconds, times also as ISO dates) and totals. Off: Zoho\'s raw response.',
	},
	optionsField([timeZoneOption]),
];

const displayOptions = { show: { resource: ['agentStatus'], operation: ['getCallStatusActivity'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Only reads at the vendor: items may run in parallel (nodes/shared/router.ts). */
export const readOnly = true;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** GET statusaudit/list/log — what every agent of the queue was doing while an incoming queue call rang. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const logId = String(this.getNodeParameter('logId', itemIndex, '') ?? '').trim();
	if (logId === '') {
		throw new NodeOperationError(this.getNode(), 'Call Log ID is required: give the ID of an incoming queue call log', {
			itemIndex,
		});
	}
	if (!UUID.test(logId)) {
		throw new NodeOperationError(
			this.getNode(),
			`Call Log ID: "${logId}" is not a call log ID — it is a UUID such as 33549725-33d3-40e2-b4b8-e8fac35023d8`,
			{ itemIndex },
		);
	}
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const period = readPeriod(this, itemIndex, options);
	const queueIds = readIds(this, itemIndex, 'queueIds', 'Queue IDs');
	const qs: IDataObject = { ...period, logId };
	if (queueIds.length) qs.queueIds = queueIds.join(',');

	const body = await zohoVoiceRequest.call(this, 'statusaudit/list/log', qs, itemIndex);
	const reportReady =
		readOutputMode(this, itemIndex) === 'simple' || (this.getNodeParameter('reportReady', itemIndex, true) as boolean);
	if (!reportReady) return shapeOutput(this, itemIndex, [body], byMapping(ZOHO_CALL_ACTIVITY));
	const rows = callActivityRows(body, period.tz as string).flat();
	return shapeOutput(this, itemIndex, rows.map((row) => ({ ...row, callLogId: logId })), byMapping(ZOHO_CALL_ACTIVITY));
}
