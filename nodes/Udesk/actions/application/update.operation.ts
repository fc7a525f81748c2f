import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { invalid } from '../../helpers/validation';
import { udeskApiRequest } from '../../transport';
import { hideUserNumField, memoField, readCallbackUrl } from './fields';

const properties: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Callback URL',
				name: 'callbackUrl',
				type: 'string',
				default: '',
				description: 'Server callback URL for events, e.g. the URL of a udesk Trigger',
			},
			hideUserNumField,
			memoField,
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'New name of the application',
			},
			{
				displayName: 'Type',
				name: 'type',
				type: 'options',
				// The doc's update/get tables use these names, unlike create (1/0): see the udesk section of README.md.
				options: [
					{ name: 'Default', value: 'default' },
					{ name: 'External', value: 'external' },
				],
				default: 'default',
				description: 'Application type',
			},
		],
	},
];

const displayOptions = { show: { resource: ['application'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** PUT apps on the credential's application. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = {};
	if (fields.name !== undefined) {
		const name = String(fields.name).trim();
		if (name === '') throw invalid(this, 'Name: cannot be empty — remove the field to keep the current name', itemIndex);
		body.Name = name;
	}
	if (fields.type !== undefined) {
		if (fields.type !== 'default' && fields.type !== 'external') {
			throw invalid(this, `Type: "${String(fields.type)}" is not valid — use default or external`, itemIndex);
		}
		body.Type = fields.type;
	}
	if (fields.callbackUrl !== undefined) body.CallbackUrl = readCallbackUrl(this, fields.callbackUrl, itemIndex);
	if (fields.isHideUserNum !== undefined) body.IsHideUserNum = fields.isHideUserNum;
	if (fields.memo !== undefined) body.Memo = fields.memo;
	if (Object.keys(body).length === 0) {
		throw invalid(this, 'Update Fields: add at least one field to change', itemIndex);
	}

	await udeskApiRequest.call(this, 'PUT', 'apps', { body });
	const { appId } = await this.getCredentials('udeskApi');
	return [{ AppId: appId, updated: true, ...body }];
}
