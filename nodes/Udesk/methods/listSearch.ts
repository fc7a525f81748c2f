import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { searchResults } from '../../shared/locator';
import { udeskApiRequest } from '../transport';
import { getAgents, getMessageSubscriptions, getQueues, getRelayNumbers } from './loadOptions';

/**
 * From List of the resource locators (node version 1.1). Every list comes from the endpoint the doc gives for it;
 * udesk has no server-side search, so the filter is applied to the loaded list.
 */

type Loader = (this: ILoadOptionsFunctions) => Promise<Array<{ name: string; value: string | number | boolean }>>;

async function fromOptions(ctx: ILoadOptionsFunctions, loader: Loader, filter?: string): Promise<INodeListSearchResult> {
	const options = await loader.call(ctx);
	return searchResults(options.map((option) => ({ name: option.name, value: String(option.value) })), filter);
}

/** GET agents (every page). */
export async function searchAgents(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await fromOptions(this, getAgents, filter);
}

/** GET queues. */
export async function searchQueues(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await fromOptions(this, getQueues, filter);
}

/** GET spnumbers. */
export async function searchRelayNumbers(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await fromOptions(this, getRelayNumbers, filter);
}

/** GET subscriptions (rows without an ID cannot be chosen; see getMessageSubscriptions). */
export async function searchMessageSubscriptions(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await fromOptions(this, getMessageSubscriptions, filter);
}

/** GET ivrs/vfiles: Result.IvrVFiles [{FileName, FileType, FileDesc}]. */
export async function searchVoiceFiles(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const response = await udeskApiRequest.call(this, 'GET', 'ivrs/vfiles');
	const files = ((response.Result as IDataObject | undefined)?.IvrVFiles ?? []) as IDataObject[];
	const items: INodeListSearchItems[] = (Array.isArray(files) ? files : [])
		.filter((file) => typeof file.FileName === 'string' && file.FileName !== '')
		.map((file) => ({
			name: file.FileDesc ? `${String(file.FileName)} (${String(file.FileDesc)})` : String(file.FileName),
			value: String(file.FileName),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
	return searchResults(items, filter);
}
