import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { agentIdField } from '../../helpers/fields';
import { udeskApiRequest } from '../../transport';
import { readAgentId } from './shared';
import { picker } from '../../helpers/locators';

const properties: INodeProperties[] = [...picker(agentIdField)];

const displayOptions = { show: { resource: ['agent'], operation: ['logout'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** POST agent/logout {agent_Id}; the credential names the application `app_id` in this URL (APP_ID_QUIRKS). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const agentId = readAgentId(this, itemIndex);
	await udeskApiRequest.call(this, 'POST', 'agent/logout', { body: { agent_Id: agentId } });
	return [{ AgentId: agentId, loggedOut: true }];
}
