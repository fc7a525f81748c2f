/**
 * Runs a trigger node's webhook side inside n8n-core's real contexts, the way n8n's CLI does (packages/cli/src/webhooks):
 *  - lifecycle: `WebhookService.createWebhookIfNotExists` = checkExists, then create when it answered false; deletion =
 *    `delete`; each call gets a fresh n8n-core `HookContext` over one real `Workflow` whose static data persists across
 *    calls like n8n saves it. Production: mode 'trigger' / activation 'activate'; editor test listening: the webhook is
 *    marked `isTest` (test URL), mode/activation 'manual'; deletion always runs as 'internal' / 'update' (as n8n does).
 *  - callbacks: n8n-core's `WebhookContext` around a fake express-like request/response, then what
 *    `WebhookHelpers.executeWebhook` does with the answer for responseMode 'onReceived': node answered itself
 *    (noWebhookResponse) → that answer; no workflowData → 200 with webhookResponse (or n8n's default text); otherwise
 *    200 "Workflow was started" and the items run through a real `WorkflowExecute` (engine.ts `runWorkflow`).
 */
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeExecutionData,
	IWebhookData,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
	WorkflowActivateMode,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';
import { HookContext, WebhookContext } from 'n8n-core';

import { HarnessCredentialsHelper, PackageNodeTypes, loadPackage, runWorkflow } from './engine';
import type { RunResult } from './engine';

export const WEBHOOK_BASE = 'http://127.0.0.1:5678/webhook';
export const WEBHOOK_TEST_BASE = 'http://127.0.0.1:5678/webhook-test';

export interface TriggerHarnessOptions {
	node: INode;
	credentials: Record<string, ICredentialDataDecryptedObject>;
	staticData?: IDataObject;
	workflowId?: string;
}

export interface CallbackRequest {
	query?: Record<string, unknown>;
	/** What express's body parser produced (an object for JSON). */
	body?: unknown;
	/** The raw bytes n8n keeps next to the parsed body. */
	rawBody?: string;
	headers?: Record<string, string>;
	test?: boolean;
}

export interface CallbackResponse {
	status: number;
	body: unknown;
	/** Whether a workflow execution was started. */
	executed: boolean;
	/** Output of the trigger in that execution. */
	items: IDataObject[];
	run?: RunResult;
}

class FakeResponse {
	statusCode = 200;
	body: unknown;
	headers: Record<string, string> = {};
	headersSent = false;

	status(code: number) {
		this.statusCode = code;
		return this;
	}

	setHeader(name: string, value: string) {
		this.headers[name.toLowerCase()] = value;
		return this;
	}

	writeHead(code: number, headers: Record<string, string> = {}) {
		this.statusCode = code;
		for (const [name, value] of Object.entries(headers)) this.setHeader(name, value);
		return this;
	}

	json(body: unknown) {
		this.setHeader('content-type', 'application/json');
		return this.end(body);
	}

	send(body: unknown) {
		return this.end(body);
	}

	end(body?: unknown) {
		if (this.headersSent) throw new Error('response already sent');
		this.body = body;
		this.headersSent = true;
		return this;
	}
}

