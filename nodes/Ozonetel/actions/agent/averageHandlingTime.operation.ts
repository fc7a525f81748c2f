import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { byMapping, shapeOutput, simplifyProperties } from '../../../shared/simplify';
import { OZONETEL_AVERAGE_HANDLING_TIME } from '../../helpers/simplify';
import { reportRow } from '../../transport/format';
import { ozonetelApiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'By',
		name: 'by',
		type: 'options',
		options: [
			{ name: 'Agent', value: 'agent' },
			{ name: 'Campaign', value: 'campaign' },
		],
		default: 'agent',
		description: 'Whether to get the AHT of one agent or of one campaign (Ozonetel accepts exactly one of them)',
	},
	{
		displayName: 'Agent ID',
		name: 'agentId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'agent1',
		displayOptions: { show: { by: ['agent'] } },
		description: 'CloudAgent agent ID',
		hint: 'Typed, not picked: Ozonetel\'s API has no endpoint that lists agents',
	},
	{
		displayName: 'Campaign Name',
		name: 'campaignName',
		type: 'string',
		default: '',
		required: true,
		displayOptions: { show: { by: ['campaign'] } },
		description: 'Exact name of the campaign',
		hint: 'Typed, not picked: Ozonetel\'s API has no endpoint that lists campaigns',
	},
	{
		displayName:
			'Ozonetel computes the AHT over outbound calls of the last two hours only, and allows 50 requests per minute per account',
		name: 'ahtNotice',
		type: 'notice',
		default: '',
	},
	...simplifyProperties('agent or campaign, the AHT in seconds and as HH:mm:ss'),
];

const displayOptions = { show: { resource: ['agent'], operation: ['averageHandlingTime'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** Only reads at the vendor: items may run in parallel (nodes/shared/router.ts). */
export const readOnly = true;

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const by = this.getNodeParameter('by', itemIndex) as 'agent' | 'campaign';
	const field = by === 'campaign' ? 'campaignName' : 'agentId';
	const label = by === 'campaign' ? 'Campaign Name' : 'Agent ID';
	const value = String(this.getNodeParameter(field, itemIndex, '') ?? '').trim();
	if (value === '') {
		throw new NodeOperationError(
			this.getNode(),
			`${label} is required when By is ${by === 'campaign' ? 'Campaign' : 'Agent'}: Ozonetel needs either an agent ID or a campaign name`,
			{ itemIndex },
		);
	}
	if (value.includes(',')) {
		throw new NodeOperationError(this.getNode(), `${label}: give one ${by === 'campaign' ? 'campaign' : 'agent'}, not a list ("${value}")`, {
			itemIndex,
		});
	}
	// Exactly one of agentId / campaignName is ever sent: "By" makes both or neither impossible.
	const result = await ozonetelApiRequest.call(this, itemIndex, {
		method: 'POST',
		path: '/ca_apis/aht',
		bucket: 'aht',
		fields: { [field]: value },
	});
	const rows = result.rows.map((row) => reportRow(row, this.getTimezone()));
	return shapeOutput(this, itemIndex, rows, byMapping(OZONETEL_AVERAGE_HANDLING_TIME));
}
