import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { RequestContext } from '../../../shared/credentials';
import { readLimit } from '../../../shared/fields';
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
	const reportReady = ctx.getNodeParameter('reportReady', itemIndex, true) as boolean;

	const pages = await fetchPages(ctx, itemIndex, endpoint, qs, agentsOf, limit);
	if (!reportReady) return pages;
	return pages.flatMap(rowsOf).slice(0, limit).flat();
}

/**
 * The from/size loop itself (also what Zoho Voice Trigger pages with): pages of PAGE_SIZE agents from index 0 until a
 * page comes back short or `limit` agents were asked for. Returns Zoho's answers in order.
 */
export async function fetchPages(
	ctx: RequestContext,
	itemIndex: number,
	endpoint: string,
	qs: IDataObject,
	agentsOf: (body: IDataObject) => IDataObject[],
	limit = Infinity,
): Promise<IDataObject[]> {
	const pages: IDataObject[] = [];
	let from = 0;
	for (;;) {
		const size = Math.min(PAGE_SIZE, limit - from);
		const body = await zohoVoiceRequest.call(ctx, endpoint, { ...qs, from, size }, itemIndex);
		const count = agentsOf(body).length;
		pages.push(body);
		from += count;
		if (count === 0 || count < size || from >= limit) break;
	}
	return pages;
}
