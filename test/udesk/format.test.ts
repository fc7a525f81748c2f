import { enumName, epochToIso, formatAgent, withIsoTimes, AGENT_STATE_NAMES } from '../../nodes/Udesk/helpers/format';

describe('udesk shared formatting', () => {
	test('epoch milliseconds and seconds both become the same ISO date-time', () => {
		expect(epochToIso(1566316800000)).toBe('2019-08-20T16:00:00.000Z');
		expect(epochToIso(1566316800)).toBe('2019-08-20T16:00:00.000Z');
		expect(epochToIso('1566489599000')).toBe('2019-08-22T15:59:59.000Z');
		expect(epochToIso(0)).toBeUndefined();
		expect(epochToIso('')).toBeUndefined();
		expect(epochToIso('not a time')).toBeUndefined();
	});

	test('withIsoTimes adds <key>Iso next to present epoch fields and keeps the originals', () => {
		expect(withIsoTimes({ StartTime: 1566316800000, EndTime: null, Other: 1 }, ['StartTime', 'EndTime'])).toEqual({
			StartTime: 1566316800000,
			StartTimeIso: '2019-08-20T16:00:00.000Z',
			EndTime: null,
			Other: 1,
		});
	});

	test('formatAgent names State and ExtState, leaves unknown codes alone', () => {
		expect(formatAgent({ State: 2, ExtState: '4' })).toEqual({ State: 2, StateName: 'Locked', ExtState: '4', ExtStateName: 'Invalid' });
		expect(formatAgent({ State: 9 })).toEqual({ State: 9 });
		expect(enumName(AGENT_STATE_NAMES, null)).toBeUndefined();
	});
});
