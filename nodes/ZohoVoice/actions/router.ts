import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { routeOperations } from '../../shared/router';
import * as agentStatus from './agentStatus/AgentStatus.resource';

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await routeOperations.call(this, { agentStatus: agentStatus.operations });
}
