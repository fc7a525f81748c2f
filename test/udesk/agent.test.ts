import nock from 'nock';

import { runWorkflow } from '../harness/engine';
import { type ReceivedRequest, type Reply, fakeVendor } from '../harness/http';
import { APP_ID, BASE, credentials, ok, summary, udesk } from './u1Fixtures';

const AGENT = {
	AppId: APP_ID,
	AgentId: '62',
	WorkId: '565',
	Name: 'crmtest 2',
	Mobile: '13716429603',
	Email: 'crmdianxiao2@test.cn',
	Role: 'agent',
	Queues: ['9001'],
	QueuesNames: 'Sales',
	Extensions: ['8001'],
	DefSpNumber: '',
	State: 1,
	ExtState: 0,
	WrapUpTime: 0,
	Enable: true,
	ExtenInfos: null,
};
const callControlOk = (msgId = '') => ({ body: { ErrCode: '000000', ErrDesc: 'OK', msg_id: msgId, results: '', data: null } });

async function run(parameters: Record<string, unknown>, reply: (r: ReceivedRequest, i: number) => Reply | undefined) {
	const vendor = fakeVendor(BASE, reply);
	const before = Date.now();
	const result = await runWorkflow({ nodes: [udesk({ resource: 'agent', ...parameters })], credentials: credentials() });
	return { vendor, result, sent: vendor.received.map((r) => summary(r, before)) };
}

describe('udesk → Agent → Create', () => {
	test('POST agents with several agents; extension credentials matched back to their agents', async () => {
		const { result, sent } = await run(
			{
				operation: 'create',
				agents: {
					agent: [
						{ agentId: '199', workId: '199', name: 'Li', mobile: '18512520714', email: '123@qq.com', role: 'agent', enable: true, isCreateExtension: true, extension: '2457' },
						{ agentId: '200', workId: 'w_200', role: 'leader', enable: false, isCreateExtension: true, extension: '' },
						{ agentId: '201', workId: '201', role: 'agent', enable: true, isCreateExtension: false, extension: '9999' },
					],
				},
			},
			() => ok({ Extensions: [{ Extension: '1000', Password: 'p-1000' }, { Extension: '2457', Password: 'p-2457' }] }),
		);
		expect(result.error).toBeUndefined();
		expect(sent).toEqual([
			{
				method: 'POST',
				path: '/ccapi/v2/agents',
				query: { AppId: APP_ID },
				body: {
					Agents: [
						{ AgentId: '199', WorkId: '199', Name: 'Li', Mobile: '18512520714', Email: '123@qq.com', Role: 'agent', Enable: true, IsCreateExtension: true, Extension: '2457' },
						{ AgentId: '200', WorkId: 'w_200', Role: 'leader', Enable: false, IsCreateExtension: true },
						{ AgentId: '201', WorkId: '201', Role: 'agent', Enable: true },
					],
				},
			},
		]);
		expect(result.json('Udesk')).toEqual([
			{ AgentId: '199', WorkId: '199', Name: 'Li', Mobile: '18512520714', Email: '123@qq.com', Role: 'agent', Enable: true, created: true, Extension: '2457', ExtensionPassword: 'p-2457' },
			{ AgentId: '200', WorkId: 'w_200', Role: 'leader', Enable: false, created: true, Extension: '1000', ExtensionPassword: 'p-1000' },
			{ AgentId: '201', WorkId: '201', Role: 'agent', Enable: true, created: true },
		]);
		expect(result.output('Udesk').map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 0 }]);
	});

	test.each([
		[{ agentId: '12a', workId: '1' }, 'Agents → Agent ID: "12a" is not valid — an agent ID is digits only, at most 32, e.g. 10031'],
		[{ agentId: '12', workId: '={{ " " }}' }, 'Agents → Work ID is required (a work ID is letters, digits or _ only, at most 32)'],
		[{ agentId: '12', workId: '1', email: 'not-mail' }, 'Agents → Email: "not-mail" is not a valid email address'],
		[
			{ agentId: '12', workId: '1', isCreateExtension: true, extension: '0123' },
			'Agents → Extension: "0123" is not valid — an extension is four digits not starting with 0, e.g. 8001',
		],
	])('validation before sending: %j', async (agent, message) => {
		const { vendor, result } = await run({ operation: 'create', agents: { agent: [agent] } }, () => ok(null));
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(message);
	});

	test('the same agent twice in one request is refused, naming which entry', async () => {
		const { vendor, result } = await run(
			{ operation: 'create', agents: { agent: [{ agentId: '1', workId: '1' }, { agentId: '1', workId: '2' }] } },
			() => ok(null),
		);
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.message).toBe('Agents → Agent 2 → Agent ID: "1" appears twice in this request');
	});

	test('ErrCode 100004 (duplicate) → NodeApiError with ErrDesc and meaning; the create is not re-sent', async () => {
		const { vendor, result } = await run(
			{ operation: 'create', agents: { agent: [{ agentId: '62', workId: '565' }] } },
			() => ({ body: { ErrCode: '100004', ErrDesc: 'Duplicate entry 62 for AgentId', Result: null } }),
		);
		expect(vendor.received).toHaveLength(1);
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('udesk error 100004: Duplicate entry 62 for AgentId');
		expect(result.error?.description).toBe(
			'Duplicate AgentId or QueueId, request body missing or malformed, or the agent is still bound to a queue or IP phone',
		);
	});
});

