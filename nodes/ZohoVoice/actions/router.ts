import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { OperationMap, ParallelReads } from '../../shared/router';
import { routeOperations } from '../../shared/router';
import * as agentStatus from './agentStatus/AgentStatus.resource';

export const operations: OperationMap = { agentStatus: agentStatus.operations };

/** The Agent Status Metrics doc states no rate limit (a 429 is reported with a hint): up to 8 reads in flight. */
export const parallelReads: ParallelReads = { max: 8 };

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await routeOperations.call(this, operations, parallelReads);
}
