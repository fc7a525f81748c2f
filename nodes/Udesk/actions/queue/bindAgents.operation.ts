import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readId } from '../../../shared/locator';
import { queueSelectField } from '../../helpers/fields';
import { requireFormat, requireFormatList } from '../../helpers/validation';
import { udeskApiRequest } from '../../transport';
import { picker } from '../../helpers/locators';

/**
 * The doc lists POST and PUT for queues/agents. POST adds agents (its note: "only creates new records without deleting
 * previous ones"); PUT is offered as "replace", the meaning the doc gives PUT elsewhere (webhooks/events: "PUT to
 * replace all"). Should a server treat PUT like POST, Replace simply adds — it never removes more than asked.
 */
export const BIND_METHODS = { add: 'POST', replace: 'PUT' } as const;

const properties: INodeProperties[] = [
	...picker(queueSelectField()),
	{
		displayName: 'Agent Names or IDs',
		name: 'agentIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getAgents' },
		required: true,
		default: [],
		description:
			'Agents (seats) to bind to the queue. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		hint: 'By expression: an array of agent IDs or a comma-separated text such as 10031, 10032',
	},
	{
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		options: [
			{
				name: 'Add',
				value: 'add',
				description: 'Bind these agents and keep the ones already bound (POST)',
			},
			{
				name: 'Replace',
				value: 'replace',
				description:
					'Send the list as the queue\'s agents (PUT). The doc documents PUT on this endpoint without saying whether it removes agents not listed.',
			},
		],
		default: 'add',
	},
];

const displayOptions = { show: { resource: ['queue'], operation: ['bindAgents'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const queueId = requireFormat(this, readId(this, 'queueId', itemIndex), 'Queue', 'queueId', itemIndex);
	const agentIds = requireFormatList(
		this,
		this.getNodeParameter('agentIds', itemIndex),
		'Agent Names or IDs',
		'agentId',
		itemIndex,
	);
	const mode = this.getNodeParameter('mode', itemIndex, 'add') as keyof typeof BIND_METHODS;
	const method = BIND_METHODS[mode] ?? BIND_METHODS.add;
	await udeskApiRequest.call(this, method, 'queues/agents', { body: { QueueId: queueId, AgentIds: agentIds } });
	return [{ QueueId: queueId, AgentIds: agentIds, mode, bound: true }];
}
