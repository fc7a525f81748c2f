import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { agentIdField, includePasswordsOption } from '../../helpers/fields';
import { formatAgent } from '../../helpers/format';
import { udeskApiRequest } from '../../transport';
import { readAgentId } from './shared';

const properties: INodeProperties[] = [agentIdField, includePasswordsOption];

const displayOptions = { show: { resource: ['agent'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * GET agents/{AgentId}. "AgentId must be passed in both the URL and the request body": the path carries it and the
 * transport sends `{"AgentId": …}` as the GET's JSON body (GET_BODY_PATHS). Output: the agent with StateName and
 * ExtStateName next to the codes.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const agentId = readAgentId(this, itemIndex);
	const response = await udeskApiRequest.call(this, 'GET', `agents/${agentId}`, { body: { AgentId: agentId } });
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	return [formatAgent((response.Result ?? {}) as IDataObject, { includePasswords: options.includePasswords === true })];
}
