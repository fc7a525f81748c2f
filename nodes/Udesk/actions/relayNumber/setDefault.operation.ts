import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { relayNumberField } from '../../helpers/fields';
import { readRelayNumber } from './shared';
import { udeskApiRequest } from '../../transport';
import { picker } from '../../helpers/locators';

const properties: INodeProperties[] = [
	...picker({ ...relayNumberField, description: `The company's new default relay number. ${relayNumberField.description}` }),
];

const displayOptions = { show: { resource: ['relayNumber'], operation: ['setDefault'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** PUT spnumbers/default {DefSpNumber} — the URL of the doc's table (its curl example adds a stray /7763). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const number = readRelayNumber(this, itemIndex);
	await udeskApiRequest.call(this, 'PUT', 'spnumbers/default', { body: { DefSpNumber: number } });
	return [{ DefSpNumber: number, updated: true }];
}
