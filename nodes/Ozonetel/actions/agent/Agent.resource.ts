import type { INodeProperties } from 'n8n-workflow';

import { RATE_LIMITS } from '../../transport/rateLimiter';
import * as averageHandlingTime from './averageHandlingTime.operation';

export const operations = { averageHandlingTime };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['agent'] } },
		options: [
			{
				name: 'Get Average Handling Time',
				value: 'averageHandlingTime',
				description: 'AHT of an agent or a campaign over outbound calls of the last two hours (50 requests per minute)',
				action: 'Get average handling time',
			},
		],
		default: 'averageHandlingTime',
	},
	{
		displayName: `Paced to Ozonetel's limit of ${RATE_LIMITS.aht} AHT requests a minute per account: beyond ${RATE_LIMITS.aht} input items the node waits, so N items take about N/${RATE_LIMITS.aht} minutes (200 items: about 4 minutes) while it shows "Executing node…".`,
		name: 'pacingNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { resource: ['agent'], operation: ['averageHandlingTime'] } },
	},
	...averageHandlingTime.description,
];
