/**
 * Runs this package's nodes inside n8n's real engine, the way n8n itself does:
 *  - the package is loaded from `dist` by n8n-core's own PackageDirectoryLoader (the loader n8n uses for community
 *    packages, including its description validation and codex loading);
 *  - a real `Workflow` is built and run by n8n-core's `WorkflowExecute`;
 *  - credentials go through `HarnessCredentialsHelper`, which applies each credential's own `authenticate` and
 *    `preAuthentication` with the same rules as n8n's CLI CredentialsHelper (expirable hidden field, renewal when the
 *    engine reports the credential expired, persisting what preAuthentication returned), and stores OAuth2 token
 *    updates so tests can assert what n8n would save.
 * HTTP is never mocked above the socket: tests use nock, and test/setup.ts forbids any unmatched network access.
 */
import type {
	ICredentialDataDecryptedObject,
	ICredentials,
	ICredentialType,
	IDataObject,
	IExecuteData,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IRun,
	IRunExecutionData,
	IVersionedNodeType,
	IWorkflowExecuteAdditionalData,
	IConnections,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { createRunExecutionData, ICredentialsHelper, NodeHelpers, Workflow } from 'n8n-workflow';
import { ExecutionLifecycleHooks, PackageDirectoryLoader, WorkflowExecute } from 'n8n-core';

import { REPO_ROOT } from './system';

export const PACKAGE_DIR = REPO_ROOT;
export const PACKAGE_NAME = 'n8n-nodes-contact-center';

let loaderPromise: Promise<PackageDirectoryLoader> | undefined;

/** Loads dist/ once per test file with n8n's own community-package loader. */
export async function loadPackage(): Promise<PackageDirectoryLoader> {
	loaderPromise ??= (async () => {
		const loader = new PackageDirectoryLoader(PACKAGE_DIR);
		await loader.loadAll();
		return loader;
	})();
	return await loaderPromise;
}

export class PackageNodeTypes implements INodeTypes {
	constructor(
		private readonly loader: PackageDirectoryLoader,
		/** Test-only node types (probes of n8n's own behaviour), looked up by their full type name first. */
		private readonly extra: Record<string, INodeType> = {},
	) {}

	private shortName(type: string) {
		return type.startsWith(`${PACKAGE_NAME}.`) ? type.slice(PACKAGE_NAME.length + 1) : type;
	}

	getByName(type: string): INodeType | IVersionedNodeType {
		if (type in this.extra) return this.extra[type];
		return this.loader.getNode(this.shortName(type)).type;
	}

	getByNameAndVersion(type: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.getByName(type), version);
	}

	getKnownTypes() {
		return {};
	}
}

/** Data n8n would have written back to the credential store, recorded for assertions. */
export interface CredentialWrite {
	type: string;
	kind: 'preAuthentication' | 'oauthTokenData';
	data: ICredentialDataDecryptedObject;
}

export class HarnessCredentialsHelper extends ICredentialsHelper {
	readonly writes: CredentialWrite[] = [];

	constructor(
		private readonly loader: PackageDirectoryLoader,
		private readonly store: Record<string, ICredentialDataDecryptedObject>,
	) {
		super();
	}

	private type(name: string): ICredentialType {
		return this.loader.getCredential(name).type;
	}

	getParentTypes(name: string): string[] {
		const parents: string[] = [];
		let current: string | undefined = name;
		while (current !== undefined) {
			let extendsList: string[] | undefined;
			try {
				extendsList = this.type(current).extends;
			} catch {
				extendsList = undefined; // a type outside this package (oAuth2Api) has no further parents here
			}
			current = extendsList?.[0];
			if (current !== undefined) parents.push(current);
		}
		return parents;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
		workflow: Workflow,
		node: INode,
	): Promise<IHttpRequestOptions> {
		const { authenticate } = this.type(typeName);
		if (typeof authenticate === 'function') {
			return await authenticate(credentials, requestOptions);
		}
		if (authenticate?.type === 'generic') {
			const options = requestOptions as unknown as Record<string, IDataObject>;
			for (const [outerKey, outerValue] of Object.entries(authenticate.properties)) {
				for (const [key, value] of Object.entries(outerValue as IDataObject)) {
					options[outerKey] ??= {};
					options[outerKey][this.resolve(key, credentials, workflow, node)] = this.resolve(
						value,
						credentials,
						workflow,
						node,
					);
				}
			}
		}
		return requestOptions;
	}

