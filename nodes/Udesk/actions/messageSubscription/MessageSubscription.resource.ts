import type { INodeProperties } from 'n8n-workflow';

import type { OperationMap } from '../../../shared/router';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations: OperationMap[string] = { create, delete: del, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['messageSubscription'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Subscribe a callback URL to events',
				action: 'Create a message subscription',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete a message subscription',
				action: 'Delete a message subscription',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get a message subscription',
				action: 'Get a message subscription',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the message subscriptions of the application',
				action: 'Get many message subscriptions',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change the callback URL, name, events or state of a message subscription',
				action: 'Update a message subscription',
			},
		],
		default: 'create',
	},
	...create.description,
	...get.description,
	...getAll.description,
	...update.description,
	...del.description,
];
