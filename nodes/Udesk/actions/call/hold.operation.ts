import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readId } from '../../../shared/locator';
import { agentSelectField } from '../../helpers/fields';
import { requireFormat, requireValue } from '../../helpers/validation';
import { udeskApiRequest } from '../../transport';
import { callbackTags, callbackTagsField, callIdField, HOLD_TAGS } from './fields';
import { picker } from '../../helpers/locators';

const properties: INodeProperties[] = [callIdField, ...picker(agentSelectField()), callbackTagsField(HOLD_TAGS)];

const displayOptions = { show: { resource: ['call'], operation: ['hold'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** POST agent/hold: signed without AppId (credential APP_ID_QUIRKS); answers {code, message}. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const callId = requireValue(this, this.getNodeParameter('callId', itemIndex), 'Call ID', itemIndex);
	const agentId = requireFormat(this, readId(this, 'agentId', itemIndex), 'Agent', 'agentId', itemIndex);
	const body = { call_id: callId, agent_id: agentId, ...callbackTags(this, itemIndex, HOLD_TAGS) };
	const response = await udeskApiRequest.call(this, 'POST', 'agent/hold', { body });
	return [{ CallId: callId, AgentId: agentId, held: true, code: response.code, message: response.message }];
}