	private resolve(value: unknown, credentials: ICredentialDataDecryptedObject, workflow: Workflow, node: INode) {
		if (typeof value !== 'string' || !value.startsWith('=')) return value as string;
		const resolved = workflow.expression.getSimpleParameterValue(
			node,
			value,
			'internal',
			{ $credentials: credentials },
			undefined,
			'',
		);
		return resolved ? String(resolved) : '';
	}

	/** Same rules as n8n's CLI CredentialsHelper.preAuthentication (packages/cli/src/credentials-helper.ts). */
	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		_node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const credentialType = this.type(typeName);
		const expirable = credentialType.properties.find(
			(property) => property.type === 'hidden' && property.typeOptions?.expirable === true,
		);
		if (expirable === undefined || typeof credentialType.preAuthentication !== 'function') return undefined;
		if (credentials[expirable.name] !== '' && credentials[expirable.name] !== undefined && !credentialsExpired) {
			return undefined;
		}
		const output = (await credentialType.preAuthentication.call(helpers, credentials)) as ICredentialDataDecryptedObject;
		if (output[expirable.name] === undefined) return undefined;
		this.store[typeName] = { ...this.store[typeName], ...output };
		this.writes.push({ type: typeName, kind: 'preAuthentication', data: { ...output } });
		return Object.assign(credentials, output);
	}

	async runPreAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const credentialType = this.type(typeName);
		if (typeof credentialType.preAuthentication !== 'function') return undefined;
		return ((await credentialType.preAuthentication.call(helpers, credentials)) ?? undefined) as
			| ICredentialDataDecryptedObject
			| undefined;
	}

	async getCredentials(nodeCredentials: INodeCredentialsDetails, type: string): Promise<ICredentials> {
		const data = this.store[type] ?? {};
		return {
			id: nodeCredentials.id,
			name: nodeCredentials.name,
			type,
			data: undefined,
			getData: () => ({ ...data }),
			getDataToSave: () => ({ id: nodeCredentials.id, name: nodeCredentials.name, type, data: '' }),
			setData: (newData: ICredentialDataDecryptedObject) => {
				this.store[type] = newData;
			},
		} as unknown as ICredentials;
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		_mode?: WorkflowExecuteMode,
		_executeData?: IExecuteData,
		raw?: boolean,
	): Promise<ICredentialDataDecryptedObject> {
		const data = this.store[type];
		if (data === undefined) throw new Error(`The test gave no credentials of type "${type}"`);
		// n8n hands each request a fresh decrypted copy of what is stored
		if (raw === true || !this.getParentTypes(type).includes('oAuth2Api')) return structuredClone(data);
		return this.applyOAuth2Defaults(type, structuredClone(data));
	}

	/** Set by runWorkflow: the workflow whose expression engine resolves credential expressions. */
	workflow?: Workflow;

	/**
	 * What n8n's CLI CredentialsHelper.applyDefaultsAndOverwrites does for an OAuth2 credential of this package: the
	 * type's hidden fields (authUrl, accessTokenUrl, scope, ...) always come from the type (OAUTH_PINNED_FIELDS), other
	 * missing fields get their defaults, then `={{ ... }}` values are resolved with `$self` = the credential data.
	 * Only applied to types extending oAuth2Api (oAuth2Api's own fields such as clientId are not in this package, so
	 * stored values are kept as they are).
	 */
	private applyOAuth2Defaults(type: string, data: ICredentialDataDecryptedObject): ICredentialDataDecryptedObject {
		const withDefaults: ICredentialDataDecryptedObject = { ...data };
		for (const property of this.type(type).properties) {
			if (property.type === 'hidden' || withDefaults[property.name] === undefined) {
				withDefaults[property.name] = property.default as ICredentialDataDecryptedObject[string];
			}
		}
		const workflow = this.workflow;
		if (workflow === undefined) return withDefaults;
		const node = Object.values(workflow.nodes)[0];
		const resolved = workflow.expression.getComplexParameterValue(
			node,
			withDefaults as never,
			'internal',
			{},
			undefined,
			undefined,
			withDefaults,
		) as ICredentialDataDecryptedObject;
		if (data.oauthTokenData !== undefined) resolved.oauthTokenData = data.oauthTokenData;
		return resolved;
	}

	async updateCredentials(
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.store[type] = { ...data };
	}

	async updateCredentialsOauthTokenData(
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.store[type] = { ...this.store[type], ...data };
		this.writes.push({ type, kind: 'oauthTokenData', data: structuredClone(data) });
	}

	isCredentialUsableByNode(credentialType: string, nodeType: string): boolean {
		const type = this.type(credentialType) as ICredentialType & { restrictToSupportedNodes?: boolean };
		if (!type.restrictToSupportedNodes) return true;
		return (type.supportedNodes ?? []).some((name) => nodeType === name || nodeType.endsWith(`.${name}`));
	}

	getCredentialsProperties(type: string) {
		return this.type(type).properties;
	}
}

