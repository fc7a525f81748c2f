import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { agentIdsField, teamIdsField } from '../CcaiPlatform/actions/agentStatus/fields';
import { getAgentStatuses } from '../CcaiPlatform/actions/agentStatus/get.operation';
import { CCAI_CREDENTIAL } from '../CcaiPlatform/transport';
import { isFetchTestEvent, pollTimeIso, pollResult, textList } from '../shared/polling';
import { parseIntegerList } from '../shared/validation';

/**
 * The cursor (workflow static data of this node): every watched agent's status as the last successful poll saw it,
 * keyed by agent ID. CCAI Platform reports only current statuses, so a change is "this poll's status differs from
 * the last poll's"; when it happened is not known more precisely than "between the two polls".
 */
interface CcaiCursor {
	statuses?: Record<string, string>;
	polledAt?: string;
}

function changeItem(record: IDataObject, previousStatus: string | null, changedAt: string): INodeExecutionData {
	return {
		json: {
			agentId: String(record.agent_id),
			name: record.name ?? null,
			email: record.email ?? null,
			previousStatus,
			status: record.status ?? null,
			changedAt,
			raw: record,
		},
	};
}

export class CcaiPlatformTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Google CCAI Platform Trigger',
		name: 'ccaiPlatformTrigger',
		icon: { light: 'file:../../icons/ccaiPlatform.svg', dark: 'file:../../icons/ccaiPlatform.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: 'Agent status changed',
		description: "Starts the workflow when an agent's status changes in Google Contact Center AI Platform",
		defaults: { name: 'Google CCAI Platform Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CCAI_CREDENTIAL, required: true }],
		properties: [
			{
				displayName:
					'Each poll reads the agents\' current statuses and emits one item per agent whose status changed since the previous poll. The first poll after activation only records the statuses and emits nothing. "Fetch Test Event" returns every agent\'s current status.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				...agentIdsField,
				description:
					'Comma-separated IDs of the agents to watch, e.g. 11, 12. Leave Agent IDs and Team IDs empty to watch every agent.',
			},
			{
				...teamIdsField,
				description: 'Comma-separated team IDs; every agent on these teams is watched as well',
			},
			{
				displayName: 'Statuses To Watch',
				name: 'statuses',
				type: 'string',
				default: '',
				placeholder: 'Break, Offline',
				description:
					'Comma-separated statuses (not case-sensitive). Only changes to one of them start the workflow. Empty: every change.',
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		// checked before any request; the item index is always 0 for a trigger
		const agentIds = parseIntegerList(this, this.getNodeParameter('agentIds', ''), 'Agent IDs', 0);
		const teamIds = parseIntegerList(this, this.getNodeParameter('teamIds', ''), 'Team IDs', 0);
		const watched = textList(this.getNodeParameter('statuses', '')).map((status) => status.toLowerCase());

		const records = (await getAgentStatuses.call(this, agentIds, teamIds)).filter(
			(record) => record && record.agent_id !== undefined && record.agent_id !== null,
		);
		const now = Date.now();
		const polledAt = pollTimeIso(this, now);
		const cursor = this.getWorkflowStaticData('node') as CcaiCursor & IDataObject;
		const known = cursor.statuses;

		if (isFetchTestEvent(this)) {
			// for mapping fields in the editor: every agent as it is now; the cursor is left alone
			return pollResult(records.map((record) => changeItem(record, known?.[String(record.agent_id)] ?? null, polledAt)));
		}

		const current: Record<string, string> = {};
		for (const record of records) current[String(record.agent_id)] = String(record.status ?? '');

		const items: INodeExecutionData[] = [];
		if (known !== undefined) {
			for (const record of records) {
				const id = String(record.agent_id);
				const previous = known[id];
				// an agent seen for the first time (added to a watched team) has no previous status: recorded only
				if (previous === undefined || previous === current[id]) continue;
				if (watched.length > 0 && !watched.includes(current[id].toLowerCase())) continue;
				items.push(changeItem(record, previous, polledAt));
			}
		}

		// only now that the request succeeded: the next poll compares with this one
		cursor.statuses = current;
		cursor.polledAt = polledAt;
		return pollResult(items);
	}
}
