import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { agentIdField } from '../../helpers/fields';
import { udeskApiRequest } from '../../transport';
import { boundExtensionsField, readAgentId, readExtensions } from './shared';
import { picker } from '../../helpers/locators';

const properties: INodeProperties[] = [...picker(agentIdField), ...boundExtensionsField];

const displayOptions = { show: { resource: ['agent'], operation: ['unbindExtensions'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** DELETE agents/extensions {AgentId, Extensions: [...]}. Unbind extensions from the agent. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const agentId = readAgentId(this, itemIndex);
	const extensions = readExtensions(this, itemIndex);
	await udeskApiRequest.call(this, 'DELETE', 'agents/extensions', { body: { AgentId: agentId, Extensions: extensions } });
	return [{ AgentId: agentId, Extensions: extensions, unbound: true }];
}
