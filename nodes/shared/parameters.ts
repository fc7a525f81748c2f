import type { IExecuteFunctions, IGetNodeParameterOptions, NodeParameterValueType } from 'n8n-workflow';

/**
 * Per-item parameter reads without n8n's per-call cost when the answer cannot differ between items.
 *
 * `getNodeParameter(name, itemIndex)` costs n8n a node-type lookup, a search of the node's property list with
 * display-option checks and a schema validation on every call — for a node with this package's property lists,
 * more than the rest of a Queue → Get item (bench: `npm run bench`, profile with BENCH_CPU_PROF). A parameter whose
 * stored value holds no expression (no string starting with "=", at any depth) resolves to the same value for every
 * item, so its first read in an execution is reused for the other items. Only primitive answers (string, number,
 * boolean) are reused, so no caller can change what another item gets. Anything with an expression is read per item
 * as before. Keyed by the execution context, like the credential reads (nodes/shared/credentials.ts).
 */
const constants = new WeakMap<object, Map<string, string | number | boolean>>();
/** Per execution context: the node's stored parameters (one copy; `getNode()` copies the node on every call). */
const storedParameters = new WeakMap<object, Record<string, unknown>>();

function holdsExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (Array.isArray(value)) return value.some(holdsExpression);
	if (value !== null && typeof value === 'object') return Object.values(value).some(holdsExpression);
	return false;
}

function isPrimitive(value: unknown): value is string | number | boolean {
	return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

export function itemParameter(
	ctx: IExecuteFunctions,
	name: string,
	itemIndex: number,
	fallback: unknown,
	options?: IGetNodeParameterOptions,
): NodeParameterValueType | object {
	const key = `${name}\u0000${options?.extractValue === true ? 'x' : ''}`;
	const known = constants.get(ctx)?.get(key);
	if (known !== undefined) return known;
	const value = ctx.getNodeParameter(name, itemIndex, fallback, options);
	let parameters = storedParameters.get(ctx);
	if (parameters === undefined) {
		parameters = (ctx.getNode().parameters ?? {}) as Record<string, unknown>;
		storedParameters.set(ctx, parameters);
	}
	if (isPrimitive(value) && !holdsExpression(parameters[name])) {
		let map = constants.get(ctx);
		if (map === undefined) {
			map = new Map();
			constants.set(ctx, map);
		}
		map.set(key, value);
	}
	return value;
}

/** What `storedParameter` needs of an n8n context (execute, webhook, hook or poll functions all have it). */
interface ParameterContext {
	getNode(): { parameters?: object };
	getNodeParameter(name: string, fallback?: unknown): unknown;
}

/**
 * A node-level parameter of a context without item data (a webhook call, a poll): the node's stored value when it
 * holds no expression — what `getNodeParameter` would resolve it to, without its per-call lookups — else n8n's
 * resolution. n8n's engine stores every parameter with its default filled in, so a missing one means the caller's
 * fallback, as in `getNodeParameter`. The node is copied once per context (`getNode()` copies it on every call).
 */
export function storedParameter<T>(ctx: ParameterContext, name: string, fallback: T): T {
	let parameters = storedParameters.get(ctx);
	if (parameters === undefined) {
		parameters = (ctx.getNode().parameters ?? {}) as Record<string, unknown>;
		storedParameters.set(ctx, parameters);
	}
	const stored = parameters[name];
	if (stored === undefined) return fallback;
	if (holdsExpression(stored)) return ctx.getNodeParameter(name, fallback) as T;
	return stored as T;
}
