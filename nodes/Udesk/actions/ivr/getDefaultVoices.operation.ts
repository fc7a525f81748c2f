import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { udeskApiRequest } from '../../transport';

const properties: INodeProperties[] = [];

const displayOptions = { show: { resource: ['ivr'], operation: ['getDefaultVoices'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Only reads at the vendor: items may run in parallel (nodes/shared/router.ts). */
export const readOnly = true;

/** One item: udesk's Result (Voices), as it comes. Prompts never set use the system default. */
export async function execute(this: IExecuteFunctions): Promise<IDataObject[]> {
	const response = await udeskApiRequest.call(this, 'GET', 'ivrs/defvoices');
	const result = response.Result;
	if (Array.isArray(result)) return [{ Voices: result }];
	return [result && typeof result === 'object' ? (result as IDataObject) : {}];
}
