import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as update from './update.operation';

export const operations = { get, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['agentStatus'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get the current status of agents, by agent or team',
				action: 'Get agent statuses',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Set the status of agents or whole teams',
				action: 'Update agent statuses',
			},
		],
		default: 'get',
	},
	...get.description,
	...update.description,
];
