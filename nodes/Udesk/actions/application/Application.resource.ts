import type { INodeProperties } from 'n8n-workflow';

import type { OperationMap } from '../../../shared/router';
import * as create from './create.operation';
import * as get from './get.operation';
import * as update from './update.operation';

export const operations: OperationMap[string] = { create, get, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['application'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create an application (tenant); returns its AppId and Secret',
				action: 'Create an application',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get the details of the credential\'s application',
				action: 'Get the application',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Update the credential\'s application',
				action: 'Update the application',
			},
		],
		default: 'get',
	},
	...create.description,
	...get.description,
	...update.description,
];
