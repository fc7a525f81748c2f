import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

export const taskIdField: INodeProperties = {
	displayName: 'Task ID',
	name: 'adTaskId',
	type: 'string',
	required: true,
	default: '',
	description: 'ID of the auto-dial task (AdTaskId)',
};

export const ratioField: INodeProperties = {
	displayName: 'Ratio',
	name: 'adTaskRatio',
	type: 'number',
	required: true,
	typeOptions: { minValue: 1, maxValue: 5, numberPrecision: 1 },
	default: 1,
	description: 'From 1.0 to 5.0: calls per free agent for ratio dialing, call intensity for predictive dialing',
};

/** Reads a trimmed, non-empty text parameter or fails naming the field. */
export function requiredText(ctx: IExecuteFunctions, name: string, label: string, itemIndex: number): string {
	const value = String(ctx.getNodeParameter(name, itemIndex, '') ?? '').trim();
	if (value === '') {
		throw new NodeOperationError(ctx.getNode(), `${label} is required`, { itemIndex });
	}
	return value;
}

/** Reads a number parameter (expressions may hand over text) and checks it lies in [min, max]. */
export function numberInRange(
	ctx: IExecuteFunctions,
	name: string,
	label: string,
	itemIndex: number,
	{ min, max, integer = false }: { min: number; max: number; integer?: boolean },
): number {
	const raw = ctx.getNodeParameter(name, itemIndex) as unknown;
	const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
	if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
		const kind = integer ? 'a whole number' : 'a number';
		const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
		throw new NodeOperationError(
			ctx.getNode(),
			`${label} must be ${kind} ${range} (got ${JSON.stringify(raw)})`,
			{ itemIndex },
		);
	}
	return value;
}

/** The auto-dial task types of the doc's AdTaskType, sent as the string the doc shows. */
export const TASK_TYPE_OPTIONS = [
	{ name: 'Precision', value: '1', description: 'Precise dialing: one call per free agent' },
	{ name: 'Prediction', value: '3', description: 'Predictive dialing, paced by the call intensity (Ratio)' },
	{ name: 'Ratio', value: '2', description: 'Ratio dialing: Ratio calls per free agent' },
	{ name: 'Robot', value: '5', description: 'Calls handled by a voice robot (Robot Token)' },
	{ name: 'Voice Broadcast', value: '4', description: 'Plays a recorded message (IVR ID)' },
];
