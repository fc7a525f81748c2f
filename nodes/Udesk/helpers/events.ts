import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * The event names udesk CTI Cloud sends, exactly as the doc's "Subscribe to Events" section lists them, by category.
 * Shared by the action node (event and message subscriptions) and the udesk Trigger.
 */
export const EVENT_CATEGORIES = ['agent_state', 'ext_state', 'agent_call_mode', 'call'] as const;

export type UdeskEventCategory = (typeof EVENT_CATEGORIES)[number];

export const AGENT_STATE_EVENTS = ['acd_agent_state'] as const;

export const EXT_STATE_EVENTS = ['ext_state'] as const;

export const AGENT_CALL_MODE_EVENTS = ['agent_call_mode_change'] as const;

export const CALL_EVENTS = [
	'agent_breakout',
	'agent_interrupt',
	'asr_gather_fail',
	'asr_gather_succ',
	'begin',
	'call_notes',
	'consult_fail',
	'consult_succ',
	'dtmf_gather_fail',
	'dtmf_gather_succ',
	'eavesdrop_fail',
	'eavesdrop_succ',
	'end',
	'end_consult_fail',
	'end_consult_succ',
	'enqueue_succ',
	'extern_succ',
	'general_hangup',
	'hangup_cause',
	'hold_call',
	'play_fail',
	'play_succ',
	'record_stop',
	'start_dialout',
	'start_ivr',
	'substitute_fail',
	'substitute_succ',
	'three_way_fail',
	'three_way_succ',
	'transfer_agent_fail',
	'transfer_agent_succ',
	'user_answer',
	'user_hangup',
	'user_ringing',
	'voice_mail_fail',
	'voice_mail_succ',
] as const;

export const EVENTS_BY_CATEGORY: Record<UdeskEventCategory, readonly string[]> = {
	agent_state: AGENT_STATE_EVENTS,
	ext_state: EXT_STATE_EVENTS,
	agent_call_mode: AGENT_CALL_MODE_EVENTS,
	call: CALL_EVENTS,
};

/**
 * Events that appear only in the doc's message-subscription example (agent leg of an outbound call), not in the
 * category list above. Message subscriptions accept them, so they are offered there too.
 */
export const AGENT_CALL_EVENTS = ['agent_answer', 'agent_hangup', 'agent_ringing'] as const;

/** Every event name the doc mentions, sorted: the choices of a message subscription (and of the Trigger). */
export const ALL_EVENTS: readonly string[] = [
	...new Set<string>([
		...AGENT_STATE_EVENTS,
		...EXT_STATE_EVENTS,
		...AGENT_CALL_MODE_EVENTS,
		...CALL_EVENTS,
		...AGENT_CALL_EVENTS,
	]),
].sort();

/** Category of an event name, if the doc lists it in one. */
export function categoryOf(event: string): UdeskEventCategory | undefined {
	return EVENT_CATEGORIES.find((category) => EVENTS_BY_CATEGORY[category].includes(event));
}

/**
 * What a user sees for each event: a human name and what it means. The doc only lists the names, by category
 * ("Call Process Events", "Agent Status Change Events", "Queue Status Change Events", "Recording Events"); the
 * meanings below read the names in the terms of the rest of the doc (agent = seat, user = the customer, IVR, queue,
 * extension). The udesk name is kept in every description, since that is what arrives in the callback.
 */