describe('udesk → Agent → Update / Delete / Get', () => {
	test('Update: PUT agents/{AgentId} with AgentId in URL and body', async () => {
		const { result, sent } = await run(
			{ operation: 'update', agentId: '10030', workId: '22024', updateFields: { name: 'test 5', role: 'leader', enable: false, email: '5544@qq.com' } },
			() => ok(null),
		);
		expect(result.error).toBeUndefined();
		expect(sent).toEqual([
			{
				method: 'PUT',
				path: '/ccapi/v2/agents/10030',
				query: { AppId: APP_ID },
				body: { AgentId: '10030', WorkId: '22024', Name: 'test 5', Email: '5544@qq.com', Role: 'leader', Enable: false },
			},
		]);
		expect(result.json('Udesk')).toEqual([
			{ AgentId: '10030', WorkId: '22024', Name: 'test 5', Email: '5544@qq.com', Role: 'leader', Enable: false, updated: true },
		]);
	});

	test('Delete: DELETE agents/{AgentId} with {AgentId, IsDelExtensions}', async () => {
		const { result, sent } = await run({ operation: 'delete', agentId: '7777', isDelExtensions: true }, () => ok(null));
		expect(result.error).toBeUndefined();
		expect(sent).toEqual([
			{ method: 'DELETE', path: '/ccapi/v2/agents/7777', query: { AppId: APP_ID }, body: { AgentId: '7777', IsDelExtensions: true } },
		]);
		expect(result.json('Udesk')).toEqual([{ AgentId: '7777', deleted: true, extensionsDeleted: true }]);
	});

	test('Delete refused by udesk (still bound to a queue) → NodeApiError with the vendor text', async () => {
		const { result } = await run({ operation: 'delete', agentId: '7777', isDelExtensions: false }, () => ({
			body: { ErrCode: '100004', ErrDesc: "Agent has queue or voip, can't delete", Result: null },
		}));
		expect(result.error?.message).toBe("udesk error 100004: Agent has queue or voip, can't delete");
	});

	test('Get: GET agents/{AgentId} with AgentId also in the JSON body, as the doc says; state names added', async () => {
		const { result, sent } = await run({ operation: 'get', agentId: '62' }, () => ok(AGENT));
		expect(result.error).toBeUndefined();
		// "Note: AgentId must be passed in both the URL and the request body."
		expect(sent).toEqual([
			{ method: 'GET', path: '/ccapi/v2/agents/62', query: { AppId: APP_ID }, body: { AgentId: '62' } },
		]);
		expect(result.json('Udesk')).toEqual([{ ...AGENT, StateName: 'Ready for work', ExtStateName: 'Idle' }]);
	});

	test('Get: every State and ExtState code gets its doc name', async () => {
		const names: Array<[number, string, string]> = [
			[0, 'Ready', 'Idle'],
			[1, 'Ready for work', 'Busy'],
			[2, 'Locked', 'Online'],
			[3, 'In call', 'Offline'],
			[4, 'Not available', 'Invalid'],
		];
		for (const [code, state, extState] of names) {
			nock.cleanAll();
			const { result } = await run({ operation: 'get', agentId: '62' }, () => ok({ ...AGENT, State: code, ExtState: code }));
			expect(result.json('Udesk')[0]).toMatchObject({ State: code, StateName: state, ExtState: code, ExtStateName: extState });
		}
	});

	test('Get: unknown agent → ErrCode 100018 as NodeApiError', async () => {
		const { result } = await run({ operation: 'get', agentId: '404' }, () => ({
			body: { ErrCode: '100018', ErrDesc: 'RecordNotFound', Result: null },
		}));
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('udesk error 100018: RecordNotFound');
		expect(result.error?.description).toBe('The agent, queue or IVR voice record named in the request could not be found');
	});
});

