import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { agentIdField } from '../../helpers/fields';
import { udeskApiRequest } from '../../transport';
import { queuesField, readAgentId, readQueues } from './shared';
import { picker } from '../../helpers/locators';

const properties: INodeProperties[] = [...picker(agentIdField), queuesField];

const displayOptions = { show: { resource: ['agent'], operation: ['unbindQueues'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** DELETE agents/queues {AgentId, Queues: [...]}. Removes the agent from the queues. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const agentId = readAgentId(this, itemIndex);
	const queues = readQueues(this, itemIndex);
	await udeskApiRequest.call(this, 'DELETE', 'agents/queues', { body: { AgentId: agentId, Queues: queues } });
	return [{ AgentId: agentId, Queues: queues, unbound: true }];
}
