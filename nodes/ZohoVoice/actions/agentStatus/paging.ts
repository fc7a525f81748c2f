import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { RequestContext } from '../../../shared/credentials';
import { readLimit } from '../../../shared/fields';
import { readOutputMode } from '../../../shared/simplify';
import { PAGE_SIZE, zohoVoiceRequest } from '../../transport';

/**
 * from/size paging over agents (the lists inside every metrics answer are per agent). "Return All" asks for pages of
 * PAGE_SIZE until a page comes back short; otherwise it asks for no more agents than the Limit. With Report-Ready
 * Output on, the rows of at most Limit agents are returned; off, each page's raw answer is one item.
 */
export async function fetchAgentPages(
	ctx: IExecuteFunctions,
	itemIndex: number,
	endpoint: string,
	qs: IDataObject,
	agentsOf: (body: IDataObject) => IDataObject[],
	rowsOf: (body: IDataObject) => IDataObject[][],
): Promise<IDataObject[]> {
	const limit = readLimit(ctx, itemIndex) ?? Infinity;
	// Simplified items are made from the report rows, whatever Report-Ready Output says.
	const reportReady =
		readOutputMode(ctx, itemIndex) === 'simple' || (ctx.getNodeParameter('reportReady', itemIndex, true) as boolean);

	// Each page goes straight into the output as it arrives — its rows (Report-Ready Output) or the page itself —
	// so nothing is held twice: no list of pages next to the rows, no final copy.
	const output: IDataObject[] = [];
	let agents = 0;
	await walkPages(ctx, itemIndex, endpoint, qs, agentsOf, limit, (body) => {
		if (!reportReady) {
			output.push(body);
			return;
		}
		for (const group of rowsOf(body)) {
			if (agents >= limit) break;
			agents++;
			for (const row of group) output.push(row);
		}
	});
	return output;
}

/**
 * The from/size loop itself: pages of PAGE_SIZE agents from index 0 until a page comes back short or `limit` agents
 * were asked for; each answer is handed to `onPage` in order as it arrives.
 */
async function walkPages(
	ctx: RequestContext,
	itemIndex: number,
	endpoint: string,
	qs: IDataObject,
	agentsOf: (body: IDataObject) => IDataObject[],
	limit: number,
	onPage: (body: IDataObject) => void,
): Promise<void> {
	let from = 0;
	for (;;) {
		const size = Math.min(PAGE_SIZE, limit - from);
		const body = await zohoVoiceRequest.call(ctx, endpoint, { ...qs, from, size }, itemIndex);
		const count = agentsOf(body).length;
		onPage(body);
		from += count;
		if (count === 0 || count < size || from >= limit) break;
	}
}

/** Zoho's answers in order (what Zoho Voice Trigger pages with), through the same loop. */
export async function fetchPages(
	ctx: RequestContext,
	itemIndex: number,
	endpoint: string,
	qs: IDataObject,
	agentsOf: (body: IDataObject) => IDataObject[],
	limit = Infinity,
): Promise<IDataObject[]> {
	const pages: IDataObject[] = [];
	await walkPages(ctx, itemIndex, endpoint, qs, agentsOf, limit, (body) => pages.push(body));
	return pages;
}
