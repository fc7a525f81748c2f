import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { ALL_EVENTS, eventOptions, eventSubtitle } from '../Udesk/helpers/events';
import { UDESK_CREDENTIAL, udeskApiRequest } from '../Udesk/transport';
import {
	AGENT_ID_KEYS,
	CALL_ID_KEYS,
	DEFAULT_TOLERANCE_SECONDS,
	EVENT_KEYS,
	MAX_BODY_BYTES,
	callbackTimestamp,
	findField,
	verifyCallback,
} from './verification';
import type { VerificationResult } from './verification';
import { cachedSecret } from './credentialCache';
import type { VerificationSecret } from './credentialCache';
import { storedParameter } from '../shared/parameters';
import { MSG_ID_KEYS, acceptOnce, callbackIdentity } from './replay';

/**
 * Subscription IDs live in the node's static data, keyed by the callback URL they deliver to. The production URL
 * and the editor's test URL differ, so a test listener never sees (or deletes) the production subscription.
 */
const STATIC_KEY = 'subscriptions';

/** udesk codes and HTTP statuses that mean "this subscription does not exist (any more)". */
const GONE_CODES = ['000004', '100018', 'HTTP 404', 'HTTP 410'];

interface SubscriptionSpec {
	callback: string;
	name: string;
	events: string[];
}

function storedSubscriptions(context: IHookFunctions): IDataObject {
	const data = context.getWorkflowStaticData('node');
	if (typeof data[STATIC_KEY] !== 'object' || data[STATIC_KEY] === null) data[STATIC_KEY] = {};
	return data[STATIC_KEY] as IDataObject;
}

function callbackUrl(context: IHookFunctions): string {
	const url = context.getNodeWebhookUrl('default');
	if (!url) {
		throw new NodeOperationError(context.getNode(), 'n8n gave no webhook URL for this trigger', {
			description: 'Save the workflow, and check that n8n knows its public address (the WEBHOOK_URL environment variable) so udesk can reach it.',
		});
	}
	return url;
}

function isGone(error: unknown): boolean {
	if (!(error instanceof NodeApiError)) return false;
	const code = String((error.errorResponse as IDataObject | undefined)?.code ?? '');
	return GONE_CODES.includes(code) || error.httpCode === '404' || error.httpCode === '410';
}

/** Reads and checks what activation needs, before anything is sent to udesk. */
async function subscriptionSpec(context: IHookFunctions): Promise<SubscriptionSpec> {
	const node = context.getNode();
	const events = context.getNodeParameter('events', []) as string[];
	if (!Array.isArray(events) || events.length === 0) {
		throw new NodeOperationError(node, 'Events: select at least one event to subscribe to');
	}
	const verify = context.getNodeParameter('verifySignature', true) as boolean;
	if (verify) {
		const credentials = await context.getCredentials(UDESK_CREDENTIAL);
		if (typeof credentials.secret !== 'string' || credentials.secret.trim() === '') {
			throw new NodeOperationError(node, 'The udesk credential has no App Secret, so callbacks cannot be verified', {
				description:
					'Copy the "Secret" field of the create-application response (or of Application → Get) into the App Secret field of the udesk credential. Only if you accept unverified callbacks, turn off "Verify Callback Signature".',
			});
		}
	}
	const callback = callbackUrl(context);
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const chosen = typeof options.subscriptionName === 'string' ? options.subscriptionName.trim() : '';
	// Listening in the editor activates with mode 'manual' (n8n's TestWebhooks); the URL check covers older callers.
	const isTest = context.getActivationMode() === 'manual' || callback.includes('/webhook-test/');
	const base = chosen !== '' ? chosen : `n8n ${context.getWorkflow().id ?? ''} ${node.id}`.replace(/\s+/g, ' ').trim();
	return { callback, events: [...events], name: isTest ? `${base} (test)` : base };
}

function sameEvents(a: unknown, b: string[]): boolean {
	if (!Array.isArray(a) || a.length !== b.length) return false;
	const left = [...a].map(String).sort();
	const right = [...b].sort();
	return left.every((value, index) => value === right[index]);
}

async function deleteSubscription(context: IHookFunctions, id: string): Promise<void> {
	try {
		await udeskApiRequest.call(context, 'DELETE', `subscriptions/${encodeURIComponent(id)}`);
	} catch (error) {
		// Already gone is what deleting wanted; udesk's NodeApiError is handed back unchanged otherwise.
		if (!isGone(error)) throw new NodeApiError(context.getNode(), error as JsonObject);
	}
}

