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
import { operations, parallelReads, router } from './actions/router';
import { parallelRequestsProperties } from '../shared/router';
import * as methods from './methods';

export class Udesk implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Udesk CTI Cloud',
		name: 'udesk',
		icon: { light: 'file:../../icons/udesk.svg', dark: 'file:../../icons/udesk.dark.svg' },
		group: ['transform'],
		// 1.1: Simplify is on by default on read operations, IDs are picked from lists (resource locators).
		version: [1, 1.1],
		defaultVersion: 1.1,
		// The chosen operation's action text, not its raw value; test/subtitles.test.ts keeps it equal to operationSubtitle().
		subtitle:
			'={{ ({"application:create":"Create an application","application:get":"Get the application","application:update":"Update the application","relayNumber:deleteAgentDefault":"Delete an agent default relay number","relayNumber:deleteDefault":"Delete the default relay number","relayNumber:getAll":"Get many relay numbers","relayNumber:setAgentDefault":"Set an agent default relay number","relayNumber:setDefault":"Set the default relay number","agent:bindExtensions":"Bind extensions to an agent","agent:bindQueues":"Bind queues to an agent","agent:create":"Create agents","agent:delete":"Delete an agent","agent:get":"Get an agent","agent:getAll":"Get many agents","agent:login":"Log in an agent","agent:logout":"Log out an agent","agent:setCallMode":"Set the call mode of an agent","agent:unbindExtensions":"Unbind extensions from an agent","agent:unbindQueues":"Unbind queues from an agent","agent:update":"Update an agent","queue:bindAgents":"Bind agents to a queue","queue:create":"Create a queue","queue:delete":"Delete a queue","queue:get":"Get a queue","queue:getAll":"Get many queues","queue:update":"Update a queue","extension:create":"Create an extension","extension:delete":"Delete an extension","ivr:deleteVoiceFile":"Delete an IVR voice file","ivr:getDefaultVoices":"Get the IVR default voices","ivr:getFastRouters":"Get the IVR fast routers","ivr:getVoiceFiles":"Get many IVR voice files","ivr:setDefaultVoices":"Set the IVR default voices","ivr:setFastRouters":"Set the IVR fast routers","ivr:uploadVoiceFile":"Upload an IVR voice file","call:hold":"Hold a call","call:originate":"Originate a call","call:resume":"Resume a call","call:transfer":"Transfer a call","autoDialTask:forceStop":"Force stop an auto dial task","autoDialTask:getNumbers":"Get numbers of an auto dial task","autoDialTask:stopNotification":"Send an auto dial task stop notification","autoDialTask:start":"Start an auto dial task","autoDialTask:stop":"Stop an auto dial task","autoDialTask:updateRatio":"Update the ratio of an auto dial task","eventSubscription:append":"Append subscribed events","eventSubscription:removeAll":"Delete all subscribed events","eventSubscription:replace":"Replace subscribed events","messageSubscription:create":"Create a message subscription","messageSubscription:delete":"Delete a message subscription","messageSubscription:get":"Get a message subscription","messageSubscription:getAll":"Get many message subscriptions","messageSubscription:update":"Update a message subscription","report:agentStateLogs":"Get agent state logs","report:callLogs":"Get call logs","report:recordings":"Get recordings"})[$parameter["resource"] + ":" + $parameter["operation"]] ?? $parameter["operation"] }}',
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
			...parallelRequestsProperties(operations, parallelReads),
		],
	};

	methods = methods;

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
