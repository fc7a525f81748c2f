import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { udeskApiRequest } from '../../transport';

const properties: INodeProperties[] = [];

const displayOptions = { show: { resource: ['ivr'], operation: ['getFastRouters'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Only reads at the vendor: items may run in parallel (nodes/shared/router.ts). */
export const readOnly = true;

/**
 * One item per key. The doc shows FastRouter next to ErrCode (not inside Result, unlike every other read); both
 * places are read, the documented one first.
 */
export async function execute(this: IExecuteFunctions): Promise<IDataObject[]> {
	const response = await udeskApiRequest.call(this, 'GET', 'ivrs/fastrouters');
	const result = response.Result;
	const rows =
		response.FastRouter ??
		(Array.isArray(result) ? result : result && typeof result === 'object' ? (result as IDataObject).FastRouter : undefined);
	return Array.isArray(rows) ? (rows as IDataObject[]) : [];
}
