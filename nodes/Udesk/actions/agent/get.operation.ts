import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { byMapping, shapeOutput, simplifyProperties } from '../../../shared/simplify';
import { agentIdField } from '../../helpers/fields';
import { formatAgent } from '../../helpers/format';
import { UDESK_AGENT } from '../../helpers/simplify';
import { udeskApiRequest } from '../../transport';
import { readAgentId } from './shared';
import { picker } from '../../helpers/locators';

const properties: INodeProperties[] = [...picker(agentIdField), ...simplifyProperties('agent ID and name, state, email, work ID')];

const displayOptions = { show: { resource: ['agent'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * GET agents/{AgentId}. The doc also puts AgentId in a GET body; n8n cannot send one, so the transport moves it to the
 * query string (GET_PARAMETERS_IN). Output: the agent with StateName and ExtStateName next to the codes.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const agentId = readAgentId(this, itemIndex);
	const response = await udeskApiRequest.call(this, 'GET', `agents/${agentId}`, { body: { AgentId: agentId } });
	return shapeOutput(this, itemIndex, [formatAgent((response.Result ?? {}) as IDataObject)], byMapping(UDESK_AGENT));
}
