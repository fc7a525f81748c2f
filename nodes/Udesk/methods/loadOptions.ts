import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { udeskRequestAllPages } from '../transport';

export async function getAgents(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const agents = await udeskRequestAllPages.call(this, 'GET', 'agents', {}, 'AgentList', {
		returnAll: true,
		limit: 0,
	});
	return agents.map((agent) => ({
		name: `${agent.Name ?? agent.AgentId} (${agent.AgentId})`,
		value: String(agent.AgentId),
	}));
}
