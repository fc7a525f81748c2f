import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { agentIdField } from '../../helpers/fields';
import { readAgentId } from '../agent/shared';
import { udeskApiRequest } from '../../transport';
import { picker } from '../../helpers/locators';

const properties: INodeProperties[] = [...picker(agentIdField)];

const displayOptions = { show: { resource: ['relayNumber'], operation: ['deleteAgentDefault'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** DELETE spnumbers/agent/default/{agentId}: the agent falls back to the company's default relay number. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const agentId = readAgentId(this, itemIndex);
	await udeskApiRequest.call(this, 'DELETE', `spnumbers/agent/default/${agentId}`);
	return [{ AgentId: agentId, deleted: true }];
}