describe('udesk → Agent → Get Many (paging)', () => {
	const all = Array.from({ length: 237 }, (_, index) => ({ ...AGENT, AgentId: String(1000 + index), State: index % 5, ExtState: 3 }));
	const pager = (rows: typeof all) => (request: ReceivedRequest) => {
		const size = Number(request.query.PageSize);
		const num = Number(request.query.PageNum);
		return ok({
			CurrPage: num,
			PageSize: size,
			Total: rows.length,
			TotalPage: Math.ceil(rows.length / size),
			AgentList: rows.slice((num - 1) * size, num * size),
		});
	};

	test('Return All walks PageNum 1..3 with PageSize 100: every agent once, in order', async () => {
		const { result, sent } = await run({ operation: 'getAll', returnAll: true }, pager(all));
		expect(result.error).toBeUndefined();
		expect(sent.map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', '/ccapi/v2/agents', { AppId: APP_ID, PageNum: '1', PageSize: '100' }],
			['GET', '/ccapi/v2/agents', { AppId: APP_ID, PageNum: '2', PageSize: '100' }],
			['GET', '/ccapi/v2/agents', { AppId: APP_ID, PageNum: '3', PageSize: '100' }],
		]);
		const ids = result.json('Udesk').map((row) => row.AgentId);
		expect(ids).toEqual(all.map((row) => row.AgentId));
		expect(result.json('Udesk')[3]).toMatchObject({ State: 3, StateName: 'In call', ExtStateName: 'Offline' });
	});

	test('Limit 150 asks pages of 100 and stops after the second page with exactly 150 rows', async () => {
		const { result, sent } = await run({ operation: 'getAll', returnAll: false, limit: 150 }, pager(all));
		expect(sent.map((r) => r.query.PageNum)).toEqual(['1', '2']);
		expect(sent.every((r) => r.query.PageSize === '100')).toBe(true);
		expect(result.json('Udesk').map((row) => row.AgentId)).toEqual(all.slice(0, 150).map((row) => row.AgentId));
	});

	test('Limit 5 asks one page of 5', async () => {
		const { result, sent } = await run({ operation: 'getAll', returnAll: false, limit: 5 }, pager(all));
		expect(sent.map((r) => [r.query.PageNum, r.query.PageSize])).toEqual([['1', '5']]);
		expect(result.json('Udesk')).toHaveLength(5);
	});

	test('a server that ignores paging (all rows, TotalPage 1, as in the doc example) is read once', async () => {
		const { result, sent } = await run({ operation: 'getAll', returnAll: true }, () =>
			ok({ CurrPage: 1, PageSize: 237, Total: 237, TotalPage: 1, AgentList: all }),
		);
		expect(sent).toHaveLength(1);
		expect(result.json('Udesk')).toHaveLength(237);
	});

	test('a server that repeats the same page while claiming more pages: no duplicates, the walk stops', async () => {
		const { result, sent } = await run({ operation: 'getAll', returnAll: true }, () =>
			ok({ CurrPage: 1, PageSize: 100, Total: 237, TotalPage: 3, AgentList: all.slice(0, 100) }),
		);
		expect(sent).toHaveLength(2);
		expect(result.json('Udesk')).toHaveLength(100);
	});

	test('no agents: no items and one request', async () => {
		const { result, sent } = await run({ operation: 'getAll', returnAll: true }, pager([]));
		expect(sent).toHaveLength(1);
		expect(result.json('Udesk')).toEqual([]);
	});
});

