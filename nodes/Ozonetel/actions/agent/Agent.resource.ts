import type { INodeProperties } from 'n8n-workflow';

import * as averageHandlingTime from './averageHandlingTime.operation';

export const operations = { averageHandlingTime };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['agent'] } },
		options: [
			{
				name: 'Get Average Handling Time',
				value: 'averageHandlingTime',
				description: 'AHT of an agent or a campaign over outbound calls of the last two hours (50 requests per minute)',
				action: 'Get average handling time',
			},
		],
		default: 'averageHandlingTime',
	},
	...averageHandlingTime.description,
];
