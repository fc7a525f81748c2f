import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { routeOperations } from '../../shared/router';
import * as agent from './agent/Agent.resource';
import * as report from './report/Report.resource';

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await routeOperations.call(this, { agent: agent.operations, report: report.operations });
}