interface BodyResult {
	body?: IDataObject;
	/** The body as received (for the replay hash): the raw bytes as text, else the parsed body re-serialised. */
	text?: string;
	reason?: string;
}

/** The callback body as an object; undefined body means "no body" ({}). Anything else is refused. */
function readBody(context: IWebhookFunctions): BodyResult {
	const request = context.getRequestObject() as unknown as {
		body?: unknown;
		rawBody?: { length: number; toString(encoding?: string): string };
		headers?: Record<string, unknown>;
	};
	const declared = Number(request.headers?.['content-length'] ?? 0);
	if (declared > MAX_BODY_BYTES || (request.rawBody?.length ?? 0) > MAX_BODY_BYTES) {
		return { reason: 'Body is too large' };
	}
	const rawText = request.rawBody && request.rawBody.length > 0 ? request.rawBody.toString('utf8') : undefined;
	let body = request.body;
	const emptyObject = body !== null && typeof body === 'object' && Object.keys(body).length === 0;
	if ((body === undefined || emptyObject) && rawText !== undefined) body = rawText;
	if (typeof body === 'string') {
		if (body.length > MAX_BODY_BYTES) return { reason: 'Body is too large' };
		if (body.trim() === '') {
			body = {};
		} else {
			try {
				body = JSON.parse(body) as unknown;
			} catch {
				return { reason: 'Body is not valid JSON' };
			}
		}
	}
	if (body === undefined || body === null) body = {};
	if (typeof body !== 'object' || Array.isArray(body)) return { reason: 'Body is not a JSON object' };
	const text = rawText ?? JSON.stringify(body);
	if (request.rawBody === undefined && declared === 0 && text.length > MAX_BODY_BYTES) {
		return { reason: 'Body is too large' };
	}
	return { body: body as IDataObject, text };
}

/**
 * Refuses a callback the way n8n's own triggers do (GitHub, Slack, …: 401 "Unauthorized", nothing else), so the
 * answer tells a sender nothing about which check failed. The reason goes to n8n's log — never the Secret, the
 * expected signature or the body.
 */
function unauthorized(context: IWebhookFunctions, reason: string): IWebhookResponseData {
	const node = context.getNode();
	context.logger.warn(`udesk Trigger "${node.name}": callback refused (401): ${reason}`, {
		workflowId: context.getWorkflow().id,
		nodeName: node.name,
		reason,
	});
	context.getResponseObject().status(401).send('Unauthorized');
	return { noWebhookResponse: true };
}

/**
 * App ID and App Secret for verification: from the per-process cache, or read (and cached) when `fresh`. `readNow`
 * says whether the credential was actually read for this call (then a re-read would bring nothing newer).
 */
async function verificationSecret(
	context: IWebhookFunctions,
	fresh: boolean,
): Promise<VerificationSecret & { readNow: boolean }> {
	const credentialId = context.getNode().credentials?.[UDESK_CREDENTIAL]?.id;
	let readNow = false;
	const value = await cachedSecret(
		credentialId,
		async () => {
			readNow = true;
			const credentials = await context.getCredentials(UDESK_CREDENTIAL);
			return { appId: String(credentials.appId ?? ''), secret: String(credentials.secret ?? '') };
		},
		{ fresh },
	);
	return { ...value, readNow };
}

/** Verdicts a newer credential could turn into a match: worth one fresh read before refusing. */
const CREDENTIAL_DEPENDENT = ['Sign does not match', 'AppId does not match', 'The udesk credential has no App ID or App Secret'];

