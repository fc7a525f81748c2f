/**
 * nodes/shared/parameters.ts: a parameter without an expression is read once per execution and reused for the other
 * items; one with an expression is read per item. In n8n's real engine (what the vendor receives per item) and on a
 * counting stand-in for the execution context (how often n8n was asked).
 */
import type { IExecuteFunctions } from 'n8n-workflow';

import { itemParameter } from '../nodes/shared/parameters';
import { runWorkflow } from './harness/engine';
import { fakeVendor } from './harness/http';
import { BASE, credentials, ok, udesk } from './udesk/callCenter.helpers';

const input = [{ json: { q: '9001' } }, { json: { q: '9002' } }, { json: { q: '9003' } }];

let vendor: ReturnType<typeof fakeVendor> | undefined;

async function queueGets(parameters: Record<string, unknown>, typeVersion?: number) {
	vendor ??= fakeVendor(BASE, (request) => ok({ QueueId: /queues\/(\d+)/.exec(request.path)?.[1] }));
	const before = vendor.received.length;
	const result = await runWorkflow({
		nodes: [udesk({ resource: 'queue', operation: 'get', parallelRequests: 1, ...parameters }, typeVersion ? { typeVersion } : {})],
		credentials: credentials(),
		input,
	});
	expect(result.error).toBeUndefined();
	return { paths: vendor.received.slice(before).map((request) => request.path.split('?')[0]), output: result.output('udesk') };
}

afterEach(() => {
	vendor = undefined;
});

describe('item parameters: read once when they cannot differ between items', () => {
	test('a fixed Queue ID goes to every item; a Queue ID by expression follows each item', async () => {
		const fixed = await queueGets({ queueId: '9007' });
		expect(fixed.paths).toEqual(['/ccapi/v2/queues/9007', '/ccapi/v2/queues/9007', '/ccapi/v2/queues/9007']);
		expect(fixed.output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);

		const byExpression = await queueGets({ queueId: '={{ $json.q }}' });
		expect(byExpression.paths).toEqual(['/ccapi/v2/queues/9001', '/ccapi/v2/queues/9002', '/ccapi/v2/queues/9003']);
	});

	test('the same for a resource locator (version 1.1): By ID fixed, and an expression inside the locator', async () => {
		const fixed = await queueGets({ queueId: { __rl: true, mode: 'id', value: '9005' } }, 1.1);
		expect(fixed.paths).toEqual(['/ccapi/v2/queues/9005', '/ccapi/v2/queues/9005', '/ccapi/v2/queues/9005']);
		const byExpression = await queueGets({ queueId: { __rl: true, mode: 'id', value: '={{ $json.q }}' } }, 1.1);
		expect(byExpression.paths).toEqual(['/ccapi/v2/queues/9001', '/ccapi/v2/queues/9002', '/ccapi/v2/queues/9003']);
	});

	test('n8n is asked once for a constant, per item for an expression or an object answer', () => {
		const context = (parameters: Record<string, unknown>, answer: (name: string, item: number) => unknown) => {
			const asked: Array<[string, number]> = [];
			const ctx = {
				getNodeParameter: (name: string, item: number) => {
					asked.push([name, item]);
					return answer(name, item);
				},
				getNode: () => ({ parameters }),
			} as unknown as IExecuteFunctions;
			return { ctx, asked };
		};
		const constant = context({ queueId: '9001' }, () => '9001');
		expect([0, 1, 2].map((item) => itemParameter(constant.ctx, 'queueId', item, ''))).toEqual(['9001', '9001', '9001']);
		expect(constant.asked).toEqual([['queueId', 0]]);

		const expression = context({ queueId: '={{ $json.q }}' }, (_, item) => `900${item}`);
		expect([0, 1, 2].map((item) => itemParameter(expression.ctx, 'queueId', item, ''))).toEqual(['9000', '9001', '9002']);
		expect(expression.asked).toHaveLength(3);

		const nested = context({ filters: { agentId: '={{ $json.a }}' } }, (_, item) => `a${item}`);
		[0, 1].forEach((item) => itemParameter(nested.ctx, 'filters', item, ''));
		expect(nested.asked).toHaveLength(2);

		const objects = context({ options: { limit: 5 } }, () => ({ limit: 5 }));
		const first = itemParameter(objects.ctx, 'options', 0, {});
		const second = itemParameter(objects.ctx, 'options', 1, {});
		expect(objects.asked).toHaveLength(2); // objects are never shared between items
		expect(first).not.toBe(second);

		// a fresh execution context asks again
		const again = context({ queueId: '9001' }, () => '9001');
		itemParameter(again.ctx, 'queueId', 0, '');
		expect(again.asked).toHaveLength(1);
	});
});
