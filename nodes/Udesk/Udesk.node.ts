import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as application from './actions/application/Application.resource';
import * as relayNumber from './actions/relayNumber/RelayNumber.resource';
import * as agent from './actions/agent/Agent.resource';
import * as queue from './actions/queue/Queue.resource';
import * as extension from './actions/extension/Extension.resource';
import * as ivr from './actions/ivr/Ivr.resource';
import * as call from './actions/call/Call.resource';
import * as autoDialTask from './actions/autoDialTask/AutoDialTask.resource';
import * as eventSubscription from './actions/eventSubscription/EventSubscription.resource';
import * as messageSubscription from './actions/messageSubscription/MessageSubscription.resource';
import * as report from './actions/report/Report.resource';
import { router } from './actions/router';
import { operationSubtitle } from '../shared/subtitle';
import * as methods from './methods';

export class Udesk implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Udesk CTI Cloud',
		name: 'udesk',
		icon: { light: 'file:../../icons/udesk.svg', dark: 'file:../../icons/udesk.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: operationSubtitle([application, relayNumber, agent, queue, extension, ivr, call, autoDialTask, eventSubscription, messageSubscription, report].flatMap((resource) => resource.description)),
		description: 'Manage agents, queues, IVR, calls, auto-dial tasks, subscriptions and reports in udesk CTI Cloud',
		defaults: { name: 'Udesk CTI Cloud' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'udeskApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Agent', value: 'agent' },
					{ name: 'Application', value: 'application' },
					{ name: 'Auto-Dial Task', value: 'autoDialTask' },
					{ name: 'Call', value: 'call' },
					{ name: 'Event Subscription', value: 'eventSubscription' },
					{ name: 'Extension', value: 'extension' },
					{ name: 'IVR', value: 'ivr' },
					{ name: 'Message Subscription', value: 'messageSubscription' },
					{ name: 'Queue', value: 'queue' },
					{ name: 'Relay Number', value: 'relayNumber' },
					{ name: 'Report', value: 'report' },
				],
				default: 'agent',
			},
			...application.description,
			...relayNumber.description,
			...agent.description,
			...queue.description,
			...extension.description,
			...ivr.description,
			...call.description,
			...autoDialTask.description,
			...eventSubscription.description,
			...messageSubscription.description,
			...report.description,
		],
	};

	methods = methods;

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
