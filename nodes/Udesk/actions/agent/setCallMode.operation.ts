import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { CALL_MODE_OPTIONS, agentIdField } from '../../helpers/fields';
import { invalid } from '../../helpers/validation';
import { udeskApiRequest } from '../../transport';
import { addMsgId, echoMsgId, msgIdOption, readAgentId } from './shared';
import { picker } from '../../helpers/locators';

const properties: INodeProperties[] = [
	...picker(agentIdField),
	{
		displayName: 'Mode',
		name: 'contact',
		type: 'options',
		options: CALL_MODE_OPTIONS,
		default: 'voip',
		description: 'Whether the agent takes calls on the IP phone or on a mobile phone',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			msgIdOption,
			{
				displayName: 'Number',
				name: 'number',
				type: 'string',
				default: '',
				description: 'The number to use, e.g. the mobile number for Mobile Phone mode',
			},
		],
	},
];

const displayOptions = { show: { resource: ['agent'], operation: ['setCallMode'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** POST agent/set_call_mode {AgentId, Contact: voip | cellphone, Number, MsgId}. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const agentId = readAgentId(this, itemIndex);
	const contact = String(this.getNodeParameter('contact', itemIndex, 'voip'));
	if (contact !== 'voip' && contact !== 'cellphone') {
		throw invalid(this, `Mode: "${contact}" is not valid — use voip (IP Phone) or cellphone (Mobile Phone)`, itemIndex);
	}
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const body: IDataObject = { AgentId: agentId, Contact: contact };
	if (options.number !== undefined && String(options.number).trim() !== '') {
		const number = String(options.number).trim();
		if (!/^\+?\d{3,20}$/.test(number)) throw invalid(this, `Number: "${number}" is not valid — use digits, e.g. 13676546374`, itemIndex);
		body.Number = number;
	}
	addMsgId(body, options);

	const response = await udeskApiRequest.call(this, 'POST', 'agent/set_call_mode', { body });
	const out: IDataObject = { AgentId: agentId, Contact: contact, updated: true };
	if (body.Number !== undefined) out.Number = body.Number;
	echoMsgId(out, response);
	return [out];
}
