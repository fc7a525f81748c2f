import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { versionedPicker } from '../../../shared/locator';
import { byMapping, shapeOutput, simplifyProperties } from '../../../shared/simplify';
import { UDESK_STATE_LOG } from '../../helpers/simplify';
import { agentIdFromOutput } from '../../helpers/validation';
import { readFilter, reportProperties, runReport } from './common';
import { AGENT_LOCATOR } from '../../helpers/locators';

const properties: INodeProperties[] = [
	...reportProperties(
		'State changes',
		versionedPicker(
			{
				displayName: 'Agent ID',
				name: 'agentId',
				type: 'string',
				default: '',
				placeholder: '10031',
				description: 'Only the state changes of this agent; empty means every agent of the application',
			},
			{ ...AGENT_LOCATOR, required: false },
		),
	),
	...simplifyProperties('agent, state, start, end, duration, previous state'),
];

const displayOptions = { show: { resource: ['report'], operation: ['agentStateLogs'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Only reads at the vendor: items may run in parallel (nodes/shared/router.ts). */
export const readOnly = true;

/**
 * Agent state changes. udesk answers at most one week per request, so longer ranges are asked week by week, in
 * order, and merged; state codes also come as names (CurStateName, OldStateName).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	// "10031@<AppId>" (as Get Agent returns it) is sent as 10031.
	const agentId = agentIdFromOutput(readFilter(this, itemIndex, 'agentId'));
	const rows = await runReport(this, 'agentStateLogs', itemIndex, agentId ? { AgentId: agentId } : {});
	return shapeOutput(this, itemIndex, rows, byMapping(UDESK_STATE_LOG));
}
