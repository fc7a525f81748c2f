import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

export const returnAllField: INodeProperties = {
	displayName: 'Return All',
	name: 'returnAll',
	type: 'boolean',
	default: false,
	description: 'Whether to return all results or only up to a given limit',
};

export const limitField: INodeProperties = {
	displayName: 'Limit',
	name: 'limit',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 50,
	description: 'Max number of results to return',
	displayOptions: { show: { returnAll: [false] } },
};

/**
 * The "Return All" / "Limit" pair n8n's own list operations use (Limit 50 by default, shown only when Return All is
 * off). Add the operation's display options with updateDisplayOptions.
 */
export const returnAllOrLimit: INodeProperties[] = [returnAllField, limitField];

/** The Limit as entered, or undefined when Return All is on (Limit is not read then). */
export function readLimit(ctx: IExecuteFunctions, itemIndex: number): number | undefined {
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
	if (returnAll) return undefined;
	return ctx.getNodeParameter('limit', itemIndex, 50) as number;
}

/** Client-side Return All / Limit, for endpoints that answer the whole list at once. */
export function applyLimit<T>(ctx: IExecuteFunctions, rows: T[], itemIndex: number): T[] {
	const limit = readLimit(ctx, itemIndex);
	return limit === undefined ? rows : rows.slice(0, limit);
}
