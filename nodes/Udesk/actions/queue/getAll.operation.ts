import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { applyLimit, returnAllOrLimit } from '../../../shared/fields';
import { udeskApiRequest } from '../../transport';

const properties: INodeProperties[] = [...returnAllOrLimit];

const displayOptions = { show: { resource: ['queue'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Only reads at the vendor: items may run in parallel (nodes/shared/router.ts). */
export const readOnly = true;

/**
 * The doc describes Result of GET queues with the fields of one queue (ID, QueueID, Name…), although the endpoint
 * lists them all and is not paged (at most 100 queues per application). An array Result, an array inside Result
 * (Queues / QueueList) and a single queue object are all read as the list.
 */
export function queueRows(result: unknown): IDataObject[] {
	if (Array.isArray(result)) return result as IDataObject[];
	if (result && typeof result === 'object') {
		const object = result as IDataObject;
		for (const key of ['Queues', 'QueueList', 'List']) {
			if (Array.isArray(object[key])) return object[key] as IDataObject[];
		}
		return Object.keys(object).length ? [object] : [];
	}
	return [];
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const response = await udeskApiRequest.call(this, 'GET', 'queues');
	return applyLimit(this, queueRows(response.Result), itemIndex);
}
