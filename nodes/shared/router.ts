import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/**
 * Output items that carry files as well as JSON (e.g. a downloaded recording in `binary`). An operation returns
 * `{ items }` instead of plain rows when it has binary data; the router pairs them like rows.
 */
export interface OperationItems {
	items: INodeExecutionData[];
}

/**
 * One operation of one resource: reads its parameters for input item `itemIndex`, talks to the vendor through the
 * node's transport and returns the rows (or, with files, the items) that become output items, each paired with
 * that input item.
 */
export type OperationExecute = (this: IExecuteFunctions, itemIndex: number) => Promise<IDataObject[] | OperationItems>;

/** What an operation module exports (`description` aside). */
export interface Operation {
	execute: OperationExecute;
	/**
	 * `true` when the operation only reads at the vendor (GET a record, a list, a report): its items may then run
	 * several at a time (see ParallelReads). Anything else — creating, changing, deleting, dialling — runs one item
	 * after the other, in input order, exactly as before.
	 */
	readOnly?: boolean;
}

export type OperationMap = Record<string, Record<string, Operation>>;

/** How many reads of one execution a node lets be in flight at once, from the vendor's documented limits. */
export interface ParallelReads {
	/** The most the vendor allows; 1 means reads run one at a time too, and the node shows no option. */
	max: number;
}

export const SEQUENTIAL: ParallelReads = { max: 1 };

/** The option's default: 4 reads in flight, or the vendor's maximum when that is lower. */
export const DEFAULT_PARALLEL_REQUESTS = 4;

function defaultParallel(parallel: ParallelReads): number {
	return Math.max(1, Math.min(DEFAULT_PARALLEL_REQUESTS, parallel.max));
}

/** Node parameter that sets how many reads are in flight at once. */
export const PARALLEL_REQUESTS = 'parallelRequests';

/**
 * The "Parallel Requests" option, shown only on read operations (one property per resource, so each shows on that
 * resource's read operations only). None when the vendor's limits allow one request at a time.
 */
export function parallelRequestsProperties(operations: OperationMap, parallel: ParallelReads): INodeProperties[] {
	if (parallel.max <= 1) return [];
	const properties: INodeProperties[] = [];
	for (const [resource, resourceOperations] of Object.entries(operations)) {
		const reads = Object.entries(resourceOperations)
			.filter(([, operation]) => operation.readOnly === true)
			.map(([name]) => name);
		if (reads.length === 0) continue;
		const property: INodeProperties = {
			displayName: 'Parallel Requests',
			name: PARALLEL_REQUESTS,
			type: 'number',
			typeOptions: { minValue: 1, maxValue: parallel.max, numberPrecision: 0 },
			default: 4,
			description: `How many input items are read at the same time (1 to ${parallel.max}). Output keeps the input order; changes are always sent one item at a time.`,
			displayOptions: { show: { resource: [resource], operation: reads } },
		};
		property.default = defaultParallel(parallel);
		properties.push(property);
	}
	return properties;
}

/** Result of one item, kept until every earlier item is known so output stays in input order. */
type Outcome = { rows: IDataObject[] } | { items: INodeExecutionData[] } | { error: unknown };

/**
 * The loop every action node in this package shares (Airtable v2 / Microsoft Teams v2 style router): resolve
 * resource → operation, run it per item, pair every output row with its input item, and honour "Continue On Fail"
 * by emitting `{ error }` for the failed item instead of stopping the workflow.
 *
 * Read operations run up to "Parallel Requests" items at once (a pool: a new item starts when one finishes; the first
 * item runs alone). Output
 * is in input order whatever order the answers arrive in. Without Continue On Fail, no new item starts once one has
 * failed; the items already in flight finish, and the error of the lowest failing item — the one a one-at-a-time
 * run would have stopped at — is thrown. Writes use the same loop with one item in flight.
 */
export async function routeOperations(
	this: IExecuteFunctions,
	operations: OperationMap,
	parallel: ParallelReads = SEQUENTIAL,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	if (items.length === 0) return [[]];

	// resource and operation are noDataExpression parameters: the same for every item.
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const handler = operations[resource]?.[operation];
	if (handler === undefined) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operation}" is not known for resource "${resource}"`,
			{ itemIndex: 0 },
		);
	}

	let inFlight = 1;
	if (handler.readOnly === true && parallel.max > 1) {
		inFlight = this.getNodeParameter(PARALLEL_REQUESTS, 0, defaultParallel(parallel)) as number;
		if (!Number.isInteger(inFlight) || inFlight < 1 || inFlight > parallel.max) {
			throw new NodeOperationError(
				this.getNode(),
				`Parallel Requests: "${inFlight}" is not valid — use a whole number from 1 to ${parallel.max}`,
				{ itemIndex: 0 },
			);
		}
	}

	const continueOnFail = this.continueOnFail();
	const outcomes: Array<Outcome | undefined> = new Array(items.length);
	let next = 0;
	let stopped = false;
	const step = async () => {
		const itemIndex = next++;
		try {
			const result = await handler.execute.call(this, itemIndex);
			outcomes[itemIndex] = Array.isArray(result) ? { rows: result } : { items: result.items };
		} catch (error) {
			outcomes[itemIndex] = { error };
			if (!continueOnFail) stopped = true;
		}
	};
	const worker = async () => {
		while (!stopped && next < items.length) await step();
	};
	// In parallel, the first item runs alone: it settles what every other request then shares (a token n8n
	// generates or refreshes and saves, the credential read), and a wrong credential fails once, not N times.
	if (inFlight > 1) await step();
	await Promise.all(Array.from({ length: Math.min(inFlight, items.length) }, worker));

	const returnData: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const outcome = outcomes[itemIndex];
		if (outcome === undefined) break; // not started: an earlier item failed (and threw below)
		if ('rows' in outcome) {
			// One output item per row, straight into the output: no intermediate arrays for long Return All lists.
			const pairedItem = { item: itemIndex };
			for (const json of outcome.rows) returnData.push({ json, pairedItem });
			continue;
		}
		if ('items' in outcome) {
			// items with files (e.g. a downloaded recording in `binary`), paired like rows
			const pairedItem = { item: itemIndex };
			for (const item of outcome.items) returnData.push({ ...item, pairedItem });
			continue;
		}
		const { error } = outcome;
		if (continueOnFail) {
			const json: IDataObject = { error: (error as Error).message };
			const description = (error as NodeApiError).description;
			if (description) json.description = description;
			returnData.push({ json, pairedItem: { item: itemIndex } });
			continue;
		}
		// n8n errors keep their message, description and HTTP code; anything else is wrapped for the UI.
		const nodeError =
			error instanceof NodeApiError || error instanceof NodeOperationError
				? error
				: new NodeOperationError(this.getNode(), error as Error, { itemIndex });
		nodeError.context.itemIndex ??= itemIndex;
		throw nodeError;
	}

	return [returnData];
}
