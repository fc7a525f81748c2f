import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { agentIdField } from '../../helpers/fields';
import { udeskApiRequest } from '../../transport';
import { queuesField, readAgentId, readQueues } from './shared';
import { picker } from '../../helpers/locators';

const properties: INodeProperties[] = [...picker(agentIdField), queuesField];

const displayOptions = { show: { resource: ['agent'], operation: ['bindQueues'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** POST agents/queues {AgentId, Queues: [...]}. Adds the queues to those the agent already has. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const agentId = readAgentId(this, itemIndex);
	const queues = readQueues(this, itemIndex);
	await udeskApiRequest.call(this, 'POST', 'agents/queues', { body: { AgentId: agentId, Queues: queues } });
	return [{ AgentId: agentId, Queues: queues, bound: true }];
}
