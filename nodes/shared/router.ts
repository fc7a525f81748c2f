import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
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

export type OperationMap = Record<string, Record<string, { execute: OperationExecute }>>;

/**
 * The loop every action node in this package shares (Airtable v2 / Microsoft Teams v2 style router): resolve
 * resource → operation per item, run it, pair every output row with its input item, and honour "Continue On Fail"
 * by emitting `{ error }` for the failed item instead of stopping the workflow.
 */
export async function routeOperations(
	this: IExecuteFunctions,
	operations: OperationMap,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const returnData: INodeExecutionData[] = [];

	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const resource = this.getNodeParameter('resource', itemIndex) as string;
		const operation = this.getNodeParameter('operation', itemIndex) as string;
		const handler = operations[resource]?.[operation];
		if (handler === undefined) {
			throw new NodeOperationError(
				this.getNode(),
				`The operation "${operation}" is not known for resource "${resource}"`,
				{ itemIndex },
			);
		}

		try {
			const result = await handler.execute.call(this, itemIndex);
			const executionData = this.helpers.constructExecutionMetaData(
				Array.isArray(result) ? this.helpers.returnJsonArray(result) : result.items,
				{ itemData: { item: itemIndex } },
			);
			returnData.push(...executionData);
		} catch (error) {
			if (this.continueOnFail()) {
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
	}

	return [returnData];
}
