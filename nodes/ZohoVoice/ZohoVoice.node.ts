import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as agentStatus from './actions/agentStatus/AgentStatus.resource';
import { router } from './actions/router';
import { operationSubtitle } from '../shared/subtitle';

export class ZohoVoice implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Zoho Voice',
		name: 'zohoVoice',
		icon: { light: 'file:../../icons/zohoVoice.svg', dark: 'file:../../icons/zohoVoice.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: operationSubtitle(agentStatus.description),
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
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
