import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readId } from '../../../shared/locator';
import { queueSelectField } from '../../helpers/fields';
import { requireFormat } from '../../helpers/validation';
import { udeskApiRequest } from '../../transport';
import { picker } from '../../helpers/locators';

const properties: INodeProperties[] = [
	{
		displayName:
			'The udesk documentation marks this endpoint as having issues ("temporarily ignored"). If it fails or returns nothing on your server, use Get Many, which lists every queue.',
		name: 'unreliableNotice',
		type: 'notice',
		default: '',
	},
	...picker(queueSelectField()),
];

const displayOptions = { show: { resource: ['queue'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Only reads at the vendor: items may run in parallel (nodes/shared/router.ts). */
export const readOnly = true;

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const queueId = requireFormat(this, readId(this, 'queueId', itemIndex), 'Queue', 'queueId', itemIndex);
	const response = await udeskApiRequest.call(this, 'GET', `queues/${encodeURIComponent(queueId)}`);
	const result = response.Result;
	return result && typeof result === 'object' && !Array.isArray(result) ? [result as IDataObject] : [];
}
