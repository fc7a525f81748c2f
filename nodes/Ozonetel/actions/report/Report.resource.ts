import type { INodeProperties } from 'n8n-workflow';

import * as agentStateSummary from './agentStateSummary.operation';

export const operations = { agentStateSummary };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['report'] } },
		options: [
			{
				name: 'Get Agent State Summary',
				value: 'agentStateSummary',
				description: 'Login, idle, busy, pause, wrap-up and dial time per agent, day and call mode (5 requests per minute)',
				action: 'Get agent state summary',
			},
		],
		default: 'agentStateSummary',
	},
	...agentStateSummary.description,
];
