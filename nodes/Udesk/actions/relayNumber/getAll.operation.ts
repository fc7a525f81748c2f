import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { udeskApiRequest } from '../../transport';

const properties: INodeProperties[] = [];

const displayOptions = { show: { resource: ['relayNumber'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** GET spnumbers → one item per relay number, with IsDefault marking the company's default relay number. */
export async function execute(this: IExecuteFunctions): Promise<IDataObject[]> {
	const response = await udeskApiRequest.call(this, 'GET', 'spnumbers');
	const result = (response.Result ?? {}) as IDataObject;
	const defaultNumber = result.DefSpNumber === undefined || result.DefSpNumber === null ? '' : String(result.DefSpNumber);
	const numbers = Array.isArray(result.SpNumbers) ? (result.SpNumbers as unknown[]).map(String) : [];
	return numbers.map((number) => ({ SpNumber: number, IsDefault: number === defaultNumber }));
}
