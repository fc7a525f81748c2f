import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { routeOperations, SEQUENTIAL } from '../../shared/router';
import * as agent from './agent/Agent.resource';
import * as report from './report/Report.resource';

/**
 * Both operations are reads, but they run one item at a time: the limits (5 and 50 requests/min per account, paced in
 * transport/rateLimiter.ts) make the window, not the answer time, what bounds a run — 20 summaries take 3 minutes
 * either way — and parallel requests meeting an expired token would each generate a new one, every new token
 * invalidating the one before (10 generations an hour).
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await routeOperations.call(this, { agent: agent.operations, report: report.operations }, SEQUENTIAL);
}
