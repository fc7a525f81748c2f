import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as agentStatus from './actions/agentStatus/AgentStatus.resource';
import { operations, parallelReads, router } from './actions/router';
import * as methods from './methods';
import { parallelRequestsProperties } from '../shared/router';

export class CcaiPlatform implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Google CCAI Platform',
		name: 'ccaiPlatform',
		icon: { light: 'file:../../icons/ccaiPlatform.svg', dark: 'file:../../icons/ccaiPlatform.dark.svg' },
		group: ['transform'],
		// 1.1: Simplify is on by default on read operations, IDs are picked from lists (resource locators).
		version: [1, 1.1],
		defaultVersion: 1.1,
		// The chosen operation's action text, not its raw value; test/subtitles.test.ts keeps it equal to operationSubtitle().
		subtitle:
			'={{ ({"agentStatus:get":"Get agent statuses","agentStatus:update":"Update agent statuses"})[$parameter["resource"] + ":" + $parameter["operation"]] ?? $parameter["operation"] }}',
		description: 'Read and change agent statuses in Google Contact Center AI Platform',
		defaults: { name: 'Google CCAI Platform' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'ccaiPlatformApi', required: true }],
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

	methods = methods;

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
