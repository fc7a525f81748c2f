import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { UdeskEventCategory } from '../../helpers/events';
import { EVENT_CATEGORIES, EVENTS_BY_CATEGORY, eventOptions } from '../../helpers/events';

/** One multi-select per category of the doc, in the doc's order; the parameter name is the category. */
const CATEGORY_LABELS: Record<UdeskEventCategory, string> = {
	agent_state: 'Agent State Events',
	ext_state: 'Extension State Events',
	agent_call_mode: 'Agent Call Mode Events',
	call: 'Call Events',
};

export const categoryFields: INodeProperties[] = EVENT_CATEGORIES.map((category) => ({
	displayName: CATEGORY_LABELS[category],
	name: category,
	type: 'multiOptions',
	options: eventOptions(EVENTS_BY_CATEGORY[category]),
	default: [],
	description: `Events of the udesk category "${category}"`,
}));

/**
 * Builds the doc's body {Events: [{category, all_type: [...]}]} from the four multi-selects; categories left empty
 * are not sent. Event names outside a category's list (e.g. typed by expression) are refused before any request.
 */
export function eventsBody(ctx: IExecuteFunctions, itemIndex: number): IDataObject[] {
	const events: IDataObject[] = [];
	for (const category of EVENT_CATEGORIES) {
		const raw = ctx.getNodeParameter(category, itemIndex, []) as unknown;
		const chosen = (Array.isArray(raw) ? raw : String(raw ?? '').split(','))
			.map((event) => String(event).trim())
			.filter((event) => event !== '');
		const unknown = chosen.filter((event) => !EVENTS_BY_CATEGORY[category].includes(event));
		if (unknown.length) {
			throw new NodeOperationError(
				ctx.getNode(),
				`${CATEGORY_LABELS[category]}: "${unknown.join('", "')}" is not an event of category "${category}" — allowed: ${EVENTS_BY_CATEGORY[category].join(', ')}`,
				{ itemIndex },
			);
		}
		if (chosen.length) events.push({ category, all_type: [...new Set(chosen)] });
	}
	if (events.length === 0) {
		throw new NodeOperationError(ctx.getNode(), 'Choose at least one event in any of the event lists', {
			itemIndex,
			description: 'To unsubscribe from every event, use the operation "Delete All".',
		});
	}
	return events;
}
