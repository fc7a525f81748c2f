import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { OperationMap, ParallelReads } from '../../shared/router';
import { routeOperations } from '../../shared/router';
import * as application from './application/Application.resource';
import * as relayNumber from './relayNumber/RelayNumber.resource';
import * as agent from './agent/Agent.resource';
import * as queue from './queue/Queue.resource';
import * as extension from './extension/Extension.resource';
import * as ivr from './ivr/Ivr.resource';
import * as call from './call/Call.resource';
import * as autoDialTask from './autoDialTask/AutoDialTask.resource';
import * as eventSubscription from './eventSubscription/EventSubscription.resource';
import * as messageSubscription from './messageSubscription/MessageSubscription.resource';
import * as report from './report/Report.resource';

export const operations: OperationMap = {
	application: application.operations,
	relayNumber: relayNumber.operations,
	agent: agent.operations,
	queue: queue.operations,
	extension: extension.operations,
	ivr: ivr.operations,
	call: call.operations,
	autoDialTask: autoDialTask.operations,
	eventSubscription: eventSubscription.operations,
	messageSubscription: messageSubscription.operations,
	report: report.operations,
};

/** udesk's doc states no API rate limit (only AdConCallLimit, for dialling): up to 8 reads in flight. */
export const parallelReads: ParallelReads = { max: 8 };

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await routeOperations.call(this, operations, parallelReads);
}