export async function createTriggerHarness(options: TriggerHarnessOptions) {
	const loader = await loadPackage();
	const nodeTypes = new PackageNodeTypes(loader);
	const credentialsHelper = new HarnessCredentialsHelper(loader, options.credentials);
	const node = options.node;
	const workflowId = options.workflowId ?? 'wf1';
	const workflow = new Workflow({
		id: workflowId,
		name: 'trigger workflow',
		nodes: [node],
		connections: {},
		active: true,
		nodeTypes,
		staticData: options.staticData ?? {},
		settings: { timezone: 'UTC' },
	});
	const nodeType = nodeTypes.getByNameAndVersion(node.type, node.typeVersion);

	const additionalData = (extra: Partial<IWorkflowExecuteAdditionalData> = {}) =>
		({
			credentialsHelper,
			executionId: 'test-execution',
			userId: 'test-user',
			restApiUrl: 'http://127.0.0.1:5678/rest',
			instanceBaseUrl: 'http://127.0.0.1:5678/',
			formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
			webhookBaseUrl: WEBHOOK_BASE,
			webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
			webhookTestBaseUrl: WEBHOOK_TEST_BASE,
			variables: {},
			...extra,
		}) as unknown as IWorkflowExecuteAdditionalData;

	/** As WebhookService.getNodeWebhooks builds it. */
	const webhookData = (test: boolean): IWebhookData => {
		const description = nodeType.description.webhooks?.[0];
		if (description === undefined) throw new Error(`${node.type} has no webhook`);
		const path = NodeHelpers.getNodeWebhookPath(workflowId, node, String(description.path), false, false);
		return {
			httpMethod: description.httpMethod as IWebhookData['httpMethod'],
			node: node.name,
			path,
			webhookDescription: description,
			workflowId,
			workflowExecuteAdditionalData: additionalData(),
			...(test ? { isTest: true } : {}),
		};
	};

	const runMethod = async (
		method: 'checkExists' | 'create' | 'delete',
		test: boolean,
		mode: WorkflowExecuteMode,
		activation: WorkflowActivateMode,
	): Promise<boolean | undefined> => {
		const fn = nodeType.webhookMethods?.default?.[method];
		if (fn === undefined) return undefined;
		const data = webhookData(test);
		const context = new HookContext(workflow, node, data.workflowExecuteAdditionalData, mode, activation, data);
		return await fn.call(context);
	};

	const url = (test = false) =>
		`${test ? WEBHOOK_TEST_BASE : WEBHOOK_BASE}/${NodeHelpers.getNodeWebhookPath(workflowId, node, 'webhook', false, false)}`;

	return {
		workflow,
		credentialsHelper,
		url,
		/** The node's static data as n8n would persist it. */
		nodeStaticData: () => workflow.getStaticData('node', node),
		checkExists: async (test = false) =>
			await runMethod('checkExists', test, test ? 'manual' : 'trigger', test ? 'manual' : 'activate'),
		/** createWebhookIfNotExists. */
		activate: async (test = false) => {
			const mode = test ? 'manual' : 'trigger';
			const activation = test ? 'manual' : 'activate';
			const exists = await runMethod('checkExists', test, mode, activation);
			if (!exists) await runMethod('create', test, mode, activation);
		},
		deactivate: async (test = false) => await runMethod('delete', test, 'internal', 'update'),

		async receive(request: CallbackRequest): Promise<CallbackResponse> {
			const headers: Record<string, string> = { 'content-type': 'application/json', ...(request.headers ?? {}) };
			let body = request.body;
			let rawBody: Buffer | undefined;
			if (request.rawBody !== undefined) {
				rawBody = Buffer.from(request.rawBody);
				headers['content-length'] ??= String(rawBody.length);
			} else if (body !== undefined) {
				rawBody = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
				headers['content-length'] ??= String(rawBody.length);
			}
			if (body === undefined) body = {};
			const req = {
				method: 'POST',
				url: url(request.test),
				headers,
				query: request.query ?? {},
				params: {},
				body,
				rawBody,
			};
			const res = new FakeResponse();
			const test = request.test === true;
			const context = new WebhookContext(
				workflow,
				node,
				additionalData({ httpRequest: req, httpResponse: res } as never),
				test ? 'manual' : 'webhook',
				webhookData(test),
				[],
				null,
			);
			let result: IWebhookResponseData;
			try {
				result = await (nodeType.webhook as (this: WebhookContext) => Promise<IWebhookResponseData>).call(context);
			} catch (error) {
				return { status: 500, body: { message: 'Error in workflow', cause: (error as Error).message }, executed: false, items: [] };
			}
			if (result.noWebhookResponse === true) {
				return { status: res.statusCode, body: res.body, executed: false, items: [] };
			}
			if (result.workflowData === undefined) {
				return {
					status: 200,
					body: result.webhookResponse ?? { message: 'Webhook call received' },
					executed: false,
					items: [],
				};
			}
			const run = await runWorkflow({
				nodes: [node],
				credentials: options.credentials,
				input: result.workflowData[0] as INodeExecutionData[],
				mode: test ? 'manual' : 'webhook',
			});
			return {
				status: 200,
				body: { message: 'Workflow was started' },
				executed: true,
				items: run.json(node.name),
				run,
			};
		},
	};
}
