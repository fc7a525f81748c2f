import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readId, versionedPicker } from '../../../shared/locator';
import { agentSelectField } from '../../helpers/fields';
import { requireFormat, requireValue } from '../../helpers/validation';
import { udeskApiRequest } from '../../transport';
import { picker, RELAY_NUMBER_LOCATOR } from '../../helpers/locators';

const properties: INodeProperties[] = [
	...picker(agentSelectField({
		description:
			'The agent who places the call; must be signed in with an extension bound. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	})),
	...versionedPicker(
		{
			displayName: 'Caller Number',
			name: 'caller',
			type: 'string',
			required: true,
			default: '',
			placeholder: '057126200670',
			description: 'Calling number: a relay number bound to the agent under the application (caller)',
		},
		{ ...RELAY_NUMBER_LOCATOR, displayName: 'Caller Number', description: 'Calling number: a relay number of the application bound to the agent (caller)' },
	),
	{
		displayName: 'Called Number',
		name: 'called',
		type: 'string',
		required: true,
		default: '',
		placeholder: '13676546374',
		description: 'Number to call: landline 0{area code}{number}, 11-digit mobile or international 00{country}{number} (called)',
	},
	{
		displayName: 'Displayed Number',
		name: 'calledDisplay',
		type: 'string',
		required: true,
		default: '',
		placeholder: '057126200670',
		description: 'Number shown to the called party (called_display), usually the relay number',
	},
	{
		displayName: 'User Data',
		name: 'userData',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add User Data',
		default: {},
		description: 'Data associated with call events (user_data): each entry attaches a value to one event type',
		options: [
			{
				displayName: 'Entry',
				name: 'entry',
				values: [
					{
						displayName: 'Event',
						name: 'evt',
						type: 'string',
						default: '',
						placeholder: 'user_answer',
						description: 'Event type the data goes with (evt), e.g. user_answer or agent_answer',
					},
					{
						displayName: 'Data',
						name: 'data',
						type: 'string',
						default: '',
						description: 'Custom data (data)',
					},
				],
			},
		],
	},
];

const displayOptions = { show: { resource: ['call'], operation: ['originate'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Sent once — never retried (the transport only retries reads), so a call is never placed twice. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const agentId = requireFormat(this, readId(this, 'agentId', itemIndex), 'Agent', 'agentId', itemIndex);
	const caller = requireFormat(this, readId(this, 'caller', itemIndex), 'Caller Number', 'phone', itemIndex);
	const called = requireFormat(this, this.getNodeParameter('called', itemIndex), 'Called Number', 'phone', itemIndex);
	const calledDisplay = requireFormat(
		this,
		this.getNodeParameter('calledDisplay', itemIndex),
		'Displayed Number',
		'phone',
		itemIndex,
	);
	const { entry = [] } = this.getNodeParameter('userData', itemIndex, {}) as {
		entry?: Array<{ evt?: unknown; data?: unknown }>;
	};
	const body: IDataObject = { caller, called, called_display: calledDisplay, agent_id: agentId };
	if (entry.length) {
		body.user_data = entry.map((item, index) => ({
			evt: requireValue(this, item.evt, `User Data ${index + 1} → Event`, itemIndex),
			data: requireValue(this, item.data, `User Data ${index + 1} → Data`, itemIndex),
		}));
	}
	const response = await udeskApiRequest.call(this, 'POST', 'originatev2', { body });
	return [
		{
			CallId: response.results,
			AgentId: agentId,
			Caller: caller,
			Called: called,
			CalledDisplay: calledDisplay,
			ErrCode: response.ErrCode,
			ErrDesc: response.ErrDesc,
		},
	];
}
