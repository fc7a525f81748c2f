import type {
	IExecuteFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
	INodeProperties,
} from 'n8n-workflow';

import { itemParameter } from './parameters';

/**
 * "Pick, don't type": ID fields whose choices an API can list are resource locators (From List with search, By ID)
 * from node version 1.1, as n8n's own nodes do. Version 1 keeps the field it had (a dropdown or a text field) so a
 * workflow saved on version 1 shows and runs exactly as before; both are read with `readId`, which also accepts a
 * plain string (what version 1 saved, or what an expression gives).
 */

export interface LocatorSpec {
	displayName: string;
	name: string;
	/** Name of the node's `methods.listSearch` method filling From List. */
	searchListMethod: string;
	/** Placeholder of the By ID mode, e.g. "e.g. 10031". */
	idPlaceholder: string;
	description?: string;
	required?: boolean;
}

/** Node versions that show the resource locators (the old fields are shown for version 1 only). */
export const LOCATOR_VERSIONS = [{ _cnd: { gte: 1.1 } }];

export function resourceLocatorField(spec: LocatorSpec): INodeProperties {
	return {
		displayName: spec.displayName,
		name: spec.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: spec.required ?? true,
		...(spec.description ? { description: spec.description } : {}),
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select ${spec.displayName.toLowerCase().startsWith('a') ? 'an' : 'a'} ${spec.displayName.toLowerCase()}...`,
				typeOptions: { searchListMethod: spec.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: spec.idPlaceholder,
			},
		],
	};
}

function withVersions(property: INodeProperties, versions: Array<number | { _cnd: { gte: number } }>): INodeProperties {
	const show = { ...(property.displayOptions?.show ?? {}), '@version': versions };
	return { ...property, displayOptions: { ...(property.displayOptions ?? {}), show } };
}

/**
 * The version-1 field (shown for version 1 only) and its resource locator (version 1.1 on), under the same name:
 * `...versionedPicker(agentIdField, { … })` where the old field was.
 */
export function versionedPicker(legacy: INodeProperties, spec: Omit<LocatorSpec, 'name'> & { name?: string }): INodeProperties[] {
	const locator = resourceLocatorField({
		required: legacy.required,
		description: typeof legacy.description === 'string' ? legacy.description : undefined,
		...spec,
		name: spec.name ?? legacy.name,
	});
	return [withVersions(legacy, [1]), withVersions(locator, LOCATOR_VERSIONS)];
}

/** A resource-locator value ({__rl, mode, value}) → its value; anything else is given back as it is. */
export function locatorValue(value: unknown): unknown {
	if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'value' in value) {
		return (value as { value: unknown }).value;
	}
	return value;
}

/**
 * An ID parameter, whatever version saved it: n8n's extractValue for a resource locator, the plain string of a
 * version-1 dropdown or text field (or an expression) unchanged.
 */
export function readId(ctx: IExecuteFunctions, name: string, itemIndex: number, fallback: unknown = ''): unknown {
	return locatorValue(itemParameter(ctx, name, itemIndex, fallback, { extractValue: true }));
}

/** Filters a list for From List: case-insensitive match on name or value; n8n shows the results as given. */
export function searchResults(items: INodeListSearchItems[], filter?: string): INodeListSearchResult {
	const needle = (filter ?? '').trim().toLowerCase();
	const results = needle === ''
		? items
		: items.filter((item) => item.name.toLowerCase().includes(needle) || String(item.value).toLowerCase().includes(needle));
	return { results };
}
