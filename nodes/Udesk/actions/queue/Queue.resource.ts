import type { INodeProperties } from 'n8n-workflow';

import type { OperationMap } from '../../../shared/router';
import * as bindAgents from './bindAgents.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations: OperationMap[string] = { bindAgents, create, delete: del, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['queue'] } },
		options: [
			{ name: 'Bind Agents', value: 'bindAgents', description: 'Bind agents to a queue', action: 'Bind agents to a queue' },
			{ name: 'Create', value: 'create', description: 'Create a queue', action: 'Create a queue' },
			{ name: 'Delete', value: 'delete', description: 'Delete a queue', action: 'Delete a queue' },
			{
				name: 'Get',
				value: 'get',
				description: 'Get one queue with its agents (flagged as unreliable in the udesk doc)',
				action: 'Get a queue',
			},
			{ name: 'Get Many', value: 'getAll', description: 'List the queues', action: 'Get many queues' },
			{ name: 'Update', value: 'update', description: 'Update a queue', action: 'Update a queue' },
		],
		default: 'getAll',
	},
	...bindAgents.description,
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
	...update.description,
];
