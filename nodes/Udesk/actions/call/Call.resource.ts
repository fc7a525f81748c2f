import type { INodeProperties } from 'n8n-workflow';

import type { OperationMap } from '../../../shared/router';
import * as hold from './hold.operation';
import * as originate from './originate.operation';
import * as resume from './resume.operation';
import * as transfer from './transfer.operation';

export const operations: OperationMap[string] = { hold, originate, resume, transfer };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['call'] } },
		options: [
			{ name: 'Hold', value: 'hold', description: 'Put a call on hold', action: 'Hold a call' },
			{
				name: 'Originate',
				value: 'originate',
				description: 'Place an outbound call from an agent',
				action: 'Originate a call',
			},
			{ name: 'Resume', value: 'resume', description: 'Take a call off hold', action: 'Resume a call' },
			{
				name: 'Transfer',
				value: 'transfer',
				description: 'Transfer a call to a phone number',
				action: 'Transfer a call',
			},
		],
		default: 'originate',
	},
	...hold.description,
	...originate.description,
	...resume.description,
	...transfer.description,
];
