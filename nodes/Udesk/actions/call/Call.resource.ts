import type { INodeProperties } from 'n8n-workflow';

import type { OperationMap } from '../../../shared/router';

// Operations are added one file each (<operation>.operation.ts exporting `description` and `execute`).
export const operations: OperationMap[string] = {};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['call'] } },
		options: [],
		default: '',
	},
];
