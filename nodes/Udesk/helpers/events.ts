import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * Every event name the udesk ccapi v2 document lists, grouped by the categories of its "Event Subscription" section
 * (agent_call_mode, agent_state, ext_state, call). The call list is the document's own, plus the three names that only
 * appear in its "Message Subscription" examples (agent_ringing, agent_answer, agent_hangup), so a subscription copied
 * from the doc can be reproduced.
 *
 * Shared by the trigger and (after the lead's merge) the action node's Event/Message Subscription resources.
 */
export const UDESK_EVENTS = {
	agent_call_mode: ['agent_call_mode_change'],
	agent_state: ['acd_agent_state'],
	ext_state: ['ext_state'],
	call: [
		'agent_answer',
		'agent_breakout',
		'agent_hangup',
		'agent_interrupt',
		'agent_ringing',
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
	],
} as const;

export type UdeskEventCategory = keyof typeof UDESK_EVENTS;

export const UDESK_EVENT_CATEGORIES = Object.keys(UDESK_EVENTS) as UdeskEventCategory[];

/** Every event name, each once. */
export const UDESK_EVENT_NAMES: string[] = UDESK_EVENT_CATEGORIES.flatMap((category) => [...UDESK_EVENTS[category]]);

const CATEGORY_LABELS: Record<UdeskEventCategory, string> = {
	agent_call_mode: 'Agent Call Mode',
	agent_state: 'Agent State',
	ext_state: 'Extension State',
	call: 'Call',
};

function label(event: string): string {
	return event
		.split('_')
		.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
		.join(' ');
}

/** Options for a multiOptions field, sorted by name as n8n's linter wants, each naming its category. */
export const UDESK_EVENT_OPTIONS: INodePropertyOptions[] = UDESK_EVENT_CATEGORIES.flatMap((category) =>
	UDESK_EVENTS[category].map((event) => ({
		name: `${label(event)} (${CATEGORY_LABELS[category]})`,
		value: event,
		description: `The "${event}" event of the ${category} category`,
	})),
).sort((a, b) => a.name.localeCompare(b.name));
