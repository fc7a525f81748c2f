import type { INodeProperties } from 'n8n-workflow';

import type { OperationMap } from '../../../shared/router';
import * as agentStateLogs from './agentStateLogs.operation';
import * as callLogs from './callLogs.operation';
import * as recordings from './recordings.operation';

export const operations: OperationMap[string] = { callLogs, recordings, agentStateLogs };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['report'] } },
		options: [
			{
				name: 'Get Agent State Logs',
				value: 'agentStateLogs',
				description: 'Get the state changes of agents, any period (asked one week at a time)',
				action: 'Get agent state logs',
			},
			{
				name: 'Get Call Logs',
				value: 'callLogs',
				description: 'Get completed calls of the last week',
				action: 'Get call logs',
			},
			{
				name: 'Get Recordings',
				value: 'recordings',
				description: 'Get call recordings of the last week with their file URLs',
				action: 'Get recordings',
			},
		],
		default: 'callLogs',
	},
	...callLogs.description,
	...recordings.description,
	...agentStateLogs.description,
];
