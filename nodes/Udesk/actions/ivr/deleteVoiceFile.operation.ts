import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requireValue } from '../../helpers/validation';
import { udeskApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'File Name',
		name: 'fileName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'welcome.wav',
		description: 'Name of the voice file to delete, as listed by Get Many Voice Files',
	},
];

const displayOptions = { show: { resource: ['ivr'], operation: ['deleteVoiceFile'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const fileName = requireValue(this, this.getNodeParameter('fileName', itemIndex), 'File Name', itemIndex);
	await udeskApiRequest.call(this, 'DELETE', 'ivrs/vfiles', { body: { FileName: fileName } });
	return [{ FileName: fileName, deleted: true }];
}
