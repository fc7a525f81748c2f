import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { agentIdField } from '../../helpers/fields';
import { udeskApiRequest } from '../../transport';
import { extensionsField, readAgentId, readExtensions } from './shared';
import { picker } from '../../helpers/locators';

const properties: INodeProperties[] = [
	...picker(agentIdField),
	{
		...extensionsField,
		description: `${String(extensionsField.description)}. Typed, not picked: udesk has no endpoint that lists extensions, and the agent list shows only extensions already bound.`,
	},
];

const displayOptions = { show: { resource: ['agent'], operation: ['bindExtensions'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** POST agents/extensions {AgentId, Extensions: [...]}. Bind extensions to the agent (at most two per agent; only one is used at a time). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const agentId = readAgentId(this, itemIndex);
	const extensions = readExtensions(this, itemIndex);
	await udeskApiRequest.call(this, 'POST', 'agents/extensions', { body: { AgentId: agentId, Extensions: extensions } });
	return [{ AgentId: agentId, Extensions: extensions, bound: true }];
}
