import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { invalid } from '../../helpers/validation';

/** Application fields that create and update share. */
export const hideUserNumField: INodeProperties = {
	displayName: 'Hide User Number',
	name: 'isHideUserNum',
	type: 'boolean',
	default: false,
	description: 'Whether to hide the customer\'s number on agent extensions',
};

export const memoField: INodeProperties = {
	displayName: 'Memo',
	name: 'memo',
	type: 'string',
	default: '',
	description: 'Description of the application',
};

/** The Callback URL, trimmed: empty, or an http(s) URL (the doc allows leaving it empty). */
export function readCallbackUrl(ctx: IExecuteFunctions, value: unknown, itemIndex: number): string {
	const url = String(value).trim();
	if (url !== '' && !/^https?:\/\/\S+$/i.test(url)) {
		throw invalid(ctx, `Callback URL: "${url}" is not valid — use an http:// or https:// URL`, itemIndex);
	}
	return url;
}
