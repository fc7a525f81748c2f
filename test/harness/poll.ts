/**
 * Runs a polling trigger the way n8n 2.41 does on an active workflow:
 *  - one real `Workflow` (active, with the workflow's time zone) whose static data persists across polls, as n8n's
 *    in-process scheduler keeps it between ticks;
 *  - each tick gets a fresh n8n-core `PollContext` (mode 'trigger', activation 'activate') and is run by n8n-core's own
 *    `PollTriggerExecutor` (what ActiveWorkflowTriggers schedules): `poll()` through TriggersAndPollers, then
 *    `__emit(items)` when it returned items, `__emitError(error)` when it threw;
 *  - an emitted poll's items then run through a real `WorkflowExecute` (engine.ts `runWorkflow`), as the execution n8n
 *    starts for them.
 * "Fetch Test Event" is `runWorkflow` with mode 'manual' (n8n-core's WorkflowExecute runs poll() itself then).
 */
import type { ICredentialDataDecryptedObject, IDataObject, INode, INodeExecutionData, IWorkflowExecuteAdditionalData } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';
import { PollContext, PollTriggerExecutor, TriggersAndPollers } from 'n8n-core';

import { HarnessCredentialsHelper, PackageNodeTypes, loadPackage, runWorkflow } from './engine';

/**
 * n8n-core's PollTriggerExecutor with n8n-core's own TriggersAndPollers; its logger, tracing and error reporter only
 * observe (debug lines, spans, error reports), so they are no-ops here.
 */
function pollTriggerExecutor(): PollTriggerExecutor {
	const noop = () => undefined;
	const logger = { scoped: () => logger, debug: noop, info: noop, warn: noop, error: noop };
	const traced = async (_options: unknown, run: (span: { setStatus: () => void }) => Promise<unknown>) =>
		await run({ setStatus: noop });
	const tracing = { startSpan: traced, startNewTraceSpan: traced, pickWorkflowAttributes: () => ({}), pickNodeAttributes: () => ({}) };
	const errorReporter = { error: noop, warn: noop };
	return new PollTriggerExecutor(logger as never, new TriggersAndPollers(), tracing as never, errorReporter as never);
}

export interface PollOutcome {
	/** What the trigger emitted (json of each item), or null when it emitted nothing. */
	emitted: IDataObject[] | null;
	/** The error n8n would record as a failed execution, if the poll threw. */
	error?: Error;
}

export async function createPollHarness(options: {
	node: INode;
	credentials: Record<string, ICredentialDataDecryptedObject>;
	timezone?: string;
	staticData?: IDataObject;
}) {
	const loader = await loadPackage();
	const nodeTypes = new PackageNodeTypes(loader);
	const credentialsHelper = new HarnessCredentialsHelper(loader, options.credentials);
	const timezone = options.timezone ?? 'UTC';
	const node = options.node;
	const workflow = new Workflow({
		id: 'poll-workflow',
		name: 'poll workflow',
		nodes: [node],
		connections: {},
		active: true,
		nodeTypes,
		staticData: options.staticData ?? {},
		settings: { timezone },
	});
	credentialsHelper.workflow = workflow;
	const additionalData = {
		credentialsHelper,
		executionId: 'poll-execution',
		userId: 'test-user',
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		variables: {},
	} as unknown as IWorkflowExecuteAdditionalData;

	const executor = pollTriggerExecutor();

	return {
		workflow,
		credentialsHelper,
		/** The node's static data (its cursor) as n8n keeps it. */
		nodeStaticData: () => workflow.getStaticData('node', node),

		/** One scheduled poll. */
		async poll(): Promise<PollOutcome> {
			let emitted: INodeExecutionData[][] | null = null;
			let error: Error | undefined;
			const context = new PollContext(
				workflow,
				node,
				additionalData,
				'trigger',
				'activate',
				(data) => {
					emitted = data;
				},
				(pollError) => {
					error = pollError;
				},
			);
			const tick = executor.create(workflow, node, context, () => true);
			await tick(false);
			if (emitted === null) return { emitted: null, error };
			// the execution n8n starts with the emitted items: the trigger's output is what the user sees
			const run = await runWorkflow({
				nodes: [node],
				credentials: options.credentials,
				input: (emitted as INodeExecutionData[][])[0],
				mode: 'trigger',
				timezone,
			});
			return { emitted: run.json(node.name), error };
		},

		/** "Fetch Test Event" in the editor. */
		async fetchTestEvent() {
			return await runWorkflow({
				nodes: [node],
				credentials: options.credentials,
				mode: 'manual',
				timezone,
				staticData: workflow.staticData,
			});
		},
	};
}
