import type { IDataObject } from 'n8n-workflow';

import type { FieldRule, SimplifyMapping } from '../../shared/simplify';
import { asText, normalizeDirection, rule } from '../../shared/simplify';
import { AGENT_STATE_NAMES, enumName } from './format';

/**
 * udesk → the package's simplified shape (nodes/shared/simplify.ts). One table per kind of udesk record; the action
 * node's read operations and any udesk trigger use these, so their items look alike. Field names are the doc's
 * (ccapi v2: CallLog, RecFile, AgentStateLog, AgentList). Epoch fields are milliseconds.
 */

/** udesk's DestNumber is "User number" and SpNumber the relay (trunk) number: who called whom follows CallType. */
function party(side: 'from' | 'to'): FieldRule {
	return (record) => {
		const inbound = normalizeDirection(record.CallType) === 'inbound';
		const user = asText(record.DestNumber);
		const relay = asText(record.SpNumber);
		return (side === 'from') === inbound ? user : relay;
	};
}

/**
 * A state by name: the name the action node already added (StateName, CurStateName…, with the agent client's words),
 * else the doc's enum 0–4 by name, else the state as udesk sent it (e.g. a raw record in a trigger).
 */
function stateName(named: unknown, code: unknown): string | null {
	return asText(named) ?? enumName(AGENT_STATE_NAMES, code) ?? asText(code);
}

const agentState: FieldRule = (record) => stateName(record.StateName, record.State);

/** calls/logs — one completed call. */
export const UDESK_CALL_LOG: SimplifyMapping = {
	agentId: rule.text('AgentId'),
	agentName: rule.text('AgentName'),
	status: rule.text('EndType'),
	startedAt: rule.epoch('StartTime'),
	endedAt: rule.epoch('EndTime'),
	durationSeconds: rule.number('TotalDuration'),
	callId: rule.text('CallId'),
	direction: rule.direction('CallType'),
	from: party('from'),
	to: party('to'),
	talkSeconds: rule.number('CallDuration'),
	hangupBy: rule.text('HangupBy'),
	// only when the row carries RecFileUrl (Download Recording looks it up for each call)
	recordingUrl: rule.ifKey('RecFileUrl'),
};

/** calls/recfiles — one recording. */
export const UDESK_RECORDING: SimplifyMapping = {
	startedAt: rule.epoch('StartTime'),
	endedAt: rule.epoch('EndTime'),
	durationSeconds: rule.number('Duration'),
	callId: rule.text('CallId'),
	recordingUrl: rule.text('RecFileUrl'),
};

/** agents/statelogs — one period an agent spent in a state. */
export const UDESK_STATE_LOG: SimplifyMapping = {
	agentId: rule.text('AgentId'),
	agentName: rule.text('AgentName'),
	status: (record) => stateName(record.CurStateName, record.CurState),
	startedAt: rule.epoch('StartTime'),
	endedAt: rule.epoch('EndTime'),
	durationSeconds: rule.number('Duration'),
	previousStatus: (record: IDataObject) => stateName(record.OldStateName, record.OldState),
};

/** agents, agents/{AgentId} — one agent (seat) with its current state. */
export const UDESK_AGENT: SimplifyMapping = {
	agentId: rule.text('AgentId'),
	agentName: rule.text('Name'),
	status: agentState,
	email: rule.text('Email'),
	workId: rule.text('WorkId'),
};
