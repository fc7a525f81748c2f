import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	AGENT_ID_PATTERN,
	AGENT_ID_RULE,
	EXTENSION_PATTERN,
	EXTENSION_RULE,
	WORK_ID_PATTERN,
	WORK_ID_RULE,
	invalid,
	requirePattern,
} from '../../helpers/validation';
import { udeskApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Agents',
		name: 'agents',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Agent',
		default: {},
		required: true,
		description: 'The agents (seats) to create in one request',
		options: [
			{
				displayName: 'Agent',
				name: 'agent',
				values: [
					{
						displayName: 'Agent ID',
						name: 'agentId',
						type: 'string',
						default: '',
						required: true,
						placeholder: '10031',
						description: 'Digits only, at most 32',
					},
					{
						displayName: 'Create Extension',
						name: 'isCreateExtension',
						type: 'boolean',
						default: false,
						description: 'Whether to create an extension and bind it to the agent',
					},
					{
						displayName: 'Email',
						name: 'email',
						type: 'string',
						placeholder: 'name@email.com',
						default: '',
					},
					{
						displayName: 'Enabled',
						name: 'enable',
						type: 'boolean',
						default: true,
						description: 'Whether the agent is enabled',
					},
					{
						displayName: 'Extension',
						name: 'extension',
						type: 'string',
						default: '',
						placeholder: '8001',
						description: 'Number of the extension to create (four digits, not starting with 0). Empty: udesk picks one. Used only with Create Extension.',
					},
					{
						displayName: 'Mobile',
						name: 'mobile',
						type: 'string',
						default: '',
						description: 'The agent\'s mobile number',
					},
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Role',
						name: 'role',
						type: 'options',
						options: [
							{ name: 'Agent', value: 'agent' },
							{ name: 'Leader', value: 'leader' },
						],
						default: 'agent',
					},
					{
						displayName: 'Work ID',
						name: 'workId',
						type: 'string',
						default: '',
						required: true,
						description: 'The agent\'s job number: letters, digits or _, at most 32',
					},
				],
			},
		],
	},
];

const displayOptions = { show: { resource: ['agent'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * POST agents {Agents: [...]}. One output item per agent created; agents created with an extension also get
 * Extension and ExtensionPassword from the answer (matched by number, else in request order: the doc's Result lists
 * the new extensions without their agent).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const collection = this.getNodeParameter('agents', itemIndex, {}) as { agent?: IDataObject[] };
	const entries = collection.agent ?? [];
	if (entries.length === 0) throw invalid(this, 'Agents: add at least one agent to create', itemIndex);

	const seen = new Set<string>();
	const wanted = new Set<string>();
	const agents = entries.map((entry, index) => {
		const label = entries.length > 1 ? `Agents → Agent ${index + 1} → ` : 'Agents → ';
		const agentId = requirePattern(this, entry.agentId, `${label}Agent ID`, AGENT_ID_PATTERN, AGENT_ID_RULE, itemIndex);
		if (seen.has(agentId)) throw invalid(this, `${label}Agent ID: "${agentId}" appears twice in this request`, itemIndex);
		seen.add(agentId);
		const seat: IDataObject = {
			AgentId: agentId,
			WorkId: requirePattern(this, entry.workId, `${label}Work ID`, WORK_ID_PATTERN, WORK_ID_RULE, itemIndex),
		};
		for (const [key, name] of [
			['name', 'Name'],
			['mobile', 'Mobile'],
		] as const) {
			const value = String(entry[key] ?? '').trim();
			if (value !== '') seat[name] = value;
		}
		const email = String(entry.email ?? '').trim();
		if (email !== '') {
			if (!EMAIL.test(email)) throw invalid(this, `${label}Email: "${email}" is not a valid email address`, itemIndex);
			seat.Email = email;
		}
		const role = entry.role ?? 'agent';
		if (role !== 'agent' && role !== 'leader') {
			throw invalid(this, `${label}Role: "${String(role)}" is not valid — use agent or leader`, itemIndex);
		}
		seat.Role = role;
		seat.Enable = entry.enable !== false;
		if (entry.isCreateExtension === true) {
			seat.IsCreateExtension = true;
			const extension = String(entry.extension ?? '').trim();
			if (extension !== '') {
				if (!EXTENSION_PATTERN.test(extension)) {
					throw invalid(this, `${label}Extension: "${extension}" is not valid — ${EXTENSION_RULE}`, itemIndex);
				}
				if (wanted.has(extension)) {
					throw invalid(this, `${label}Extension: "${extension}" is asked for twice in this request`, itemIndex);
				}
				wanted.add(extension);
				seat.Extension = extension;
			}
		}
		return seat;
	});

	const response = await udeskApiRequest.call(this, 'POST', 'agents', { body: { Agents: agents } });
	const result = (response.Result ?? {}) as IDataObject;
	const created = (Array.isArray(result.Extensions) ? result.Extensions : []) as IDataObject[];
	const remaining = created.filter((row) => !wanted.has(String(row.Extension)));

	return agents.map((seat) => {
		const { IsCreateExtension, Extension, ...row } = seat;
		const out: IDataObject = { ...row, created: true };
		if (IsCreateExtension === true) {
			const match =
				Extension !== undefined ? created.find((entry) => String(entry.Extension) === Extension) : remaining.shift();
			if (match !== undefined) {
				out.Extension = String(match.Extension);
				out.ExtensionPassword = match.Password;
			} else if (Extension !== undefined) {
				out.Extension = Extension;
			}
		}
		return out;
	});
}