describe('udesk → Agent → Log In / Log Out / Call Mode', () => {
	test('Log In: POST agent/login with the doc spelling agent_Id, WorkerID, QueueIDs, Number, State, MsgId', async () => {
		const { result, sent } = await run(
			{
				operation: 'login',
				agentId: '10032',
				options: { workerId: '565', queueIds: ['9001', '9002'], number: '8001', state: '1', msgId: '123456789' },
			},
			() => callControlOk('123456789'),
		);
		expect(result.error).toBeUndefined();
		expect(sent).toEqual([
			{
				method: 'POST',
				path: '/ccapi/v2/agent/login',
				query: { AppId: APP_ID },
				body: { agent_Id: '10032', WorkerID: '565', QueueIDs: ['9001', '9002'], Number: '8001', State: '1', MsgId: '123456789' },
			},
		]);
		expect(result.json('Udesk')).toEqual([{ AgentId: '10032', loggedIn: true, msg_id: '123456789' }]);
	});

	test('Log In: a queue ID outside 9xxx is refused before sending', async () => {
		const { vendor, result } = await run({ operation: 'login', agentId: '1', options: { queueIds: ['8001'] } }, () => callControlOk());
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.message).toBe('Queue Names or IDs: "8001" is not valid — a queue ID is four digits starting with 9, e.g. 9001');
	});

	test('Log In refused (no extension bound) → NodeApiError with the vendor text', async () => {
		const { result } = await run({ operation: 'login', agentId: '1' }, () => ({
			body: { ErrCode: '000001', ErrDesc: 'ParamsInvalid', msg_id: '', results: '', data: null },
		}));
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toBe('udesk error 000001: ParamsInvalid');
	});

	test('Log Out: POST agent/logout {agent_Id} with app_id in the query', async () => {
		const { result, sent } = await run({ operation: 'logout', agentId: '10032' }, () => callControlOk());
		expect(result.error).toBeUndefined();
		expect(sent).toEqual([
			{ method: 'POST', path: '/ccapi/v2/agent/logout', query: { app_id: APP_ID }, body: { agent_Id: '10032' } },
		]);
		expect(result.json('Udesk')).toEqual([{ AgentId: '10032', loggedOut: true }]);
	});

	test('Set Call Mode: POST agent/set_call_mode {AgentId, Contact, Number}', async () => {
		const { result, sent } = await run(
			{ operation: 'setCallMode', agentId: '10031', contact: 'cellphone', options: { number: '13676546374' } },
			() => callControlOk(),
		);
		expect(result.error).toBeUndefined();
		expect(sent).toEqual([
			{
				method: 'POST',
				path: '/ccapi/v2/agent/set_call_mode',
				query: { AppId: APP_ID },
				body: { AgentId: '10031', Contact: 'cellphone', Number: '13676546374' },
			},
		]);
		expect(result.json('Udesk')).toEqual([{ AgentId: '10031', Contact: 'cellphone', Number: '13676546374', updated: true }]);
	});

	test('Set Call Mode: a mode from an expression that is not voip/cellphone is refused', async () => {
		const { vendor, result } = await run({ operation: 'setCallMode', agentId: '10031', contact: '={{ "sip" }}' }, () => callControlOk());
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.message).toBe('Mode: "sip" is not valid — use voip (IP Phone) or cellphone (Mobile Phone)');
	});
});

