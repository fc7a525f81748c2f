import type { INodeProperties } from 'n8n-workflow';

import type { OperationMap } from '../../../shared/router';
import * as bindExtensions from './bindExtensions.operation';
import * as bindQueues from './bindQueues.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as login from './login.operation';
import * as logout from './logout.operation';
import * as setCallMode from './setCallMode.operation';
import * as unbindExtensions from './unbindExtensions.operation';
import * as unbindQueues from './unbindQueues.operation';
import * as update from './update.operation';

export const operations: OperationMap[string] = {
	create,
	update,
	delete: del,
	get,
	getAll,
	login,
	logout,
	bindExtensions,
	unbindExtensions,
	bindQueues,
	unbindQueues,
	setCallMode,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['agent'] } },
		options: [
			{ name: 'Bind Extensions', value: 'bindExtensions', description: 'Bind up to two extensions to an agent', action: 'Bind extensions to an agent' },
			{ name: 'Bind Queues', value: 'bindQueues', description: 'Add an agent to queues', action: 'Bind queues to an agent' },
			{ name: 'Create', value: 'create', description: 'Create one or more agents, optionally with extensions', action: 'Create agents' },
			{ name: 'Delete', value: 'delete', description: 'Delete an agent', action: 'Delete an agent' },
			{ name: 'Get', value: 'get', description: 'Get an agent with its state', action: 'Get an agent' },
			{ name: 'Get Many', value: 'getAll', description: 'List agents with their states', action: 'Get many agents' },
			{ name: 'Log In', value: 'login', description: 'Log an agent in', action: 'Log in an agent' },
			{ name: 'Log Out', value: 'logout', description: 'Log an agent out', action: 'Log out an agent' },
			{ name: 'Set Call Mode', value: 'setCallMode', description: 'Switch an agent between IP phone and mobile phone', action: 'Set the call mode of an agent' },
			{ name: 'Unbind Extensions', value: 'unbindExtensions', description: 'Unbind extensions from an agent', action: 'Unbind extensions from an agent' },
			{ name: 'Unbind Queues', value: 'unbindQueues', description: 'Remove an agent from queues', action: 'Unbind queues from an agent' },
			{ name: 'Update', value: 'update', description: 'Update an agent', action: 'Update an agent' },
		],
		default: 'getAll',
	},
	...create.description,
	...update.description,
	...del.description,
	...get.description,
	...getAll.description,
	...login.description,
	...logout.description,
	...bindExtensions.description,
	...unbindExtensions.description,
	...bindQueues.description,
	...unbindQueues.description,
	...setCallMode.description,
];
