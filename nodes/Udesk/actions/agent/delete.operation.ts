import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { agentIdField } from '../../helpers/fields';
import { udeskApiRequest } from '../../transport';
import { readAgentId } from './shared';
import { picker } from '../../helpers/locators';

const properties: INodeProperties[] = [
	...picker(agentIdField),
	{
		displayName: 'Delete Bound Extensions',
		name: 'isDelExtensions',
		type: 'boolean',
		default: false,
		description:
			'Whether to delete the extensions bound to the agent as well. Agents still bound to a queue cannot be deleted.',
	},
];

const displayOptions = { show: { resource: ['agent'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** DELETE agents/{AgentId} with {AgentId, IsDelExtensions} in the body, as in the doc's example. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const agentId = readAgentId(this, itemIndex);
	const isDelExtensions = this.getNodeParameter('isDelExtensions', itemIndex, false) === true;
	await udeskApiRequest.call(this, 'DELETE', `agents/${agentId}`, {
		body: { AgentId: agentId, IsDelExtensions: isDelExtensions },
	});
	return [{ AgentId: agentId, deleted: true, extensionsDeleted: isDelExtensions }];
}
