import type { SimplifyMapping } from '../../shared/simplify';
import { rule } from '../../shared/simplify';

/**
 * Ozonetel CloudAgent → the package's simplified shape (nodes/shared/simplify.ts). Field names are the doc's answer
 * fields (seeds 000, 001); durations arrive as HH:mm:ss.
 */

/** /ca_reports/summaryReport — one agent, day and mode. */
export const OZONETEL_AGENT_STATE_SUMMARY: SimplifyMapping = {
	agentId: rule.text('AgentUniqueID', 'AgentIncrID'),
	agentName: rule.text('AgentName'),
	durationSeconds: rule.hms('TotalLoginDuration'),
	direction: rule.direction('ModeType'),
	date: rule.text('CallDate'),
	availableSeconds: rule.hms('TotalIdleTime'),
	onCallSeconds: rule.hmsSum('TotalBusyTime', 'TotalDialTime'),
	breakSeconds: rule.hms('TotalPauseTime'),
	wrapUpSeconds: rule.hms('TotalWrapupTime'),
	loggedInSeconds: rule.hms('TotalLoginDuration'),
	mode: rule.text('ModeType'),
};

/** /ca_apis/aht — the average handling time of one agent or one campaign (durationSeconds / duration = the AHT). */
export const OZONETEL_AVERAGE_HANDLING_TIME: SimplifyMapping = {
	agentId: rule.text('AgentID'),
	agentName: rule.text('AgentName'),
	durationSeconds: rule.hms('AHT'),
	campaignId: rule.text('CampaignID'),
	campaignName: rule.text('CampaignName'),
};
