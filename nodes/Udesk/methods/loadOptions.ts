import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { locatorValue } from '../../shared/locator';
import { udeskApiRequest, udeskRequestAllPages } from '../transport';

/**
 * Dropdowns for `type: 'options'` parameters with `typeOptions.loadOptionsMethod`. Every such parameter also accepts
 * an ID typed as an expression (the description says so), so a list that cannot load never blocks a workflow.
 */

/** The first array found in a Result: the array itself, or the first array-valued property of an object. */
function listIn(result: unknown): IDataObject[] {
	if (Array.isArray(result)) return result as IDataObject[];
	if (result && typeof result === 'object') {
		const array = Object.values(result as IDataObject).find((value) => Array.isArray(value));
		if (array) return array as IDataObject[];
	}
	return [];
}

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);

export async function getAgents(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const agents = await udeskRequestAllPages.call(this, 'GET', 'agents', {}, 'AgentList', {
		returnAll: true,
		limit: 0,
		uniqueKey: 'AgentId',
	});
	return agents
		.map((agent) => ({
			name: agent.Name ? `${agent.Name} (${agent.AgentId})` : String(agent.AgentId),
			value: String(agent.AgentId),
		}))
		.sort(byName);
}

/** GET queues: rows carry QueueID (doc) — QueueId is accepted too. */
export async function getQueues(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const response = await udeskApiRequest.call(this, 'GET', 'queues');
	return listIn(response.Result)
		.map((queue) => {
			const id = String(queue.QueueID ?? queue.QueueId ?? '');
			const name = queue.Name ?? queue.QueueName;
			return { name: name ? `${name} (${id})` : id, value: id };
		})
		.filter((option) => option.value !== '')
		.sort(byName);
}

/**
 * GET subscriptions: the doc's batch answer shows name/callback/events/enable without the ID that the single-item
 * endpoints (subscriptions/{id}) need; rows that carry an id (id, ID, SubId) are listed, the others cannot be chosen.
 */
export async function getMessageSubscriptions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const response = await udeskApiRequest.call(this, 'GET', 'subscriptions');
	return listIn(response.Result)
		.map((subscription) => {
			const id = subscription.id ?? subscription.ID ?? subscription.SubId;
			const name = subscription.name ?? subscription.Name;
			return { name: name ? `${name} (${id})` : String(id), value: String(id ?? '') };
		})
		.filter((option) => option.value !== '' && option.value !== 'undefined')
		.sort(byName);
}

/** GET spnumbers: the application's relay (trunk) numbers; the current default is marked. */
export async function getRelayNumbers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const response = await udeskApiRequest.call(this, 'GET', 'spnumbers');
	const result = (response.Result ?? {}) as IDataObject;
	const numbers = Array.isArray(result.SpNumbers) ? (result.SpNumbers as unknown[]).map(String) : [];
	return numbers.map((number) => ({
		name: number === String(result.DefSpNumber ?? '') ? `${number} (current default)` : number,
		value: number,
	}));
}

/**
 * The extensions bound to the agent chosen in the same node (Unbind Extensions, version 1.1). The doc has no endpoint
 * that lists extensions; GET agents/{AgentId} gives the agent's bound `Extensions` (numbers, or objects carrying
 * `Extension`). No agent chosen yet: nothing to list.
 */
export async function getAgentExtensions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const agentId = String(locatorValue(this.getCurrentNodeParameter('agentId', { extractValue: true })) ?? '').trim();
	if (agentId === '') return [];
	const response = await udeskApiRequest.call(this, 'GET', `agents/${encodeURIComponent(agentId)}`, { body: { AgentId: agentId } });
	const bound = ((response.Result ?? {}) as IDataObject).Extensions;
	return (Array.isArray(bound) ? (bound as unknown[]) : [])
		.map((entry) => (entry !== null && typeof entry === 'object' ? (entry as IDataObject).Extension : entry))
		.filter((number) => number !== undefined && number !== null && number !== '')
		.map((number) => ({ name: String(number), value: String(number) }));
}
