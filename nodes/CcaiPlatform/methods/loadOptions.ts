import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { ccaiApiRequest } from '../transport';

/**
 * Every agent of the tenant: seed 003's GET /apps/api/v1/agent_statuses without agent or team IDs lists every agent
 * (agent_id, name, email, status). Teams have no list endpoint in the seed, so Team IDs stay typed.
 */
export async function getAgents(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const response = await ccaiApiRequest.call(this, 'GET', '/agent_statuses', { body: {} });
	const rows = (Array.isArray(response) ? response : []) as IDataObject[];
	return rows
		.filter((row) => row.agent_id !== undefined && row.agent_id !== null && row.agent_id !== '')
		.map((row) => ({
			name: row.name ? `${String(row.name)} (${String(row.agent_id)})` : String(row.agent_id),
			value: String(row.agent_id),
			...(typeof row.status === 'string' ? { description: `Now: ${row.status}` } : {}),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}
