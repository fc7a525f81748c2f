import type { INodeProperties } from 'n8n-workflow';

import { RATE_LIMITS } from '../../transport/rateLimiter';
import * as agentStateSummary from './agentStateSummary.operation';

export const operations = { agentStateSummary };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['report'] } },
		options: [
			{
				name: 'Get Agent State Summary',
				value: 'agentStateSummary',
				description: 'Login, idle, busy, pause, wrap-up and dial time per agent, day and call mode (5 requests per minute)',
				action: 'Get agent state summary',
			},
		],
		default: 'agentStateSummary',
	},
	{
		// Said up front, so that a long "Executing node…" is expected, not a hang.
		displayName: `Paced to Ozonetel's limit of ${RATE_LIMITS.summary} summary requests a minute per account: the first ${RATE_LIMITS.summary} requests go at once, then ${RATE_LIMITS.summary} a minute. N input items (or 30-day windows) take about N/${RATE_LIMITS.summary} minutes — 20 items about 3–4 minutes — while the node shows "Executing node…".`,
		name: 'pacingNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { resource: ['report'], operation: ['agentStateSummary'] } },
	},
	...agentStateSummary.description,
];
