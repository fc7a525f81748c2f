import type { INodeProperties } from 'n8n-workflow';

import type { OperationMap } from '../../../shared/router';
import * as deleteAgentDefault from './deleteAgentDefault.operation';
import * as deleteDefault from './deleteDefault.operation';
import * as getAll from './getAll.operation';
import * as setAgentDefault from './setAgentDefault.operation';
import * as setDefault from './setDefault.operation';

export const operations: OperationMap[string] = {
	getAll,
	setDefault,
	deleteDefault,
	setAgentDefault,
	deleteAgentDefault,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['relayNumber'] } },
		options: [
			{
				name: 'Delete Agent Default',
				value: 'deleteAgentDefault',
				description: 'Remove an agent\'s default relay number',
				action: 'Delete an agent default relay number',
			},
			{
				name: 'Delete Default',
				value: 'deleteDefault',
				description: 'Remove the company\'s default relay number',
				action: 'Delete the default relay number',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the relay numbers and which one is the default',
				action: 'Get many relay numbers',
			},
			{
				name: 'Set Agent Default',
				value: 'setAgentDefault',
				description: 'Set an agent\'s default relay number',
				action: 'Set an agent default relay number',
			},
			{
				name: 'Set Default',
				value: 'setDefault',
				description: 'Set the company\'s default relay number',
				action: 'Set the default relay number',
			},
		],
		default: 'getAll',
	},
	...getAll.description,
	...setDefault.description,
	...deleteDefault.description,
	...setAgentDefault.description,
	...deleteAgentDefault.description,
];