describe('udesk → Agent → extensions and queues', () => {
	test('Bind Extensions: POST agents/extensions {AgentId, Extensions}', async () => {
		const { result, sent } = await run({ operation: 'bindExtensions', agentId: '10031', extensions: '2345, 9527' }, () => ok(null));
		expect(result.error).toBeUndefined();
		expect(sent).toEqual([
			{ method: 'POST', path: '/ccapi/v2/agents/extensions', query: { AppId: APP_ID }, body: { AgentId: '10031', Extensions: ['2345', '9527'] } },
		]);
		expect(result.json('Udesk')).toEqual([{ AgentId: '10031', Extensions: ['2345', '9527'], bound: true }]);
	});

	test('Unbind Extensions: DELETE agents/extensions {AgentId, Extensions}', async () => {
		const { result, sent } = await run({ operation: 'unbindExtensions', agentId: '6655', extensions: '2345' }, () => ok(null));
		expect(result.error).toBeUndefined();
		expect(sent).toEqual([
			{ method: 'DELETE', path: '/ccapi/v2/agents/extensions', query: { AppId: APP_ID }, body: { AgentId: '6655', Extensions: ['2345'] } },
		]);
		expect(result.json('Udesk')).toEqual([{ AgentId: '6655', Extensions: ['2345'], unbound: true }]);
	});

	test.each([
		['8001, 8002, 8003', 'Extensions: 3 given — an agent can be bound to at most 2 extensions'],
		['0801', 'Extensions: "0801" is not valid — an extension is four digits not starting with 0, e.g. 8001'],
		['80011', 'Extensions: "80011" is not valid — an extension is four digits not starting with 0, e.g. 8001'],
		['={{ "" }}', 'Extensions is required (an extension is four digits not starting with 0, e.g. 8001)'],
	])('Bind Extensions validation: %p', async (extensions, message) => {
		const { vendor, result } = await run({ operation: 'bindExtensions', agentId: '1', extensions }, () => ok(null));
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(message);
	});

	test('Bind Queues: POST agents/queues {AgentId, Queues}', async () => {
		const { result, sent } = await run({ operation: 'bindQueues', agentId: '10031', queues: ['9008', '9009'] }, () => ok(null));
		expect(result.error).toBeUndefined();
		expect(sent).toEqual([
			{ method: 'POST', path: '/ccapi/v2/agents/queues', query: { AppId: APP_ID }, body: { AgentId: '10031', Queues: ['9008', '9009'] } },
		]);
		expect(result.json('Udesk')).toEqual([{ AgentId: '10031', Queues: ['9008', '9009'], bound: true }]);
	});

	test('Unbind Queues: DELETE agents/queues {AgentId, Queues}; IDs from an expression string are accepted', async () => {
		const { result, sent } = await run({ operation: 'unbindQueues', agentId: '10031', queues: '={{ "9008" }}' }, () => ok(null));
		expect(result.error).toBeUndefined();
		expect(sent).toEqual([
			{ method: 'DELETE', path: '/ccapi/v2/agents/queues', query: { AppId: APP_ID }, body: { AgentId: '10031', Queues: ['9008'] } },
		]);
		expect(result.json('Udesk')).toEqual([{ AgentId: '10031', Queues: ['9008'], unbound: true }]);
	});

	test('Bind Queues: no queue chosen is refused before sending', async () => {
		const { vendor, result } = await run({ operation: 'bindQueues', agentId: '10031', queues: '={{ [] }}' }, () => ok(null));
		expect(vendor.received).toHaveLength(0);
		expect(result.error?.message).toBe('Queue Names or IDs is required: choose at least one queue');
	});

	test('Bind Extensions refused by udesk (extension bound elsewhere) → NodeApiError, not retried', async () => {
		const { vendor, result } = await run({ operation: 'bindExtensions', agentId: '1', extensions: '8001' }, () => ({
			body: { ErrCode: '100016', ErrDesc: 'VoipBindAgent', Result: null },
		}));
		expect(vendor.received).toHaveLength(1);
		expect(result.error?.message).toBe('udesk error 100016: VoipBindAgent');
		expect(result.error?.description).toBe('The extension is bound to an agent and cannot be deleted');
	});
});

