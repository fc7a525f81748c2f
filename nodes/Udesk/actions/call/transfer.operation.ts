import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readId } from '../../../shared/locator';
import { agentSelectField } from '../../helpers/fields';
import { requireFormat, requireValue } from '../../helpers/validation';
import { udeskApiRequest } from '../../transport';
import { callbackTags, callbackTagsField, callIdField, HOLD_TAGS } from './fields';
import { picker } from '../../helpers/locators';

const TRANSFER_TAGS = [
	...HOLD_TAGS,
	{ displayName: 'On Record Over Tag', name: 'on_record_over', description: 'Value sent as on_record_over' },
	{
		displayName: 'On Transferee Hangup Tag',
		name: 'on_transferee_hangup',
		description: 'Value sent as on_transferee_hangup',
	},
];

const properties: INodeProperties[] = [
	callIdField,
	...picker(agentSelectField({
		description:
			'The agent currently on the call. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	})),
	{
		displayName: 'Transfer To Number',
		name: 'agentPhone',
		type: 'string',
		required: true,
		default: '',
		placeholder: '13676546374',
		description: 'Phone number the call is transferred to (agent_phone)',
	},
	callbackTagsField(TRANSFER_TAGS),
];

const displayOptions = { show: { resource: ['call'], operation: ['transfer'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * POST transfer/agent: signed without AppId (credential APP_ID_QUIRKS); agent_type must be "anonymous" (the doc);
 * answers {code, message}.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const callId = requireValue(this, this.getNodeParameter('callId', itemIndex), 'Call ID', itemIndex);
	const agentId = requireFormat(this, readId(this, 'agentId', itemIndex), 'Agent', 'agentId', itemIndex);
	const agentPhone = requireFormat(
		this,
		this.getNodeParameter('agentPhone', itemIndex),
		'Transfer To Number',
		'phone',
		itemIndex,
	);
	const body = {
		call_id: callId,
		agent_id: agentId,
		agent_type: 'anonymous',
		agent_phone: agentPhone,
		...callbackTags(this, itemIndex, TRANSFER_TAGS),
	};
	const response = await udeskApiRequest.call(this, 'POST', 'transfer/agent', { body });
	return [
		{ CallId: callId, AgentId: agentId, TransferTo: agentPhone, transferred: true, code: response.code, message: response.message },
	];
}
