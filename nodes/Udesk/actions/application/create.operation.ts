import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { invalid } from '../../helpers/validation';
import { udeskApiRequest } from '../../transport';
import { hideUserNumField, memoField, readCallbackUrl } from './fields';

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		description: 'Name of the new application (tenant)',
	},
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: [
			{ name: 'Call Center Platform', value: 1 },
			{ name: 'Telemarketing Platform', value: 0 },
		],
		default: 1,
		description: 'Platform type of the application',
	},
	{
		displayName: 'Callback URL',
		name: 'callbackUrl',
		type: 'string',
		default: '',
		placeholder: 'https://n8n.example.com/webhook/udesk',
		description: 'Server callback URL for events, e.g. the URL of a udesk Trigger. May be left empty.',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			hideUserNumField,
			memoField,
		],
	},
	{
		displayName:
			'The output contains the application Secret. Copy it into the App Secret field of your udesk credential: the udesk Trigger needs it to verify callbacks, and it is not shown again by other operations.',
		name: 'secretNotice',
		type: 'notice',
		default: '',
	},
];

const displayOptions = { show: { resource: ['application'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * POST apps. The only call without AppId (the credential's APP_ID_QUIRKS leaves it out). The answer's Secret is the
 * user's own callback-signing key: this is the one operation that returns it, first in the item next to AppId.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const name = String(this.getNodeParameter('name', itemIndex, '')).trim();
	if (name === '') throw invalid(this, 'Name is required: give the new application a name', itemIndex);
	const type = Number(this.getNodeParameter('type', itemIndex, 1));
	if (type !== 0 && type !== 1) {
		throw invalid(this, `Type: "${type}" is not valid — use 1 (Call Center Platform) or 0 (Telemarketing Platform)`, itemIndex);
	}
	const callbackUrl = readCallbackUrl(this, this.getNodeParameter('callbackUrl', itemIndex, ''), itemIndex);
	const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;

	const body: IDataObject = { Name: name, Type: type, CallbackUrl: callbackUrl };
	if (additional.isHideUserNum !== undefined) body.IsHideUserNum = additional.isHideUserNum;
	if (additional.memo !== undefined && additional.memo !== '') body.Memo = additional.memo;

	const response = await udeskApiRequest.call(this, 'POST', 'apps', { body });
	const result = (response.Result ?? {}) as IDataObject;
	const { AppId, Secret, ...rest } = result;
	return [{ AppId, Secret, ...rest }];
}
