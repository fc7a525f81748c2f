import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { STATUSES, agentIdsField, parseIds } from '../ZohoVoice/actions/agentStatus/fields';
import { fetchPages } from '../ZohoVoice/actions/agentStatus/paging';
import { iso, seconds, statusLogAgents } from '../ZohoVoice/actions/agentStatus/report';
import { ZOHO_VOICE_CREDENTIAL } from '../ZohoVoice/transport';
import { isFetchTestEvent, pollResult } from '../shared/polling';

/**
 * Each poll asks statusaudit/list for the window [last poll − OVERLAP_MS, now]. The overlap re-reads the edge of the
 * previous window, so a change is not lost when Zoho lists it a little late, when its and n8n's clocks differ, or
 * whichever way Zoho treats a change exactly at fromEpoch/toEpoch (the doc does not say); the log IDs of the changes
 * already emitted (kept for the overlap only) stop it from being emitted twice.
 */
export const OVERLAP_MS = 5 * 60_000;
/** Fetch Test Event looks this far back (it changes no cursor). */
const TEST_EVENT_WINDOW_MS = 24 * 3_600_000;
const TEST_EVENT_MAX_ITEMS = 10;

/** The cursor (workflow static data of this node), written only after every page of a poll arrived. */
interface ZohoCursor {
	/** toEpoch of the last successful poll. */
	until?: number;
	/** Key of every status change seen in [until − OVERLAP_MS, until] → its current_action_time. */
	seen?: Record<string, number>;
}

interface Change {
	key: string;
	at: number;
	hit: IDataObject;
	agent: IDataObject;
}

/** A hit's identity: Zoho's log ID; without one, agent, time and new status. */
function changeKey(hit: IDataObject, agent: IDataObject): string {
	if (typeof hit.logid === 'string' && hit.logid !== '') return hit.logid;
	return `${String(hit.agent_id ?? agent.agent_id)}@${String(hit.current_action_time)}>${String(hit.current_status)}`;
}

/** Every status change (hit) in the answers whose time is within [from, to], oldest first. */
function changesIn(pages: IDataObject[], from: number, to: number): Change[] {
	const changes: Change[] = [];
	for (const page of pages) {
		for (const agent of statusLogAgents(page)) {
			const days = Array.isArray(agent.dates) ? (agent.dates as IDataObject[]) : [];
			for (const day of days) {
				for (const hit of Array.isArray(day?.hits) ? (day.hits as IDataObject[]) : []) {
					const at = Number(hit?.current_action_time);
					if (!Number.isFinite(at) || at < from || at > to) continue;
					changes.push({ key: changeKey(hit, agent), at, hit, agent });
				}
			}
		}
	}
	return changes.sort((a, b) => a.at - b.at || a.key.localeCompare(b.key));
}

function changeItem({ at, hit, agent }: Change, zone: string): INodeExecutionData {
	return {
		json: {
			agentId: String(hit.agent_id ?? agent.agent_id ?? ''),
			agentName: hit.agentName ?? agent.agentName ?? null,
			agentEmail: hit.agentEmail ?? agent.agentEmail ?? null,
			previousStatus: hit.previous_status ?? null,
			status: hit.current_status ?? null,
			changedAt: iso(at, zone),
			changedAtEpoch: at,
			previousStatusSince: iso(hit.previous_action_time, zone),
			previousStatusSeconds: seconds(hit.duration),
			triggeredBy: hit.triggered_by || null,
			triggeredByUser: hit.triggered_by_username || null,
			reason: hit.triggered_reason || null,
			reasonDescription: hit.triggered_reason_desc || null,
			logId: hit.logid ?? null,
			raw: hit,
		},
	};
}

export class ZohoVoiceTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Zoho Voice Trigger',
		name: 'zohoVoiceTrigger',
		icon: { light: 'file:../../icons/zohoVoice.svg', dark: 'file:../../icons/zohoVoice.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: 'Agent status changed',
		description: "Starts the workflow when an agent's status changes in Zoho Voice (from the agent status log)",
		defaults: { name: 'Zoho Voice Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: ZOHO_VOICE_CREDENTIAL, required: true }],
		properties: [
			{
				displayName:
					'Each poll reads the agents\' status log since the previous poll and emits every new status change once. The first poll after activation only marks where to start and emits nothing. "Fetch Test Event" returns the latest changes of the last 24 hours.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				...agentIdsField,
				required: true,
				description: 'Comma-separated IDs of the agents to watch (Zoho requires them for the status log)',
			},
			{
				displayName: 'Statuses To Watch',
				name: 'statuses',
				type: 'multiOptions',
				options: STATUSES.map((status) => ({ name: status, value: status })),
				default: [],
				description: 'Only changes to one of these statuses start the workflow. None selected: every change.',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [
					{
						displayName: 'Include Entries Without a Change',
						name: 'includeSameStatus',
						type: 'boolean',
						default: false,
						description:
							'Whether to emit log entries whose new status equals the previous one, such as "Automatic Check In" by an agent schedule',
					},
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const agentIds = parseIds(this, this.getNodeParameter('agentIds', ''), 'Agent IDs', 0);
		if (agentIds.length === 0) {
			throw new NodeOperationError(this.getNode(), 'Agent IDs is required: give at least one agent ID, e.g. 3029000000002015');
		}
		const watched = (this.getNodeParameter('statuses', []) as string[]) ?? [];
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const includeSameStatus = options.includeSameStatus === true;
		const zone = this.getTimezone();
		const cursor = this.getWorkflowStaticData('node') as ZohoCursor & IDataObject;

		const now = Date.now();
		const testEvent = isFetchTestEvent(this);
		const firstPoll = !testEvent && typeof cursor.until !== 'number';
		const from = testEvent ? now - TEST_EVENT_WINDOW_MS : firstPoll ? now - OVERLAP_MS : Math.min(cursor.until as number, now) - OVERLAP_MS;

		// one request per 100 agents; fails as a whole, before the cursor moves
		const pages = await fetchPages(this, 0, 'statusaudit/list', { fromEpoch: from, toEpoch: now, agentIds: agentIds.join(','), tz: zone }, statusLogAgents);
		const changes = changesIn(pages, from, now);

		const wanted = (change: Change) =>
			(includeSameStatus || change.hit.previous_status !== change.hit.current_status) &&
			(watched.length === 0 || watched.includes(String(change.hit.current_status)));

		if (testEvent) {
			return pollResult(changes.filter(wanted).slice(-TEST_EVENT_MAX_ITEMS).map((change) => changeItem(change, zone)));
		}

		const seen = firstPoll ? {} : (cursor.seen ?? {});
		const fresh = changes.filter((change) => seen[change.key] === undefined);
		// the first poll only marks what is already in the log, so that none of it is emitted later
		const items = firstPoll ? [] : fresh.filter(wanted).map((change) => changeItem(change, zone));

		// the next window starts at now − OVERLAP_MS: only keys that can come back again are kept
		const nextSeen: Record<string, number> = {};
		for (const [key, at] of Object.entries(seen)) if (at >= now - OVERLAP_MS) nextSeen[key] = at;
		for (const change of changes) if (change.at >= now - OVERLAP_MS) nextSeen[change.key] = change.at;
		cursor.until = now;
		cursor.seen = nextSeen;
		return pollResult(items);
	}
}
