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
			'The new extension number: four digits not starting with 0. udesk generates its SIP password, returned in the output.',
	},
];

const displayOptions = { show: { resource: ['extension'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * Returns udesk's Result as is: Extension, the generated SIP Password (it cannot be chosen and is shown only here, so
 * the workflow must keep it) and Number (prefix + extension, the SIP user name).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const extension = requireFormat(this, this.getNodeParameter('extension', itemIndex), 'Extension', 'extension', itemIndex);
	const response = await udeskApiRequest.call(this, 'POST', 'extensions', { body: { Extension: extension } });
	const result = response.Result;
	return [result && typeof result === 'object' && !Array.isArray(result) ? (result as IDataObject) : { Extension: extension }];
}