export interface RunOptions {
	/** Nodes of the workflow; the first one is the start node and receives `input`. */
	nodes: INode[];
	connections?: IConnections;
	/** Credential data by credential type name; the store is updated in place when n8n would persist changes. */
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** Items the start node receives (default: one empty item). */
	input?: INodeExecutionData[];
	mode?: WorkflowExecuteMode;
	/** Workflow static data (trigger subscriptions and the like). */
	staticData?: IDataObject;
	timezone?: string;
	/** Test-only node types by full type name, e.g. a probe that calls an n8n helper directly. */
	extraNodeTypes?: Record<string, INodeType>;
}

export interface RunResult {
	run: IRun;
	/** Output items of a node's first run, first output. */
	output(nodeName: string): INodeExecutionData[];
	/** `json` of every output item of a node. */
	json(nodeName: string): IDataObject[];
	/** The error a user sees on the failed node, if any. */
	error: IRun['data']['resultData']['error'];
	credentialsHelper: HarnessCredentialsHelper;
	workflow: Workflow;
}

let nodeIdCounter = 0;

/** Builds an INode of this package with sensible defaults. */
export function packageNode(
	type: string,
	parameters: INode['parameters'],
	extra: Partial<INode> & { credentialType?: string } = {},
): INode {
	const { credentialType, ...rest } = extra;
	return {
		id: `node-${++nodeIdCounter}`,
		name: rest.name ?? type,
		type: `${PACKAGE_NAME}.${type}`,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		...(credentialType ? { credentials: { [credentialType]: { id: '1', name: `${credentialType} account` } } } : {}),
		...rest,
	};
}

export async function runWorkflow(options: RunOptions): Promise<RunResult> {
	const loader = await loadPackage();
	const nodeTypes = new PackageNodeTypes(loader, options.extraNodeTypes);
	const store = options.credentials ?? {};
	const credentialsHelper = new HarnessCredentialsHelper(loader, store);

	const workflow = new Workflow({
		id: 'test-workflow',
		name: 'test workflow',
		nodes: options.nodes,
		connections: options.connections ?? {},
		active: false,
		nodeTypes,
		staticData: options.staticData,
		settings: { timezone: options.timezone ?? 'UTC' },
	});
	credentialsHelper.workflow = workflow;

	const hooks = new ExecutionLifecycleHooks(options.mode ?? 'manual', 'test-execution', {
		id: 'test-workflow',
		name: 'test workflow',
		active: false,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
		nodes: options.nodes,
		connections: options.connections ?? {},
		activeVersionId: null,
	} as never);
	let finished: (run: IRun) => void = () => undefined;
	const done = new Promise<IRun>((resolve) => (finished = resolve));
	hooks.addHandler('workflowExecuteAfter', (run) => finished(run));

	const notAvailable = async () => await Promise.reject(new Error('Not available in the test harness'));
	const additionalData = {
		credentialsHelper,
		hooks,
		executionId: 'test-execution',
		userId: 'test-user',
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		currentNodeParameters: undefined,
		executionTimeoutTimestamp: undefined,
		variables: {},
		executeWorkflow: notAvailable,
		getRunExecutionData: async () => undefined,
		logAiEvent: () => undefined,
		setExecutionStatus: () => undefined,
		sendDataToUI: () => undefined,
		startRunnerTask: notAvailable,
	} as unknown as IWorkflowExecuteAdditionalData;

	const startNode = options.nodes[0];
	const executeData: IExecuteData = {
		node: startNode,
		data: { main: [options.input ?? [{ json: {} }]] },
		source: null,
	};
	const runExecutionData: IRunExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [executeData],
		},
	});

	const workflowExecute = new WorkflowExecute(additionalData, options.mode ?? 'manual', runExecutionData);
	await workflowExecute.processRunExecutionData(workflow);
	const run = await done;

	const output = (nodeName: string) => {
		const runs = run.data.resultData.runData[nodeName];
		if (runs === undefined) throw new Error(`Node "${nodeName}" did not run`);
		return runs[0].data?.main?.[0] ?? [];
	};
	return {
		run,
		output,
		json: (nodeName) => output(nodeName).map((item) => item.json),
		error: run.data.resultData.error,
		credentialsHelper,
		workflow,
	};
}
