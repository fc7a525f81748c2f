import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { agentIdField, relayNumberField } from '../../helpers/fields';
import { readRelayNumber } from './shared';
import { readAgentId } from '../agent/shared';
import { udeskApiRequest } from '../../transport';
import { picker } from '../../helpers/locators';

const properties: INodeProperties[] = [
	...picker(agentIdField),
	...picker({ ...relayNumberField, description: `The agent's new default relay number. ${relayNumberField.description}` }),
];

const displayOptions = { show: { resource: ['relayNumber'], operation: ['setAgentDefault'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** PUT spnumbers/agent/default/{agentId} {DefSpNumber}. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const agentId = readAgentId(this, itemIndex);
	const number = readRelayNumber(this, itemIndex);
	await udeskApiRequest.call(this, 'PUT', `spnumbers/agent/default/${agentId}`, { body: { DefSpNumber: number } });
	return [{ AgentId: agentId, DefSpNumber: number, updated: true }];
}
