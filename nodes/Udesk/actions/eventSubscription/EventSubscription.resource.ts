import type { INodeProperties } from 'n8n-workflow';

import type { OperationMap } from '../../../shared/router';
import * as append from './append.operation';
import * as removeAll from './removeAll.operation';
import * as replace from './replace.operation';

export const operations: OperationMap[string] = { append, replace, removeAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['eventSubscription'] } },
		options: [
			{
				name: 'Append',
				value: 'append',
				description: 'Add events to the application\'s event subscription, keeping those already subscribed',
				action: 'Append subscribed events',
			},
			{
				// Shown as Delete All (n8n's CRUD names); the value stays removeAll so saved workflows keep working.
				name: 'Delete All',
				value: 'removeAll',
				description: 'Unsubscribe from every event',
				action: 'Delete all subscribed events',
			},
			{
				name: 'Replace',
				value: 'replace',
				description: 'Replace all subscribed events with the ones chosen here',
				action: 'Replace subscribed events',
			},
		],
		default: 'append',
	},
	...append.description,
	...replace.description,
];
