import type { IExecuteFunctions } from 'n8n-workflow';

import { UDESK_CREDENTIAL } from '../../transport';

/**
 * cc_ad_task/numbers and cc_ad_task/stop name the application `app_id` and the task `ad_task_id`, in snake case,
 * unlike ads/task/*. As for every POST ("other parameters … through the request body"), they go in the JSON body;
 * the signed query string still carries AppId like every other call, so the server can find the application either way.
 */
export async function credentialAppId(ctx: IExecuteFunctions): Promise<string> {
	const credentials = await ctx.getCredentials(UDESK_CREDENTIAL);
	return String(credentials.appId ?? '');
}
