import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { requireValue } from '../../helpers/validation';

export const callIdField: INodeProperties = {
	displayName: 'Call ID',
	name: 'callId',
	type: 'string',
	required: true,
	default: '',
	placeholder: '97688e57-7a36-40f7-694a-393d4d1a10d3',
	description: 'ID of the call, e.g. as returned by Originate or carried in call events',
};

/**
 * hold, resume and transfer require on_succ / on_failed (and transfer two more) that the doc says to "fill with any
 * non-empty string". They are sent as "n8n" unless the user names them, e.g. to recognise the events they tag.
 */
export const CALLBACK_TAG_DEFAULT = 'n8n';

export function callbackTagsField(names: Array<{ displayName: string; name: string; description: string }>): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: names.map(({ displayName, name, description }) => ({
			displayName,
			name,
			type: 'string',
			default: CALLBACK_TAG_DEFAULT,
			description: `${description}. udesk requires a non-empty value; the node sends "${CALLBACK_TAG_DEFAULT}" unless you set one.`,
		})),
	};
}

export const HOLD_TAGS = [
	{ displayName: 'On Success Tag', name: 'on_succ', description: 'Value sent as on_succ' },
	{ displayName: 'On Failure Tag', name: 'on_failed', description: 'Value sent as on_failed' },
];

/** The tags of `names`, each the user's non-empty value or the default. */
export function callbackTags(
	ctx: IExecuteFunctions,
	itemIndex: number,
	names: Array<{ displayName: string; name: string }>,
): IDataObject {
	const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const tags: IDataObject = {};
	for (const { displayName, name } of names) {
		tags[name] =
			options[name] === undefined ? CALLBACK_TAG_DEFAULT : requireValue(ctx, options[name], displayName, itemIndex);
	}
	return tags;
}
