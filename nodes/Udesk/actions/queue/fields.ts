import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionalInteger, requireValue } from '../../helpers/validation';

export const queueNameField: INodeProperties = {
	displayName: 'Queue Name',
	name: 'queueName',
	type: 'string',
	required: true,
	default: '',
	description: 'Name of the queue (QueueName)',
};

export function queueSettingsField(timeoutDefault: string): INodeProperties {
	return {
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Max Length',
				name: 'maxLength',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 512 },
				default: 128,
				description: 'Maximum number of callers waiting in the queue, at most 512 (udesk default: 128)',
			},
			{
				displayName: 'Strategy',
				name: 'strategy',
				type: 'string',
				default: 'longest_idle',
				description:
					'Queuing strategy. The doc names only longest_idle (the default, the agent idle for longest gets the call); other values your udesk server accepts can be typed in.',
			},
			{
				displayName: 'Timeout (Seconds)',
				name: 'timeout',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 60,
				description: `How long a caller may wait in the queue, in seconds (${timeoutDefault})`,
			},
		],
	};
}

/** QueueName plus the optional settings, validated, in the doc's field names. */
export function queueBody(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const body: IDataObject = {
		QueueName: requireValue(ctx, ctx.getNodeParameter('queueName', itemIndex), 'Queue Name', itemIndex),
	};
	const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const strategy = fields.strategy === undefined ? '' : String(fields.strategy).trim();
	if (strategy !== '') body.Strategy = strategy;
	const timeout = optionalInteger(ctx, fields.timeout, 'Timeout (Seconds)', itemIndex, { min: 0, max: 86400 });
	if (timeout !== undefined) body.Timeout = timeout;
	const maxLength = optionalInteger(ctx, fields.maxLength, 'Max Length', itemIndex, { min: 1, max: 512 });
	if (maxLength !== undefined) body.MaxLength = maxLength;
	return body;
}
