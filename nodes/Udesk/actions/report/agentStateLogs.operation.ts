import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { agentIdFromOutput } from '../../helpers/validation';
import { readFilter, reportProperties, runReport } from './common';

const properties = reportProperties('State changes', {
	displayName: 'Agent ID',
	name: 'agentId',
	type: 'string',
	default: '',
	placeholder: '10031',
	description: 'Only the state changes of this agent; empty means every agent of the application',
});

const displayOptions = { show: { resource: ['report'], operation: ['agentStateLogs'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * Agent state changes. udesk answers at most one week per request, so longer ranges are asked week by week, in
 * order, and merged; state codes also come as names (CurStateName, OldStateName).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	// "10031@<AppId>" (as Get Agent returns it) is sent as 10031.
	const agentId = agentIdFromOutput(readFilter(this, itemIndex, 'agentId'));
	return await runReport(this, 'agentStateLogs', itemIndex, agentId ? { AgentId: agentId } : {});
}
