import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Reads a list-of-IDs parameter that users fill in as "11, 12" (or map from an expression as an array or a number)
 * and returns the IDs as positive integers. Anything else is a NodeOperationError that names the field, raised before
 * any request is sent.
 */
export function parseIntegerList(
	ctx: Pick<IExecuteFunctions, 'getNode'>,
	value: unknown,
	fieldLabel: string,
	itemIndex: number,
): number[] {
	if (value === undefined || value === null || value === '') return [];
	const parts: unknown[] = Array.isArray(value)
		? value
		: typeof value === 'number'
			? [value]
			: String(value)
					.split(',')
					.map((part) => part.trim())
					.filter((part) => part !== '');
	return parts.map((part) => {
		const text = String(part).trim();
		if (!/^\d+$/.test(text) || Number(text) <= 0 || !Number.isSafeInteger(Number(text))) {
			throw new NodeOperationError(
				ctx.getNode(),
				`${fieldLabel}: "${text}" is not a valid ID — use positive whole numbers separated by commas, e.g. 11, 12`,
				{ itemIndex },
			);
		}
		return Number(text);
	});
}
