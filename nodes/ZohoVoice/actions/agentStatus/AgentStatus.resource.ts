import type { INodeProperties } from 'n8n-workflow';

import * as getCallStatusActivity from './getCallStatusActivity.operation';
import * as getDailySummary from './getDailySummary.operation';
import * as getStatusLog from './getStatusLog.operation';
import * as getSummary from './getSummary.operation';

export const operations = { getStatusLog, getCallStatusActivity, getSummary, getDailySummary };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['agentStatus'] } },
		options: [
			{
				name: 'Get Call Status Activity',
				value: 'getCallStatusActivity',
				description: "What every agent of the queue was doing while an incoming queue call rang",
				action: 'Get status activity for a call',
			},
			{
				name: 'Get Daily Summary',
				value: 'getDailySummary',
				description: 'Time per status for each agent, day by day',
				action: 'Get daily status summary',
			},
			{
				name: 'Get Status Log',
				value: 'getStatusLog',
				description: 'Every status change of the given agents in a period',
				action: 'Get status log',
			},
			{
				name: 'Get Summary',
				value: 'getSummary',
				description: 'Total, average and longest time per status for each agent over a period',
				action: 'Get status summary',
			},
		],
		default: 'getSummary',
	},
	...getStatusLog.description,
	...getCallStatusActivity.description,
	...getSummary.description,
	...getDailySummary.description,
];
