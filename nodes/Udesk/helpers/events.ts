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

/** "transfer_agent_succ" → "Transfer Agent Succ": readable option names that keep the vendor's wording. */
export function eventDisplayName(event: string): string {
	return event
		.split('_')
		.map((word) =>
			['acd', 'asr', 'dtmf', 'ivr'].includes(word) ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1),
		)
		.join(' ');
}

/** multiOptions choices for a list of event names: the display name plus the raw name udesk uses. */
export function eventOptions(events: readonly string[]): INodePropertyOptions[] {
	return [...events]
		.sort()
		.map((event) => ({ name: eventDisplayName(event), value: event, description: `The event named "${event}" by udesk` }));
}
