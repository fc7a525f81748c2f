import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { LOCATOR_VERSIONS, readId } from '../../../shared/locator';
import {
	AGENT_ID_PATTERN,
	AGENT_ID_RULE,
	EXTENSION_PATTERN,
	EXTENSION_RULE,
	MAX_EXTENSIONS_PER_AGENT,
	QUEUE_ID_PATTERN,
	QUEUE_RULE,
	invalid,
	parseCodeList,
	requirePattern,
} from '../../helpers/validation';

export function readAgentId(ctx: IExecuteFunctions, itemIndex: number, name = 'agentId', label = 'Agent'): string {
	return requirePattern(ctx, readId(ctx, name, itemIndex), label, AGENT_ID_PATTERN, AGENT_ID_RULE, itemIndex);
}

export const extensionsField: INodeProperties = {
	displayName: 'Extensions',
	name: 'extensions',
	type: 'string',
	default: '',
	required: true,
	placeholder: '8001, 8002',
	description: 'Comma-separated extension numbers, at most two (an agent can be bound to two extensions)',
};

/** Unbind Extensions from version 1.1: the chosen agent's bound extensions to pick from (GET agents/{AgentId}). */
export const boundExtensionsField: INodeProperties[] = [
	{ ...extensionsField, displayOptions: { show: { '@version': [1] } } },
	{
		displayName: 'Extension Names or IDs',
		name: 'extensions',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getAgentExtensions', loadOptionsDependsOn: ['agentId.value'] },
		default: [],
		required: true,
		description:
			'Extensions bound to the agent, at most two. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: { '@version': LOCATOR_VERSIONS } },
	},
];

export function readExtensions(ctx: IExecuteFunctions, itemIndex: number): string[] {
	const extensions = parseCodeList(
		ctx,
		ctx.getNodeParameter('extensions', itemIndex, ''),
		'Extensions',
		EXTENSION_PATTERN,
		EXTENSION_RULE,
		itemIndex,
	);
	if (extensions.length === 0) throw invalid(ctx, `Extensions is required (${EXTENSION_RULE})`, itemIndex);
	if (extensions.length > MAX_EXTENSIONS_PER_AGENT) {
		throw invalid(
			ctx,
			`Extensions: ${extensions.length} given — an agent can be bound to at most ${MAX_EXTENSIONS_PER_AGENT} extensions`,
			itemIndex,
		);
	}
	return extensions;
}

export const queuesField: INodeProperties = {
	displayName: 'Queue Names or IDs',
	name: 'queues',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getQueues' },
	default: [],
	required: true,
	description:
		'Queues to bind or unbind. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export function readQueues(ctx: IExecuteFunctions, itemIndex: number, label = 'Queue Names or IDs', required = true): string[] {
	const queues = parseCodeList(ctx, ctx.getNodeParameter('queues', itemIndex, []), label, QUEUE_ID_PATTERN, QUEUE_RULE, itemIndex);
	if (required && queues.length === 0) throw invalid(ctx, `${label} is required: choose at least one queue`, itemIndex);
	return queues;
}

/** The doc's MsgId (agent login, set call mode): the caller's own ID for the request, echoed back as msg_id. */
export const msgIdOption: INodeProperties = {
	displayName: 'Message ID',
	name: 'msgId',
	type: 'string',
	default: '',
	description: 'Your own ID for this request, echoed back as msg_id',
};

/** Puts the Message ID option into the request body as MsgId when one is given. */
export function addMsgId(body: IDataObject, options: IDataObject): void {
	if (options.msgId !== undefined && String(options.msgId) !== '') body.MsgId = String(options.msgId);
}

/** Copies udesk's echoed msg_id into the output item when the answer has one. */
export function echoMsgId(out: IDataObject, response: IDataObject): void {
	if (response.msg_id !== undefined && response.msg_id !== '') out.msg_id = response.msg_id;
}
