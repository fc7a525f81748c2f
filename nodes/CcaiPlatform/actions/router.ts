import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { OperationMap, ParallelReads } from '../../shared/router';
import { routeOperations } from '../../shared/router';
import * as agentStatus from './agentStatus/AgentStatus.resource';

export const operations: OperationMap = { agentStatus: agentStatus.operations };

/** Up to 8 reads in flight; the transport paces every request to the tenant's 10 requests/s (CCAI_RATE_LIMIT). */
export const parallelReads: ParallelReads = { max: 8 };

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await routeOperations.call(this, operations, parallelReads);
}
