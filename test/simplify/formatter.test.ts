/**
 * The shared formatter on its own (nodes/shared/simplify.ts, as built into dist/): the edge cases every vendor
 * mapping relies on, and items that carry files (a downloaded recording) keeping their files when shaped.
 */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { loadPackage } from '../harness/engine';
import { requireFromRepo } from '../harness/system';

type Simplify = typeof import('../../nodes/shared/simplify');
type UdeskMappings = typeof import('../../nodes/Udesk/helpers/simplify');

let simplify: Simplify;
let udesk: UdeskMappings;
beforeAll(async () => {
	await loadPackage();
	simplify = requireFromRepo<Simplify>('dist/nodes/shared/simplify.js');
	udesk = requireFromRepo<UdeskMappings>('dist/nodes/Udesk/helpers/simplify.js');
});

/** The two things shapeOutput asks of n8n: node parameters and the workflow time zone. */
function context(parameters: IDataObject, timeZone = 'UTC'): IExecuteFunctions {
	return {
		getNodeParameter: (name: string, _itemIndex: number, fallback: unknown) => (name in parameters ? parameters[name] : fallback),
		getTimezone: () => timeZone,
		getNode: () => ({ name: 'Udesk' }),
	} as unknown as IExecuteFunctions;
}

describe('formatter values', () => {
	test('durations: rounded to the second, hours past 24, no negatives', () => {
		expect([0, 59.5, 3600, 90061, 202133.44, -1, 'x', null].map((v) => simplify.formatDuration(v))).toEqual([
			'00:00:00', '00:01:00', '01:00:00', '25:01:01', '56:08:53', null, null, null,
		]);
		expect(['08:00:00', '100:00:01', '1:2:3', '00:60:00', 5].map((v) => simplify.hmsToSeconds(v))).toEqual([28800, 360001, null, null, null]);
	});

	test('times: epoch ms or s, ISO with offset keeps its instant, local text read in the source zone', () => {
		expect(simplify.epochToIso(1566351290766, 'Asia/Shanghai')).toBe('2019-08-21T09:34:50.766+08:00');
		expect(simplify.epochToIso(1566351290, 'UTC')).toBe('2019-08-21T01:34:50Z');
		expect(simplify.epochToIso(0, 'UTC')).toBeNull();
		expect(simplify.textToIso('2024-10-18T11:39:47Z', 'Asia/Kolkata')).toBe('2024-10-18T17:09:47+05:30');
		expect(simplify.textToIso('2025-09-23 09:00:00', 'UTC', 'Asia/Kolkata')).toBe('2025-09-23T03:30:00Z');
		expect(simplify.textToIso('not a date', 'UTC')).toBeNull();
	});

	test('direction words', () => {
		expect(['Incoming', 'incoming (transfer)', 'Outgoing', 'Inbound', 'Manual', 'predictive', 'monitor', ''].map((v) => simplify.normalizeDirection(v))).toEqual([
			'inbound', 'inbound', 'outbound', 'inbound', 'outbound', 'outbound', 'monitor', null,
		]);
	});

	test('ifKey: a key only some runs add is left out when absent, null when empty', () => {
		const options = { timeZone: 'UTC' };
		expect(simplify.simplifyRecord({ CallId: 'c1' }, udesk.UDESK_CALL_LOG, options)).not.toHaveProperty('recordingUrl');
		expect(simplify.simplifyRecord({ CallId: 'c1', RecFileUrl: null }, udesk.UDESK_CALL_LOG, options).recordingUrl).toBeNull();
		expect(simplify.simplifyRecord({ CallId: 'c1', RecFileUrl: 'https://r/1.wav' }, udesk.UDESK_CALL_LOG, options).recordingUrl).toBe('https://r/1.wav');
	});
});

describe('shapeOutput with items that carry files', () => {
	const file = { data: 'UklGRg==', mimeType: 'audio/wav', fileName: 'c1.wav' };
	const withFiles = (): { items: INodeExecutionData[] } => ({
		items: [
			{ json: { CallId: 'c1', StartTime: 1566351290766, EndTime: 1566351302186, Duration: 11, RecFileUrl: 'https://r/1.wav' }, binary: { data: file } },
			{ json: { CallId: 'c2', StartTime: 0, EndTime: 0, Duration: 0, RecFileUrl: '' } },
		],
	});

	test('Simplify on: each item\'s JSON simplified, its file kept', () => {
		const shaped = simplify.shapeOutput(context({ simplify: true }, 'Asia/Shanghai'), 0, withFiles(), simplify.byMapping(udesk.UDESK_RECORDING));
		expect(shaped).toEqual({
			items: [
				{
					json: {
						startedAt: '2019-08-21T09:34:50.766+08:00',
						endedAt: '2019-08-21T09:35:02.186+08:00',
						durationSeconds: 11,
						duration: '00:00:11',
						callId: 'c1',
						recordingUrl: 'https://r/1.wav',
					},
					binary: { data: file },
				},
				{ json: { startedAt: null, endedAt: null, durationSeconds: 0, duration: '00:00:00', callId: 'c2', recordingUrl: null } },
			],
		});
	});

	test('Simplify off: the items as they are; Selected Fields: only those fields, files kept', () => {
		const raw = withFiles();
		expect(simplify.shapeOutput(context({ simplify: false }), 0, raw, simplify.byMapping(udesk.UDESK_RECORDING))).toBe(raw);
		const selected = simplify.shapeOutput(context({ output: 'fields', outputFields: 'CallId' }), 0, withFiles(), simplify.byMapping(udesk.UDESK_RECORDING));
		expect(selected).toEqual({ items: [{ json: { CallId: 'c1' }, binary: { data: file } }, { json: { CallId: 'c2' } }] });
	});
});
