import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { AGENT_ROLE_OPTIONS, agentIdField } from '../../helpers/fields';
import { WORK_ID_PATTERN, WORK_ID_RULE, invalid, requirePattern } from '../../helpers/validation';
import { udeskApiRequest } from '../../transport';
import { readAgentId } from './shared';
import { picker } from '../../helpers/locators';

const properties: INodeProperties[] = [
	...picker(agentIdField),
	{
		displayName: 'Work ID',
		name: 'workId',
		type: 'string',
		default: '',
		required: true,
		description: 'The agent\'s job number (udesk requires it on every update): letters, digits or _, at most 32',
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
			{
				displayName: 'Enabled',
				name: 'enable',
				type: 'boolean',
				default: true,
				description: 'Whether the agent is enabled',
			},
			{ displayName: 'Mobile', name: 'mobile', type: 'string', default: '', description: 'The agent\'s mobile number' },
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
			{ displayName: 'Role', name: 'role', type: 'options', options: AGENT_ROLE_OPTIONS, default: 'agent' },
		],
	},
];

const displayOptions = { show: { resource: ['agent'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** PUT agents/{AgentId}; the doc wants AgentId in the URL and in the body. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const agentId = readAgentId(this, itemIndex);
	const workId = requirePattern(this, this.getNodeParameter('workId', itemIndex, ''), 'Work ID', WORK_ID_PATTERN, WORK_ID_RULE, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = { AgentId: agentId, WorkId: workId };
	if (fields.name !== undefined) body.Name = String(fields.name);
	if (fields.mobile !== undefined) body.Mobile = String(fields.mobile).trim();
	if (fields.email !== undefined) {
		const email = String(fields.email).trim();
		if (email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
			throw invalid(this, `Email: "${email}" is not a valid email address`, itemIndex);
		}
		body.Email = email;
	}
	if (fields.role !== undefined) {
		if (fields.role !== 'agent' && fields.role !== 'leader') {
			throw invalid(this, `Role: "${String(fields.role)}" is not valid — use agent or leader`, itemIndex);
		}
		body.Role = fields.role;
	}
	if (fields.enable !== undefined) body.Enable = fields.enable === true;

	await udeskApiRequest.call(this, 'PUT', `agents/${agentId}`, { body });
	return [{ ...body, updated: true }];
}
