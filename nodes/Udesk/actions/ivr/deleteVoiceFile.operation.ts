import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readId, versionedPicker } from '../../../shared/locator';
import { requireValue } from '../../helpers/validation';
import { udeskApiRequest } from '../../transport';
import { VOICE_FILE_LOCATOR } from '../../helpers/locators';

const properties: INodeProperties[] = versionedPicker(
	{
		displayName: 'File Name',
		name: 'fileName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'welcome.wav',
		description: 'Name of the voice file to delete, as listed by Get Many Voice Files',
	},
	{ ...VOICE_FILE_LOCATOR, description: 'The voice file to delete (GET ivrs/vfiles lists them)' },
);

const displayOptions = { show: { resource: ['ivr'], operation: ['deleteVoiceFile'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const fileName = requireValue(this, readId(this, 'fileName', itemIndex), 'File Name', itemIndex);
	await udeskApiRequest.call(this, 'DELETE', 'ivrs/vfiles', { body: { FileName: fileName } });
	return [{ FileName: fileName, deleted: true }];
}
