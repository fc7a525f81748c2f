import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { udeskApiRequest } from '../../transport';
import { numberInRange, ratioField, requiredText, TASK_TYPE_OPTIONS, taskIdField } from './fields';

const properties: INodeProperties[] = [
	taskIdField,
	{
		displayName: 'Task Type',
		name: 'adTaskType',
		type: 'options',
		required: true,
		options: TASK_TYPE_OPTIONS,
		default: '1',
		description: 'How the task dials (AdTaskType)',
	},
	ratioField,
	{
		displayName: 'Caller Number',
		name: 'adCallerNum',
		type: 'string',
		required: true,
		default: '',
		placeholder: '057126200670',
		description: 'Caller number the task dials from (AdCallerNum)',
	},
	{
		displayName: 'Display Number',
		name: 'adDispNum',
		type: 'string',
		required: true,
		default: '',
		placeholder: '057126200670',
		description: 'Number shown to the called party (AdDispNum)',
	},
	{
		displayName: 'Max Concurrent Calls',
		name: 'adConCallLimit',
		type: 'number',
		required: true,
		typeOptions: { minValue: 1, maxValue: 100 },
		default: 10,
		description: 'Most calls the task runs at the same time, at most 100 (AdConCallLimit)',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'IVR ID',
				name: 'adIvrId',
				type: 'string',
				default: '',
				description: 'IVR the task uses (AdIvrId)',
			},
			{
				displayName: 'Queue ID',
				name: 'adQueueId',
				type: 'string',
				default: '',
				placeholder: '9001',
				description: 'Queue whose agents take the calls (AdQueueId)',
			},
			{
				displayName: 'Robot Token',
				name: 'adRobotToken',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				description: 'Token of the voice robot for robot tasks (AdRobotToken); never echoed in the output',
			},
		],
	},
];

const displayOptions = { show: { resource: ['autoDialTask'], operation: ['start'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const adTaskId = requiredText(this, 'adTaskId', 'Task ID', itemIndex);
	const adTaskType = String(this.getNodeParameter('adTaskType', itemIndex));
	if (!TASK_TYPE_OPTIONS.some((option) => option.value === adTaskType)) {
		throw new NodeOperationError(
			this.getNode(),
			`Task Type must be one of 1 (Precision), 2 (Ratio), 3 (Prediction), 4 (Voice Broadcast), 5 (Robot) (got "${adTaskType}")`,
			{ itemIndex },
		);
	}
	const adTaskRatio = numberInRange(this, 'adTaskRatio', 'Ratio', itemIndex, { min: 1, max: 5 });
	const adCallerNum = requiredText(this, 'adCallerNum', 'Caller Number', itemIndex);
	const adDispNum = requiredText(this, 'adDispNum', 'Display Number', itemIndex);
	const adConCallLimit = numberInRange(this, 'adConCallLimit', 'Max Concurrent Calls', itemIndex, {
		min: 1,
		max: 100,
		integer: true,
	});
	const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;

	const body: IDataObject = {
		AdTaskId: adTaskId,
		AdTaskType: adTaskType,
		AdTaskRatio: adTaskRatio,
		AdCallerNum: adCallerNum,
		AdDispNum: adDispNum,
		AdConCallLimit: adConCallLimit,
	};
	if (additional.adQueueId) body.AdQueueId = String(additional.adQueueId);
	if (additional.adIvrId) body.AdIvrId = String(additional.adIvrId);
	if (additional.adRobotToken) body.AdRobotToken = String(additional.adRobotToken);

	await udeskApiRequest.call(this, 'POST', 'ads/task/start', { body });
	// The robot token is a secret: it is sent to udesk but never echoed into the workflow data.
	const echo: IDataObject = { ...body };
	delete echo.AdRobotToken;
	return [{ ...echo, started: true }];
}
