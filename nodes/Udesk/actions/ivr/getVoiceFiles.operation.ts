import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { applyLimit, returnAllOrLimit } from '../../../shared/fields';
import { udeskApiRequest } from '../../transport';

const properties: INodeProperties[] = [...returnAllOrLimit];

const displayOptions = { show: { resource: ['ivr'], operation: ['getVoiceFiles'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Only reads at the vendor: items may run in parallel (nodes/shared/router.ts). */
export const readOnly = true;

/** One item per voice file (Result.IvrVFiles); the endpoint is not paged. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const response = await udeskApiRequest.call(this, 'GET', 'ivrs/vfiles');
	const result = (response.Result ?? {}) as IDataObject;
	const files = Array.isArray(result) ? result : ((result.IvrVFiles ?? []) as IDataObject[]);
	return applyLimit(this, files as IDataObject[], itemIndex);
}
