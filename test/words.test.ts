// Words a user reads (issue 14 §5): canvas subtitles in display words, udesk events by human name and meaning.
import type { INode, INodeParameters, INodeProperties, INodePropertyOptions, INodeType } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { CcaiPlatform } from '../nodes/CcaiPlatform/CcaiPlatform.node';
import { Ozonetel } from '../nodes/Ozonetel/Ozonetel.node';
import { ALL_EVENTS, EVENT_INFO, eventSubtitle } from '../nodes/Udesk/helpers/events';
import { Udesk } from '../nodes/Udesk/Udesk.node';
import { UdeskTrigger } from '../nodes/UdeskTrigger/UdeskTrigger.node';
import { ZohoVoice } from '../nodes/ZohoVoice/ZohoVoice.node';
import { operationSubtitle } from '../nodes/shared/subtitle';
import { loadPackage, PACKAGE_NAME, PackageNodeTypes } from './harness/engine';

/**
 * Evaluates a subtitle the way the editor does: n8n's own expression engine, on a node of the real (dist/-loaded) type
 * with these parameters.
 */
async function evaluate(type: string, subtitle: string, parameters: INodeParameters): Promise<unknown> {
	const nodeTypes = new PackageNodeTypes(await loadPackage());
	const node: INode = { id: 'n', name: 'N', type: `${PACKAGE_NAME}.${type}`, typeVersion: 1, position: [0, 0], parameters };
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	return workflow.expression.getSimpleParameterValue(node, subtitle, 'internal', {});
}

const actionNodes: Array<[string, INodeType]> = [
	['ccaiPlatform', new CcaiPlatform()],
	['udesk', new Udesk()],
	['ozonetel', new Ozonetel()],
	['zohoVoice', new ZohoVoice()],
];

describe('canvas subtitles', () => {
	test.each(actionNodes)('%s: the subtitle literal is the one built from its own operations', (_name, node) => {
		expect(node.description.subtitle).toBe(operationSubtitle(node.description.properties));
	});

	test.each(actionNodes)('%s: every resource/operation shows its action text, never the raw values', async (type, node) => {
		const operations = node.description.properties.filter((p: INodeProperties) => p.name === 'operation');
		expect(operations.length).toBeGreaterThan(0);
		for (const property of operations) {
			for (const resource of (property.displayOptions?.show?.resource ?? []) as string[]) {
				for (const option of property.options as INodePropertyOptions[]) {
					const shown = await evaluate(type, node.description.subtitle as string, { resource, operation: option.value });
					expect(shown).toBe(option.action ?? option.name);
					expect(String(shown)).not.toContain(String(option.value) + ':');
				}
			}
		}
	});

	test('Zoho Voice Get Daily Summary reads "Get daily status summary", not getDailySummary: agentStatus', async () => {
		expect(await evaluate('zohoVoice', new ZohoVoice().description.subtitle as string, { resource: 'agentStatus', operation: 'getDailySummary' })).toBe(
			'Get daily status summary',
		);
	});

	test('the trigger names its events', async () => {
		const trigger = new UdeskTrigger().description;
		expect(trigger.subtitle).toBe(eventSubtitle());
		expect(await evaluate('udeskTrigger', trigger.subtitle as string, { events: ['end', 'acd_agent_state'] })).toBe('Call Ended, Agent State Changed');
		expect(await evaluate('udeskTrigger', trigger.subtitle as string, { events: [] })).toBe('');
	});
});

describe('udesk events in human words', () => {
	test('every documented event has a name and a meaning', () => {
		expect(Object.keys(EVENT_INFO).sort()).toEqual([...ALL_EVENTS].sort());
		const names = Object.values(EVENT_INFO).map(({ name }) => name);
		expect(new Set(names).size).toBe(names.length);
		for (const { name, meaning } of Object.values(EVENT_INFO)) {
			expect(name).toMatch(/^[A-Z][\w-]*( [A-Za-z][\w-]*)*$/);
			expect(name).not.toMatch(/succ|asr|_/i);
			expect(meaning.length).toBeGreaterThan(10);
		}
	});

	test('the trigger offers "Call Ended" (udesk: end) and "Agent State Changed", sorted by name', () => {
		const events = new UdeskTrigger().description.properties.find((p) => p.name === 'events');
		const options = events?.options as INodePropertyOptions[];
		expect(options.find((o) => o.value === 'end')).toEqual({
			name: 'Call Ended',
			value: 'end',
			description: 'A call ended; its call log and recording follow in the reports (udesk: end)',
		});
		expect(options.find((o) => o.value === 'acd_agent_state')?.name).toBe('Agent State Changed');
		expect(options.find((o) => o.value === 'asr_gather_succ')?.name).toBe('Speech Input Recognised');
		const names = options.map((o) => o.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
	});

	test('the action node has its own description; the trigger\'s (shown on the merged node-creator card) covers both', () => {
		expect(new Udesk().description.description).toBe('Manage agents, queues, IVR, calls, auto-dial tasks, subscriptions and reports in udesk CTI Cloud');
		expect(new UdeskTrigger().description.description).toMatch(/agents, queues, IVR, calls and reports, and start workflows on its signed call and agent events$/);
	});
});
