import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as agentStatus from './actions/agentStatus/AgentStatus.resource';
import { operations, parallelReads, router } from './actions/router';
import { parallelRequestsProperties } from '../shared/router';

export class ZohoVoice implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Zoho Voice',
		name: 'zohoVoice',
		icon: { light: 'file:../../icons/zohoVoice.svg', dark: 'file:../../icons/zohoVoice.dark.svg' },
		group: ['transform'],
		// 1.1: Simplify is on by default on read operations, IDs are picked from lists (resource locators).
		version: [1, 1.1],
		defaultVersion: 1.1,
		// The chosen operation's action text, not its raw value; test/subtitles.test.ts keeps it equal to operationSubtitle().
		subtitle:
			'={{ ({"agentStatus:getCallStatusActivity":"Get status activity for a call","agentStatus:getDailySummary":"Get daily status summary","agentStatus:getStatusLog":"Get status log","agentStatus:getSummary":"Get status summary"})[$parameter["resource"] + ":" + $parameter["operation"]] ?? $parameter["operation"] }}',
		description: 'Read agent status metrics from Zoho Voice: status logs, call status activity and summaries',
		defaults: { name: 'Zoho Voice' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'zohoVoiceOAuth2Api', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Agent Status', value: 'agentStatus' }],
				default: 'agentStatus',
			},
			...agentStatus.description,
			...parallelRequestsProperties(operations, parallelReads),
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
