import type { INodeProperties } from 'n8n-workflow';

import type { OperationMap } from '../../../shared/router';
import * as forceStop from './forceStop.operation';
import * as getNumbers from './getNumbers.operation';
import * as start from './start.operation';
import * as stop from './stop.operation';
import * as stopNotification from './stopNotification.operation';
import * as updateRatio from './updateRatio.operation';

export const operations: OperationMap[string] = { start, updateRatio, stop, forceStop, getNumbers, stopNotification };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['autoDialTask'] } },
		options: [
			{
				name: 'Force Stop',
				value: 'forceStop',
				description: 'Force-stop an auto-dial task (ads/task/force_stop)',
				action: 'Force stop an auto dial task',
			},
			{
				name: 'Get Numbers',
				value: 'getNumbers',
				description: 'Fetch the next numbers of an auto-dial task',
				action: 'Get numbers of an auto dial task',
			},
			{
				name: 'Send Stop Notification',
				value: 'stopNotification',
				description: 'Notify that an auto-dial task has stopped',
				action: 'Send an auto dial task stop notification',
			},
			{
				name: 'Start',
				value: 'start',
				description: 'Start an auto-dial task',
				action: 'Start an auto dial task',
			},
			{
				name: 'Stop',
				value: 'stop',
				description: 'Stop an auto-dial task (ads/task/stop)',
				action: 'Stop an auto dial task',
			},
			{
				name: 'Update Ratio',
				value: 'updateRatio',
				description: 'Change the call ratio or intensity of a running auto-dial task',
				action: 'Update the ratio of an auto dial task',
			},
		],
		default: 'start',
	},
	...start.description,
	...updateRatio.description,
	...stop.description,
	...forceStop.description,
	...getNumbers.description,
	...stopNotification.description,
];
