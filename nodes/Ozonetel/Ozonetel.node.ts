import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as agent from './actions/agent/Agent.resource';
import * as report from './actions/report/Report.resource';
import { router } from './actions/router';

export class Ozonetel implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Ozonetel CloudAgent',
		name: 'ozonetel',
		icon: { light: 'file:../../icons/ozonetel.svg', dark: 'file:../../icons/ozonetel.dark.svg' },
		group: ['transform'],
		// 1.1: Simplify is on by default on read operations, IDs are picked from lists (resource locators).
		version: [1, 1.1],
		defaultVersion: 1.1,
		// The chosen operation's action text, not its raw value; test/subtitles.test.ts keeps it equal to operationSubtitle().
		subtitle:
			'={{ ({"agent:averageHandlingTime":"Get average handling time","report:agentStateSummary":"Get agent state summary"})[$parameter["resource"] + ":" + $parameter["operation"]] ?? $parameter["operation"] }}',
		description: 'Read agent state summaries and average handling times from Ozonetel CloudAgent',
		defaults: { name: 'Ozonetel CloudAgent' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'ozonetelApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Agent', value: 'agent' },
					{ name: 'Report', value: 'report' },
				],
				default: 'report',
			},
			...agent.description,
			...report.description,
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
