/**
 * An epoch typed or mapped into a date-time field: 10 digits are seconds, 13 digits milliseconds, for every vendor
 * (nodes/shared/epoch.ts). Before, Zoho Voice read 1729036800 as milliseconds — 21 January 1970.
 */
import { packageNode, runWorkflow } from '../harness/engine';
import { fakeVendor } from '../harness/http';
import { distModules } from '../ozonetel/helpers';
import { credentials as udeskCredentials, HOST, ok, udesk } from '../udesk/part3.helpers';

const SECONDS = 1729036800; // 2024-10-16T00:00:00Z
const MILLISECONDS = SECONDS * 1000;

/** The udesk report parameter wherever the request carries it (query today; a JSON GET body as the doc has it). */
const sentStart = (request: { query: Record<string, unknown>; body?: unknown }) =>
	Number(request.query.StartTime ?? (request.body as Record<string, unknown> | undefined)?.StartTime);

describe('udesk reports', () => {
	const dayAgo = Math.floor(Date.now() / 1000) - 86_400;
	test.each([
		['a number of 10 digits', `={{ ${dayAgo} }}`],
		['a text of 10 digits', String(dayAgo)],
		['13 digits (milliseconds)', `={{ ${dayAgo * 1000} }}`],
	])('Start Time as %s is that moment, sent in milliseconds', async (_label, startTime) => {
		const expected = dayAgo * 1000;
		const vendor = fakeVendor(HOST, () => ok({ AgentStateLogs: [] }));
		const result = await runWorkflow({
			nodes: [udesk({ resource: 'report', operation: 'agentStateLogs', startTime, endTime: '', returnAll: true, filters: {} })],
			credentials: udeskCredentials(),
		});
		expect(result.error).toBeUndefined();
		expect(sentStart(vendor.received[0])).toBe(expected);
	});
});

describe('Zoho Voice', () => {
	test.each([
		['seconds (10 digits, number)', `={{ ${SECONDS} }}`, `={{ ${SECONDS + 86_400} }}`],
		['seconds (10 digits, text)', String(SECONDS), String(SECONDS + 86_400)],
		['milliseconds (13 digits)', `={{ ${MILLISECONDS} }}`, `={{ ${MILLISECONDS + 86_400_000} }}`],
	])('Start/End as %s become fromEpoch/toEpoch in milliseconds', async (_label, start, end) => {
		const vendor = fakeVendor('https://voice.zoho.com', () => ({ body: { calendarSummary: { histogramAggregation: [] }, code: '200', status: 'SUCCESS' } }));
		const result = await runWorkflow({
			nodes: [
				packageNode(
					'zohoVoice',
					{ resource: 'agentStatus', operation: 'getDailySummary', start, end, agentIds: '', queueIds: '', returnAll: false, limit: 10, options: { timeZone: 'UTC' } } as never,
					{ name: 'Zoho', credentialType: 'zohoVoiceOAuth2Api' },
				),
			],
			credentials: {
				zohoVoiceOAuth2Api: {
					dataCenter: 'us',
					clientId: '1000.CLIENTID',
					clientSecret: 'client-secret',
					oauthTokenData: { access_token: 'a', refresh_token: 'r', token_type: 'Bearer', expires_in: 3600 },
				},
			},
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received[0].query).toMatchObject({ fromEpoch: String(MILLISECONDS), toEpoch: String(MILLISECONDS + 86_400_000) });
	});
});

describe('Ozonetel', () => {
	beforeAll(async () => {
		const modules = await distModules();
		modules.limiter.setRateWindowForTests(60_000);
		modules.ledger.resetTokenLedgerForTests();
	});

	test('From/To as 10-digit epoch seconds are those moments (not 1970)', async () => {
		const vendor = fakeVendor('https://in1-ccaas-api.ozonetel.com', () => ({ body: { status: 'success', message: [] } }));
		const result = await runWorkflow({
			nodes: [
				packageNode(
					'ozonetel',
					{ resource: 'report', operation: 'agentStateSummary', fromDate: `={{ ${SECONDS} }}`, toDate: String(SECONDS + 3599), agentIds: '', modeTypes: [], options: { timezone: 'UTC' } } as never,
					{ name: 'Ozonetel', credentialType: 'ozonetelApi' },
				),
			],
			credentials: { ozonetelApi: { domain: 'in1-ccaas-api.ozonetel.com', userName: 'acme', apiKey: 'key', token: 'tok' } },
		});
		expect(result.error).toBeUndefined();
		expect(vendor.received[0].body).toMatchObject({ fromDate: '2024-10-16 00:00:00', toDate: '2024-10-16 00:59:59' });
	});
});
