import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { agentIdField } from '../../helpers/fields';
import { AGENT_STATE_NAMES } from '../../helpers/format';
import { WORK_ID_PATTERN, WORK_ID_RULE, invalid, parseCodeList, QUEUE_ID_PATTERN, QUEUE_RULE } from '../../helpers/validation';
import { udeskApiRequest } from '../../transport';
import { addMsgId, echoMsgId, msgIdOption, readAgentId } from './shared';

const properties: INodeProperties[] = [
	{ ...agentIdField, description: `The agent to log in; it must be bound to an extension. ${agentIdField.description}` },
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
				description: 'Contact to log in with: a PSTN number or VoIP account',
			},
			{
				displayName: 'Queue Names or IDs',
				name: 'queueIds',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getQueues' },
				default: [],
				description:
					'Queues to log in to. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'State',
				name: 'state',
				type: 'options',
				// Title Case in the dropdown (n8n's UX guidelines); outputs keep udesk's names (StateName: 'Ready for work').
				options: Object.entries(AGENT_STATE_NAMES).map(([value, name]) => ({
					name: name.replace(/(^|\s)(?!for\b)([a-z])/g, (_match, space: string, letter: string) => `${space}${letter.toUpperCase()}`),
					value,
				})),
				default: '0',
				description: 'State the agent starts in',
			},
			{
				displayName: 'Work ID',
				name: 'workerId',
				type: 'string',
				default: '',
				description: 'The agent\'s job number',
			},
		],
	},
];

const displayOptions = { show: { resource: ['agent'], operation: ['login'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** POST agent/login {agent_Id, WorkerID, QueueIDs, Number, State, MsgId} — the doc's own field spelling. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const agentId = readAgentId(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const body: IDataObject = { agent_Id: agentId };
	if (options.workerId !== undefined && String(options.workerId).trim() !== '') {
		const workerId = String(options.workerId).trim();
		if (!WORK_ID_PATTERN.test(workerId)) throw invalid(this, `Work ID: "${workerId}" is not valid — ${WORK_ID_RULE}`, itemIndex);
		body.WorkerID = workerId;
	}
	const queues = parseCodeList(this, options.queueIds, 'Queue Names or IDs', QUEUE_ID_PATTERN, QUEUE_RULE, itemIndex);
	if (queues.length > 0) body.QueueIDs = queues;
	if (options.number !== undefined && String(options.number).trim() !== '') {
		const number = String(options.number).trim();
		if (!/^[\w+.-]{1,64}$/.test(number)) throw invalid(this, `Number: "${number}" is not a phone number or VoIP account`, itemIndex);
		body.Number = number;
	}
	if (options.state !== undefined) {
		const state = String(options.state);
		if (AGENT_STATE_NAMES[state] === undefined) {
			throw invalid(this, `State: "${state}" is not valid — use 0 to 4 (${Object.values(AGENT_STATE_NAMES).join(', ')})`, itemIndex);
		}
		body.State = state;
	}
	addMsgId(body, options);

	const response = await udeskApiRequest.call(this, 'POST', 'agent/login', { body });
	const out: IDataObject = { AgentId: agentId, loggedIn: true };
	echoMsgId(out, response);
	return [out];
}
