/**
 * Pick, don't type (issue 14 §4): udesk ID fields are resource locators from node version 1.1 (From List filled by
 * `methods.listSearch`, By ID); version 1 keeps its dropdowns and text fields; plain strings saved by version 1 (or
 * given by an expression) still reach udesk. listSearch/loadOptions run in n8n-core's own LoadOptionsContext.
 */
import type {
	ICredentialDataDecryptedObject,
	INode,
	INodeParameters,
	INodeType,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';
import { LoadOptionsContext } from 'n8n-core';

import { HarnessCredentialsHelper, loadPackage, packageNode, PackageNodeTypes, runWorkflow } from '../harness/engine';
import { fakeVendor } from '../harness/http';
import type { ReceivedRequest } from '../harness/http';
import { credentials, HOST, ok, signedQuery, udesk } from '../udesk/part3.helpers';

const V11 = { typeVersion: 1.1 };
const rl = (value: string, mode = 'list') => ({ __rl: true, mode, value });

async function udeskType(): Promise<INodeType> {
	const loader = await loadPackage();
	return loader.getNode('udesk').type as INodeType;
}

/** n8n-core's LoadOptionsContext for a udesk node whose editor currently holds `parameters`. */
async function loadOptionsContext(
	parameters: INodeParameters,
	typeVersion = 1.1,
	vendor: { type: string; credentialType: string; store: Record<string, ICredentialDataDecryptedObject> } = {
		type: 'udesk',
		credentialType: 'udeskApi',
		store: credentials(),
	},
) {
	const loader = await loadPackage();
	const node: INode = {
		id: 'n1',
		name: 'Udesk',
		type: `n8n-nodes-contact-center.${vendor.type}`,
		typeVersion,
		position: [0, 0],
		parameters,
		credentials: { [vendor.credentialType]: { id: '1', name: vendor.credentialType } },
	};
	const credentialsHelper = new HarnessCredentialsHelper(loader, vendor.store);
	const workflow = new Workflow({
		id: 'w',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: new PackageNodeTypes(loader),
		settings: { timezone: 'UTC' },
	});
	credentialsHelper.workflow = workflow;
	const additionalData = {
		credentialsHelper,
		currentNodeParameters: parameters,
		variables: {},
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
	} as unknown as IWorkflowExecuteAdditionalData;
	return new LoadOptionsContext(workflow, workflow.getNode('Udesk') as INode, additionalData, 'parameters.agentId');
}

const AGENTS = [
	{ AgentId: '10031', Name: 'Li', Extensions: ['8001'], State: 0 },
	{ AgentId: '10032', Name: 'Qian', Extensions: null, State: 1 },
	{ AgentId: '10033', Name: '', Extensions: [], State: 4 },
];

function vendor(route: (request: ReceivedRequest) => unknown) {
	return fakeVendor(HOST, (request) => ok(route(request)));
}

describe('udesk From List (methods.listSearch, in n8n-core\'s LoadOptionsContext)', () => {
	test('searchAgents: every page of GET agents, filtered by name or ID', async () => {
		const seen = vendor((request) => ({ AgentList: AGENTS, TotalPage: 1, CurrPage: Number(request.query.PageNum) }));
		const type = await udeskType();
		const context = await loadOptionsContext({ resource: 'agent', operation: 'get' });
		const all = await type.methods!.listSearch!.searchAgents.call(context);
		expect(all).toEqual({
			results: [
				{ name: '10033', value: '10033' },
				{ name: 'Li (10031)', value: '10031' },
				{ name: 'Qian (10032)', value: '10032' },
			],
		});
		expect(await type.methods!.listSearch!.searchAgents.call(context, 'qIA')).toEqual({ results: [{ name: 'Qian (10032)', value: '10032' }] });
		expect(await type.methods!.listSearch!.searchAgents.call(context, '10031')).toEqual({ results: [{ name: 'Li (10031)', value: '10031' }] });
		expect(seen.received.map((r) => [r.method, r.path])).toEqual(Array(3).fill(['GET', '/ccapi/v2/agents']));
		expect(signedQuery(seen.received[0])).toEqual({ PageNum: '1', PageSize: '100' });
	});

	test('searchQueues, searchRelayNumbers, searchMessageSubscriptions, searchVoiceFiles: from their list endpoints', async () => {
		const seen = vendor((request) => {
			switch (request.path) {
				case '/ccapi/v2/queues':
					return [{ ID: 1, QueueID: '9001', Name: 'Sales' }, { ID: 2, QueueID: '9002', Name: 'Support' }];
				case '/ccapi/v2/spnumbers':
					return { SpNumbers: ['057126200670', '057128091649'], DefSpNumber: '057128091649' };
				case '/ccapi/v2/subscriptions':
					return [{ id: 7, name: 'crm-calls', callback: 'https://crm.example/u', events: ['end'], enable: true }, { name: 'no-id' }];
				case '/ccapi/v2/ivrs/vfiles':
					return { IvrVFiles: [{ FileName: 'welcome.wav', FileType: 'wav', FileDesc: 'Greeting' }, { FileName: 'hold.wav', FileType: 'wav', FileDesc: '' }] };
				default:
					return undefined;
			}
		});
		const search = (await udeskType()).methods!.listSearch!;
		const context = await loadOptionsContext({});
		expect(await search.searchQueues.call(context, 'sup')).toEqual({ results: [{ name: 'Support (9002)', value: '9002' }] });
		expect(await search.searchRelayNumbers.call(context)).toEqual({
			results: [
				{ name: '057126200670', value: '057126200670' },
				{ name: '057128091649 (current default)', value: '057128091649' },
			],
		});
		expect(await search.searchMessageSubscriptions.call(context)).toEqual({ results: [{ name: 'crm-calls (7)', value: '7' }] });
		expect(await search.searchVoiceFiles.call(context)).toEqual({
			results: [
				{ name: 'hold.wav', value: 'hold.wav' },
				{ name: 'welcome.wav (Greeting)', value: 'welcome.wav' },
			],
		});
		expect(seen.received.map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET /ccapi/v2/queues',
			'GET /ccapi/v2/spnumbers',
			'GET /ccapi/v2/subscriptions',
			'GET /ccapi/v2/ivrs/vfiles',
		]);
	});

	test('Unbind Extensions lists the chosen agent\'s bound extensions (agent given as a resource locator)', async () => {
		const seen = vendor(() => ({ AgentId: '10031', Extensions: ['8001', { Extension: '8002' }] }));
		const type = await udeskType();
		const context = await loadOptionsContext({ resource: 'agent', operation: 'unbindExtensions', agentId: rl('10031') });
		expect(await type.methods!.loadOptions!.getAgentExtensions.call(context)).toEqual([
			{ name: '8001', value: '8001' },
			{ name: '8002', value: '8002' },
		]);
		// the doc's GET with a JSON body (main's transport sends it so)
		expect(seen.received.map((r) => [r.method, r.path, signedQuery(r), r.body])).toEqual([['GET', '/ccapi/v2/agents/10031', {}, { AgentId: '10031' }]]);
		const empty = await loadOptionsContext({ resource: 'agent', operation: 'unbindExtensions', agentId: rl('') });
		expect(await type.methods!.loadOptions!.getAgentExtensions.call(empty)).toEqual([]);
	});
});

