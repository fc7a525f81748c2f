import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/**
 * The canvas subtitle of an action node, in words a user reads: the chosen operation's action text ("Get daily
 * status summary") instead of the raw values (`getDailySummary: agentStatus`). Built from the node's own operation
 * properties, so it can never drift from the dropdowns; an unknown pair falls back to the raw operation value.
 */
export function operationSubtitle(properties: INodeProperties[]): string {
	const resources = (properties.find((property) => property.name === 'resource')?.options ?? []) as INodePropertyOptions[];
	const texts: Record<string, string> = {};
	for (const property of properties) {
		if (property.name !== 'operation' || property.type !== 'options') continue;
		const shown = property.displayOptions?.show?.resource as string[] | undefined;
		const forResources = shown ?? resources.map((resource) => String(resource.value));
		for (const option of (property.options ?? []) as INodePropertyOptions[]) {
			const text = option.action ?? option.name;
			for (const resource of forResources) texts[`${resource}:${String(option.value)}`] = text;
		}
	}
	return `={{ (${JSON.stringify(texts)})[$parameter["resource"] + ":" + $parameter["operation"]] ?? $parameter["operation"] }}`;
}