describe('udesk → agents: IDs from Get Agent chain into input, passwords stay out, every state has a name', () => {
	const FROM_GET_AGENT = `10040@${APP_ID}`; // the doc: Get Agent answers "AgentId": "7765@a54a8b77-…"

	test.each([
		['delete', { operation: 'delete', isDelExtensions: false }, 'DELETE', '/ccapi/v2/agents/10040', { AgentId: '10040', IsDelExtensions: false }],
		['bind queues', { operation: 'bindQueues', queues: ['9001'] }, 'POST', '/ccapi/v2/agents/queues', { AgentId: '10040', Queues: ['9001'] }],
		['set call mode', { operation: 'setCallMode', contact: 'voip' }, 'POST', '/ccapi/v2/agent/set_call_mode', { AgentId: '10040', Contact: 'voip' }],
	])('%s takes "10040@<AppId>" and sends 10040', async (_name, parameters, method, path, body) => {
		const { result, sent } = await run({ ...parameters, agentId: FROM_GET_AGENT }, () => callControlOk());
		expect(result.error).toBeUndefined();
		expect(sent.map((request) => [request.method, request.path, request.body])).toEqual([[method, path, body]]);
		expect(result.json('Udesk')[0].AgentId).toBe('10040');
	});

	test('Get Agent → Bind Queues by expression: the output AgentId goes straight in', async () => {
		const vendor = fakeVendor(BASE, (request) =>
			request.method === 'GET' ? ok({ ...AGENT, AgentId: FROM_GET_AGENT }) : ok(null),
		);
		const result = await runWorkflow({
			nodes: [
				udesk({ resource: 'agent', operation: 'get', agentId: '10040' }, { name: 'Get Agent' }),
				udesk({ resource: 'agent', operation: 'bindQueues', agentId: '={{ $json.AgentId }}', queues: ['9001'] }, { name: 'Bind' }),
			],
			connections: { 'Get Agent': { main: [[{ node: 'Bind', type: 'main', index: 0 }]] } },
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const post = vendor.received.find((request) => request.method === 'POST');
		expect(post?.body).toEqual({ AgentId: '10040', Queues: ['9001'] });
		expect(result.json('Bind')).toEqual([{ AgentId: '10040', Queues: ['9001'], bound: true }]);
	});

	test('a queue\'s agent list and the state-log filter accept the same form', async () => {
		const vendor = fakeVendor(BASE, () => ok(null));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'queue', operation: 'bindAgents', queueId: '9008', agentIds: [FROM_GET_AGENT, '10032'], mode: 'add' })],
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received[0].body).toEqual({ QueueId: '9008', AgentIds: ['10040', '10032'] });
	});

	test('other text after @ is still refused, naming the field', async () => {
		const { result, sent } = await run({ operation: 'delete', agentId: '10040@not an app', isDelExtensions: false }, () => ok(null));
		expect(sent).toEqual([]);
		expect(result.error?.message).toBe('Agent: "10040@not an app" is not valid — an agent ID is digits only, at most 32, e.g. 10031');
	});

	const WITH_PASSWORDS = {
		...AGENT,
		Extensions: [{ Extension: '8001', Password: '5ca7561e1748f1b7', Number: '90310468568001' }],
		ExtenInfos: [{ Extension: '8001', password: 'd0942c4e07c038f8' }],
	};

	test('Get leaves extension SIP passwords out by default', async () => {
		const { result } = await run({ operation: 'get', agentId: '62' }, () => ok(WITH_PASSWORDS));
		expect(result.json('Udesk')).toEqual([
			{
				...AGENT,
				Extensions: [{ Extension: '8001', Number: '90310468568001' }],
				ExtenInfos: [{ Extension: '8001' }],
				StateName: 'Ready for work',
				ExtStateName: 'Idle',
			},
		]);
		expect(JSON.stringify(result.run.data)).not.toMatch(/5ca7561e1748f1b7|d0942c4e07c038f8/);
	});

	test('Get Many leaves them out too; the option Include Extension Passwords keeps them', async () => {
		const page = () => ok({ CurrPage: 1, PageSize: 100, Total: 1, TotalPage: 1, AgentList: [WITH_PASSWORDS] });
		const hidden = await run({ operation: 'getAll', returnAll: true }, page);
		expect(hidden.result.json('Udesk')[0].Extensions).toEqual([{ Extension: '8001', Number: '90310468568001' }]);
		nock.cleanAll();
		const shown = await run({ operation: 'getAll', returnAll: true, options: { includePasswords: true } }, page);
		expect(shown.result.json('Udesk')[0]).toMatchObject({
			Extensions: WITH_PASSWORDS.Extensions,
			ExtenInfos: WITH_PASSWORDS.ExtenInfos,
		});
	});

	test.each([
		['talking', 'In call'],
		['idle', 'Idle'],
		['busy', 'Busy'],
		['onBreak', 'On break'],
		['offline', 'Offline'],
		['notAvailable', 'Not available'],
		['after_call_work', 'After call work'],
	])('State "%s" gets the name %p', async (state, name) => {
		const { result } = await run({ operation: 'get', agentId: '62' }, () => ok({ ...AGENT, State: state }));
		expect(result.json('Udesk')[0]).toMatchObject({ State: state, StateName: name });
	});
});