describe('udesk resource locators in a run', () => {
	const agentGet = (agentId: unknown, extra = {}) => udesk({ resource: 'agent', operation: 'get', agentId }, extra);
	const answer = () => vendor(() => ({ AgentId: '10031', Name: 'Li', State: 0, ExtState: 2 }));

	test.each([
		['version 1.1, From List', rl('10031'), V11],
		['version 1.1, By ID', rl('10031', 'id'), V11],
		['version 1.1, a plain string from an expression', '={{ "100" + "31" }}', V11],
		['version 1, the plain string its dropdown saved', '10031', {}],
	])('Agent → Get, %s: GET agents/10031', async (_label, agentId, extra) => {
		const seen = answer();
		const result = await runWorkflow({ nodes: [agentGet(agentId, extra)], credentials: credentials() });
		expect(result.error).toBeUndefined();
		expect(seen.received.map((r) => [r.method, r.path, signedQuery(r), r.body])).toEqual([['GET', '/ccapi/v2/agents/10031', {}, { AgentId: '10031' }]]);
	});

	test('an empty locator: n8n itself names the required field; an empty ID from an expression is refused by the node', async () => {
		const seen = answer();
		await expect(runWorkflow({ nodes: [agentGet(rl(''), V11)], credentials: credentials() })).rejects.toThrow('Parameter "Agent" is required');
		const result = await runWorkflow({ nodes: [agentGet(rl('={{ "" }}', 'id'), V11)], credentials: credentials() });
		expect(result.error?.message).toMatch(/^Agent/);
		expect(seen.received).toEqual([]);
	});

	test('queue, subscription, voice file, relay number and the state-log agent filter take locator values', async () => {
		const seen = vendor((request) => {
			if (request.path === '/ccapi/v2/subscriptions/7') return { id: 7, name: 'crm-calls', callback: 'https://crm.example/u', events: ['end'], enable: true };
			if (request.path === '/ccapi/v2/agents/statelogs') return { AgentStateLogs: [] };
			if (request.path === '/ccapi/v2/originatev2') return undefined;
			return null;
		});
		const since = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
		const names = ['Queue', 'Subscription', 'Voice File', 'Relay', 'States'];
		const result = await runWorkflow({
			nodes: [
				udesk({ resource: 'queue', operation: 'delete', queueId: rl('9002') }, { ...V11, name: 'Queue' }),
				udesk({ resource: 'messageSubscription', operation: 'get', subscriptionId: rl('7') }, { ...V11, name: 'Subscription' }),
				udesk({ resource: 'ivr', operation: 'deleteVoiceFile', fileName: rl('welcome.wav') }, { ...V11, name: 'Voice File' }),
				udesk({ resource: 'relayNumber', operation: 'setAgentDefault', agentId: rl('10031'), relayNumber: rl('057126200670') }, { ...V11, name: 'Relay' }),
				udesk({ resource: 'report', operation: 'agentStateLogs', returnAll: true, startTime: since, filters: { agentId: rl('10032') } }, { ...V11, name: 'States' }),
			],
			connections: Object.fromEntries(names.slice(0, -1).map((name, i) => [name, { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] }])),
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(seen.received.map((r) => [r.method, r.path, r.body])).toEqual([
			['DELETE', '/ccapi/v2/queues', { QueueId: '9002' }],
			['GET', '/ccapi/v2/subscriptions/7', undefined],
			['DELETE', '/ccapi/v2/ivrs/vfiles', { FileName: 'welcome.wav' }],
			['PUT', '/ccapi/v2/spnumbers/agent/default/10031', { DefSpNumber: '057126200670' }],
			['GET', '/ccapi/v2/agents/statelogs', expect.objectContaining({ AgentId: '10032' })],
		]);
	});
});

describe('udesk descriptions per version', () => {
	const shown = async (parameters: INodeParameters, typeVersion: number) => {
		const type = await udeskType();
		return NodeHelpers.getNodeParameters(type.description.properties, parameters, true, false, { typeVersion, parameters } as never, type.description) ?? {};
	};

	test('version 1 keeps its dropdowns and text fields; version 1.1 shows resource locators with the same names', async () => {
		expect(await shown({ resource: 'agent', operation: 'get' }, 1)).toMatchObject({ agentId: '', simplify: false });
		expect(await shown({ resource: 'agent', operation: 'get' }, 1.1)).toMatchObject({ agentId: { __rl: true, mode: 'list', value: '' }, simplify: true });
		expect(await shown({ resource: 'ivr', operation: 'deleteVoiceFile' }, 1)).toMatchObject({ fileName: '' });
		expect(await shown({ resource: 'ivr', operation: 'deleteVoiceFile' }, 1.1)).toMatchObject({ fileName: { __rl: true, mode: 'list' } });
		expect(await shown({ resource: 'agent', operation: 'unbindExtensions' }, 1)).toMatchObject({ extensions: '' });
		expect(await shown({ resource: 'agent', operation: 'unbindExtensions' }, 1.1)).toMatchObject({ extensions: [] });

		const type = await udeskType();
		const locators = type.description.properties.filter((p) => p.type === 'resourceLocator');
		const methods = new Set(locators.flatMap((p) => (p.modes ?? []).map((mode) => mode.typeOptions?.searchListMethod).filter(Boolean)));
		expect([...methods].sort()).toEqual(['searchAgents', 'searchMessageSubscriptions', 'searchQueues', 'searchRelayNumbers', 'searchVoiceFiles']);
		for (const method of methods) expect(typeof type.methods!.listSearch![method as string]).toBe('function');
	});
});

describe('CCAI Platform: agents picked from GET /agent_statuses (version 1.1)', () => {
	const CCAI = 'https://acme.uc1.ccaiplatform.com';
	const store = () => ({
		ccaiPlatformApi: { domain: 'uc1.ccaiplatform.com', subdomain: 'acme', username: 'api-user', password: 'dummy-token-123' },
	});
	const rows = [
		{ agent_id: 12, name: 'Craig T', email: 'craigT@nelson.com', agent_number: 'Agent No.112', status: 'In-call', ip_addrs: [] },
		{ agent_id: 11, name: 'Darth Vader', email: 'notanakinskywalker@empire.com', agent_number: 'Agent No.111', status: 'lunch', ip_addrs: [] },
	];

	test('getAgents lists every agent: GET /agent_statuses without IDs', async () => {
		const seen = fakeVendor(CCAI, () => ({ body: rows }));
		const loader = await loadPackage();
		const type = loader.getNode('ccaiPlatform').type as INodeType;
		const context = await loadOptionsContext({ resource: 'agentStatus', operation: 'get' }, 1.1, {
			type: 'ccaiPlatform',
			credentialType: 'ccaiPlatformApi',
			store: store(),
		});
		expect(await type.methods!.loadOptions!.getAgents.call(context)).toEqual([
			{ name: 'Craig T (12)', value: '12', description: 'Now: In-call' },
			{ name: 'Darth Vader (11)', value: '11', description: 'Now: lunch' },
		]);
		expect(seen.received.map((r) => [r.method, r.path, r.query, r.body])).toEqual([['GET', '/apps/api/v1/agent_statuses', {}, {}]]);
	});

	test.each([
		['version 1.1, picked', ['11', '12'], 1.1],
		['version 1, typed', '11, 12', 1],
	])('Get, %s: the same agent_ids in the GET body', async (_label, agentIds, typeVersion) => {
		const seen = fakeVendor(CCAI, () => ({ body: rows }));
		const result = await runWorkflow({
			nodes: [packageNode('ccaiPlatform', { resource: 'agentStatus', operation: 'get', agentIds, teamIds: '' }, { name: 'CCAI', credentialType: 'ccaiPlatformApi', typeVersion })],
			credentials: store(),
		});
		expect(result.error).toBeUndefined();
		expect(seen.received.map((r) => [r.query, r.body])).toEqual([[{}, { agent_ids: [11, 12] }]]);
	});
});
