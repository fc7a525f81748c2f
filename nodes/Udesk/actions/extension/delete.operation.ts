import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requireFormat } from '../../helpers/validation';
import { udeskApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Extension',
		name: 'extension',
		type: 'string',
		required: true,
		default: '',
		placeholder: '8001',
		description:
			'The extension number to delete. udesk refuses while it is bound to an agent (error 100016). Typed, not picked: udesk has no endpoint that lists extensions, and the agent list shows only bound ones, which cannot be deleted.',
	},
];

const displayOptions = { show: { resource: ['extension'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const extension = requireFormat(this, this.getNodeParameter('extension', itemIndex), 'Extension', 'extension', itemIndex);
	await udeskApiRequest.call(this, 'DELETE', 'extensions', { body: { Extension: extension } });
	return [{ Extension: extension, deleted: true }];
}
