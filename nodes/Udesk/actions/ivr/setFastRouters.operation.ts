import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { locatorValue } from '../../../shared/locator';
import { queueSelectField } from '../../helpers/fields';
import { requireFormat, requireValue } from '../../helpers/validation';
import { udeskApiRequest } from '../../transport';
import { SET_METHOD } from './setDefaultVoices.operation';
import { picker } from '../../helpers/locators';

const properties: INodeProperties[] = [
	{
		displayName: 'Routes',
		name: 'routes',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Route',
		default: {},
		description: 'Keys callers press in the IVR and the queue each one leads to. This is the whole table.',
		options: [
			{
				displayName: 'Route',
				name: 'route',
				values: [
					{
						displayName: 'Key',
						name: 'dtmf',
						type: 'options',
						options: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].map((key) => ({ name: key, value: key })),
						default: '1',
						description: 'The key (DTMF) the caller presses, 0 to 9',
					},
					...picker(queueSelectField({ description: 'The queue this key leads to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.' })),
					{
						displayName: 'Description',
						name: 'desc',
						type: 'string',
						default: '',
						required: true,
						description: 'Description of the queue for this key (Desc), e.g. Sales',
					},
				],
			},
		],
	},
];

const displayOptions = { show: { resource: ['ivr'], operation: ['setFastRouters'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { route = [] } = this.getNodeParameter('routes', itemIndex, {}) as {
		route?: Array<{ dtmf?: unknown; queueId?: unknown; desc?: unknown }>;
	};
	if (route.length === 0) {
		throw new NodeOperationError(this.getNode(), 'Routes: add at least one key', { itemIndex });
	}
	const seen = new Set<string>();
	const fastRouter = route.map((entry) => {
		const dtmf = requireFormat(this, entry.dtmf, 'Routes → Key', 'dtmf', itemIndex);
		if (seen.has(dtmf)) {
			throw new NodeOperationError(this.getNode(), `Routes → Key: "${dtmf}" is given more than once`, { itemIndex });
		}
		seen.add(dtmf);
		return {
			Dtmf: dtmf,
			Desc: requireValue(this, entry.desc, `Routes → Key ${dtmf} → Description`, itemIndex),
			QueueId: requireFormat(this, locatorValue(entry.queueId), `Routes → Key ${dtmf} → Queue`, 'queueId', itemIndex),
		};
	});
	await udeskApiRequest.call(this, SET_METHOD, 'ivrs/fastrouters', { body: { FastRouter: fastRouter } });
	return [{ FastRouter: fastRouter, updated: true }];
}