export const EVENT_INFO: Record<string, { name: string; meaning: string }> = {
	acd_agent_state: { name: 'Agent State Changed', meaning: "An agent's state changed (ready, busy, on break, signed out…)" },
	ext_state: { name: 'Extension State Changed', meaning: 'An extension (IP phone) became idle, busy, online or offline' },
	agent_call_mode_change: { name: 'Agent Call Mode Changed', meaning: 'An agent switched between IP phone (voip) and cellphone' },
	agent_answer: { name: 'Agent Answered', meaning: "The agent picked up (agent leg of an outbound call)" },
	agent_breakout: { name: 'Agent Barged In', meaning: 'An agent or supervisor broke into a call in progress' },
	agent_hangup: { name: 'Agent Hung Up', meaning: 'The agent hung up (agent leg of an outbound call)' },
	agent_interrupt: { name: 'Call Interrupted by Agent', meaning: 'An agent or supervisor forcibly ended a call in progress' },
	agent_ringing: { name: 'Agent Phone Ringing', meaning: "The agent's phone is ringing (agent leg of an outbound call)" },
	asr_gather_fail: { name: 'Speech Input Failed', meaning: "Speech recognition in the IVR could not collect the caller's answer" },
	asr_gather_succ: { name: 'Speech Input Recognised', meaning: "Speech recognition in the IVR collected the caller's answer" },
	begin: { name: 'Call Started', meaning: 'A call began' },
	call_notes: { name: 'Call Notes', meaning: 'Notes (user data) were attached to the call' },
	consult_fail: { name: 'Consultation Failed', meaning: 'An agent could not reach the colleague they wanted to consult' },
	consult_succ: { name: 'Consultation Started', meaning: 'An agent is consulting a colleague while the customer waits' },
	dtmf_gather_fail: { name: 'Keypad Input Failed', meaning: 'The IVR did not get the keys (DTMF) it asked the caller for' },
	dtmf_gather_succ: { name: 'Keypad Input Received', meaning: 'The IVR got the keys (DTMF) it asked the caller for' },
	eavesdrop_fail: { name: 'Listen-In Failed', meaning: 'A supervisor could not listen in on a call' },
	eavesdrop_succ: { name: 'Listen-In Started', meaning: 'A supervisor is listening in on a call' },
	end: { name: 'Call Ended', meaning: 'A call ended; its call log and recording follow in the reports' },
	end_consult_fail: { name: 'End of Consultation Failed', meaning: 'A consultation could not be ended' },
	end_consult_succ: { name: 'Consultation Ended', meaning: 'A consultation ended and the agent is back with the customer' },
	enqueue_succ: { name: 'Call Queued', meaning: 'A call entered a queue to wait for an agent' },
	extern_succ: { name: 'Transferred to External Number', meaning: 'A call was passed on to an outside number' },
	general_hangup: { name: 'Call Hung Up', meaning: 'One side hung up' },
	hangup_cause: { name: 'Hang-Up Cause Reported', meaning: 'The reason udesk gives for why a call was hung up' },
	hold_call: { name: 'Call Put on Hold', meaning: 'An agent put the customer on hold' },
	play_fail: { name: 'Voice Prompt Failed', meaning: 'A voice prompt could not be played' },
	play_succ: { name: 'Voice Prompt Played', meaning: 'A voice prompt was played to the caller' },
	record_stop: { name: 'Recording Stopped', meaning: 'The recording of a call stopped (a recording event)' },
	start_dialout: { name: 'Outbound Dialling Started', meaning: 'An outbound call started dialling' },
	start_ivr: { name: 'IVR Started', meaning: 'A caller entered the IVR menu' },
	substitute_fail: { name: 'Call Pickup Failed', meaning: "An agent could not pick up a colleague's ringing call" },
	substitute_succ: { name: 'Call Picked Up', meaning: "An agent picked up a colleague's ringing call" },
	three_way_fail: { name: 'Three-Way Call Failed', meaning: 'A third party could not be added to the call' },
	three_way_succ: { name: 'Three-Way Call Started', meaning: 'A third party joined the call' },
	transfer_agent_fail: { name: 'Transfer to Agent Failed', meaning: 'A call could not be transferred to another agent' },
	transfer_agent_succ: { name: 'Transferred to Agent', meaning: 'A call was transferred to another agent' },
	user_answer: { name: 'Customer Answered', meaning: 'The customer picked up' },
	user_hangup: { name: 'Customer Hung Up', meaning: 'The customer hung up' },
	user_ringing: { name: 'Customer Phone Ringing', meaning: "The customer's phone is ringing" },
	voice_mail_fail: { name: 'Voicemail Failed', meaning: 'A voicemail could not be left' },
	voice_mail_succ: { name: 'Voicemail Left', meaning: 'The caller left a voicemail' },
};

/** The human name of an event ("end" → "Call Ended"); an unknown name is shown as it is. */
export function eventDisplayName(event: string): string {
	return EVENT_INFO[event]?.name ?? event;
}

/** multiOptions choices for a list of event names: the human name, its meaning and the name udesk sends. */
export function eventOptions(events: readonly string[]): INodePropertyOptions[] {
	return [...events]
		.map((event) => ({
			name: eventDisplayName(event),
			value: event,
			description: `${EVENT_INFO[event]?.meaning ?? 'A udesk event'} (udesk: ${event})`,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** The trigger's canvas subtitle: the chosen events by name ("Call Ended, Agent State Changed"). */
export function eventSubtitle(): string {
	const names = Object.fromEntries(Object.entries(EVENT_INFO).map(([event, { name }]) => [event, name]));
	return `={{ ($parameter["events"] ?? []).map((event) => (${JSON.stringify(names)})[event] ?? event).join(", ") }}`;
}
