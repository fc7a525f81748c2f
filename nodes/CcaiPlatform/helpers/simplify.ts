import type { SimplifyMapping } from '../../shared/simplify';
import { rule } from '../../shared/simplify';

/** Google CCAI Platform → the package's simplified shape (nodes/shared/simplify.ts); fields of seed 003's answer. */

/** GET /apps/api/v1/agent_statuses — one agent and its current status. */
export const CCAI_AGENT_STATUS: SimplifyMapping = {
	agentId: rule.text('agent_id'),
	agentName: rule.text('name'),
	status: rule.text('status'),
	email: rule.text('email'),
};
