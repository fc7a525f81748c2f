import type { INodeProperties } from 'n8n-workflow';

import type { OperationMap } from '../../../shared/router';
import * as create from './create.operation';
import * as del from './delete.operation';

export const operations: OperationMap[string] = { create, delete: del };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['extension'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create an extension; returns its generated password',
				action: 'Create an extension',
			},
			{ name: 'Delete', value: 'delete', description: 'Delete an extension', action: 'Delete an extension' },
		],
		default: 'create',
	},
	...create.description,
	...del.description,
];