export class UdeskTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Udesk CTI Cloud Trigger',
		name: 'udeskTrigger',
		icon: { light: 'file:../../icons/udesk.svg', dark: 'file:../../icons/udesk.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: eventSubtitle(),
		// n8n's node creator shows the action node and this trigger as ONE card and gives that card the trigger's
		// description (editor-ui useActionsGeneration.ts: `app.description = trigger.description`), so this text
		// speaks for both; the card's Triggers list then names each event ("Call Ended", "Agent State Changed"…).
		description:
			'Work with udesk CTI Cloud agents, queues, IVR, calls and reports, and start workflows on its signed call and agent events',
		defaults: { name: 'Udesk CTI Cloud Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'udeskApi', required: true }],
		// responseData '' (not left out): n8n 2.41 otherwise defaults it to 'firstEntryJson' and answers every callback
		// with that literal text, dropping webhookResponse ("Event not selected … ignored"). With '' it answers
		// webhookResponse, or {"message": "Workflow was started"}. Proven against the real n8n in test/e2e/.
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', responseData: '', path: 'webhook' }],
		properties: [
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				options: eventOptions(ALL_EVENTS),
				default: [],
				description:
					'The events udesk should send. A message subscription with exactly these events is created when the workflow is activated and deleted when it is deactivated.',
			},
			{
				displayName: 'Verify Callback Signature',
				name: 'verifySignature',
				type: 'boolean',
				default: true,
				description:
					'Whether to check every callback\'s AppId, Timestamp and Sign = SHA1(AppId + Secret + Timestamp) with the App Secret of the credential and refuse (401) anything that does not match',
			},
			{
				displayName:
					'Without verification anyone who learns the webhook URL can start this workflow with made-up events. Only turn it off for a trusted network.',
				name: 'verificationOffNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { verifySignature: [false] } },
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [
					{
						displayName: 'Event Name Field',
						name: 'eventField',
						type: 'string',
						default: '',
						placeholder: 'e.g. event or data.event',
						description:
							'Field of the callback body that holds the event name (a dotted path is allowed). Empty: the first of event, Event, EventName, event_name, EventType, event_type, evt, Evt, also inside data/Data/Result.',
					},
					{
						displayName: 'Subscription Name',
						name: 'subscriptionName',
						type: 'string',
						default: '',
						description:
							'Name of the udesk message subscription. Empty: "n8n {workflow ID} {node ID}". " (test)" is appended while listening in the editor.',
					},
					{
						displayName: 'Timestamp Tolerance (Seconds)',
						name: 'toleranceSeconds',
						type: 'number',
						typeOptions: { minValue: 1, maxValue: 86400 },
						default: DEFAULT_TOLERANCE_SECONDS,
						description:
							'Largest accepted difference between the callback\'s Timestamp (seconds or milliseconds) and the time n8n receives it. Older or future callbacks are refused (401). A delivery already accepted is not run again while its Timestamp is inside this window.',
					},
				],
			},
		],
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const spec = await subscriptionSpec(this);
				const stored = storedSubscriptions(this);
				const id = stored[spec.callback];
				if (id === undefined || id === null || id === '') return false;
				let current: IDataObject;
				try {
					const response = await udeskApiRequest.call(this, 'GET', `subscriptions/${encodeURIComponent(String(id))}`);
					current = (response.Result ?? {}) as IDataObject;
				} catch (error) {
					if (!isGone(error)) throw new NodeApiError(this.getNode(), error as JsonObject);
					delete stored[spec.callback];
					return false;
				}
				if (current.callback === spec.callback && sameEvents(current.events, spec.events) && current.enable !== false) {
					return true;
				}
				// It exists but delivers elsewhere, other events or not at all: remove it so that create() leaves no orphan.
				await deleteSubscription(this, String(id));
				delete stored[spec.callback];
				return false;
			},

			async create(this: IHookFunctions): Promise<boolean> {
				const spec = await subscriptionSpec(this);
				// A subscription this node made for another URL of the same kind (production or test) is n8n's old address:
				// n8n moved (a new WEBHOOK_URL, host or port) and does not deactivate a workflow when it stops, so udesk would
				// keep calling the dead URL — and the new subscription's name would be taken. Delete it first.
				const stored = storedSubscriptions(this);
				const isTestUrl = (url: string) => url.includes('/webhook-test/');
				for (const [url, id] of Object.entries(stored)) {
					if (url === spec.callback || isTestUrl(url) !== isTestUrl(spec.callback) || id === undefined || id === null || id === '') continue;
					await deleteSubscription(this, String(id));
					delete stored[url];
				}
				const response = await udeskApiRequest.call(this, 'POST', 'subscriptions', {
					body: { subscriptions: [{ callback: spec.callback, name: spec.name, events: spec.events }] },
				});
				const result = (response.Result ?? {}) as IDataObject;
				const succeeded = (Array.isArray(result.sub_succ) ? result.sub_succ : []) as IDataObject[];
				const failed = (Array.isArray(result.sub_fail) ? result.sub_fail : []).map(String);
				const mine = succeeded.find((entry) => entry.name === spec.name) ?? (succeeded.length === 1 ? succeeded[0] : undefined);
				if (failed.includes(spec.name) || mine?.id === undefined || mine.id === null || mine.id === '') {
					const vendorText = typeof response.ErrDesc === 'string' && response.ErrDesc !== '' && response.ErrDesc !== 'OK'
						? response.ErrDesc
						: undefined;
					const message = `udesk refused the subscription "${spec.name}"${failed.includes(spec.name) ? ' (sub_fail)' : ''}${vendorText ? `: ${vendorText}` : ''}`;
					throw new NodeApiError(this.getNode(), { message, ...response } as never, {
						message,
						description: 'The name may already be taken by another subscription of this application: set another Subscription Name in the options.',
					});
				}
				storedSubscriptions(this)[spec.callback] = String(mine.id);
				return true;
			},

			async delete(this: IHookFunctions): Promise<boolean> {
				const stored = storedSubscriptions(this);
				const callback = callbackUrl(this);
				const id = stored[callback];
				if (id === undefined || id === null || id === '') return true;
				try {
					await deleteSubscription(this, String(id));
				} catch (error) {
					// Kept in static data: the next activation's checkExists finds and reuses (or replaces) it.
					this.logger.warn(`udesk: could not delete message subscription ${String(id)}: ${(error as Error).message}`);
					return false;
				}
				delete stored[callback];
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		// Read from the stored node unless they hold an expression (nodes/shared/parameters.ts): one copy of the node per
		// callback instead of n8n's lookups per parameter — callbacks are the hot path.
		const verify = storedParameter(this, 'verifySignature', true) as boolean;
		const options = storedParameter<IDataObject>(this, 'options', {});
		const configured = Number(options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS);
		const tolerance = Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_TOLERANCE_SECONDS;

		const { body, text, reason } = readBody(this);
		if (body === undefined) return unauthorized(this, reason ?? 'Body is unreadable');
		const query = (this.getQueryData() ?? {}) as IDataObject;

		if (verify) {
			let readNow = false;
			const check = async (fresh: boolean): Promise<VerificationResult> => {
				const secret = await verificationSecret(this, fresh);
				readNow = secret.readNow;
				if (secret.appId === '' || secret.secret === '') {
					return { ok: false, reason: 'The udesk credential has no App ID or App Secret' };
				}
				return verifyCallback({ query, body, appId: secret.appId, secret: secret.secret, toleranceSeconds: tolerance, nowMs: Date.now() });
			};
			let verdict: VerificationResult;
			try {
				verdict = await check(false);
				// A cached secret may be an old one: read the credential once more before refusing (not when it was
				// just read for this callback).
				if (!verdict.ok && !readNow && CREDENTIAL_DEPENDENT.includes(verdict.reason)) verdict = await check(true);
			} catch {
				return unauthorized(this, 'The trigger has no usable udesk credential');
			}
			if (!verdict.ok) return unauthorized(this, verdict.reason);
		}

		const selected = storedParameter<string[]>(this, 'events', []);
		const eventField = typeof options.eventField === 'string' ? options.eventField.trim() : '';
		const event = findField(body, eventField !== '' ? [eventField] : EVENT_KEYS);
		if (event === undefined || !selected.includes(event)) {
			// Acknowledged so udesk does not retry, but nothing runs.
			return { webhookResponse: { message: 'Event not selected in the trigger: ignored' } };
		}

		// Replays: a delivery already accepted while its timestamp is still inside the window runs once (replay.ts).
		const timestamp = callbackTimestamp(query, body);
		const now = Date.now();
		const identity = callbackIdentity(findField(body, MSG_ID_KEYS), timestamp.text, text ?? JSON.stringify(body));
		const node = this.getNode();
		const accepted = acceptOnce({
			scope: `${this.getWorkflow().id ?? ''}:${node.id}`,
			staticData: this.getWorkflowStaticData('node'),
			identity,
			// A replay passes the timestamp check until Timestamp + tolerance: that long the record is kept (without
			// verification, at least the tolerance from now).
			expiresAt: Math.max((timestamp.ms ?? now) + tolerance * 1000, verify ? 0 : now + tolerance * 1000),
			now,
		});
		if (!accepted) {
			this.logger.info(`udesk Trigger "${node.name}": callback already accepted, not run again (replay or duplicate delivery)`, {
				workflowId: this.getWorkflow().id,
				nodeName: node.name,
			});
			// 200, so udesk stops re-sending a delivery whose first answer it missed; nothing runs.
			return { webhookResponse: { message: 'Callback already received: ignored' } };
		}

		const json: IDataObject = { ...body, event, receivedAt: new Date(now).toISOString() };
		const callId = findField(body, CALL_ID_KEYS);
		const agentId = findField(body, AGENT_ID_KEYS);
		if (callId !== undefined) json.callId = callId;
		if (agentId !== undefined) json.agentId = agentId;
		return { workflowData: [this.helpers.returnJsonArray([json])] };
	}
}
