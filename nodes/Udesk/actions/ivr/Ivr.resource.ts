import type { INodeProperties } from 'n8n-workflow';

import type { OperationMap } from '../../../shared/router';
import * as deleteVoiceFile from './deleteVoiceFile.operation';
import * as getDefaultVoices from './getDefaultVoices.operation';
import * as getFastRouters from './getFastRouters.operation';
import * as getVoiceFiles from './getVoiceFiles.operation';
import * as setDefaultVoices from './setDefaultVoices.operation';
import * as setFastRouters from './setFastRouters.operation';
import * as uploadVoiceFile from './uploadVoiceFile.operation';

export const operations: OperationMap[string] = {
	deleteVoiceFile,
	getDefaultVoices,
	getFastRouters,
	getVoiceFiles,
	setDefaultVoices,
	setFastRouters,
	uploadVoiceFile,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['ivr'] } },
		options: [
			{
				name: 'Delete Voice File',
				value: 'deleteVoiceFile',
				description: 'Delete an IVR voice file',
				action: 'Delete an IVR voice file',
			},
			{
				name: 'Get Default Voices',
				value: 'getDefaultVoices',
				description: 'Get the IVR prompt voices',
				action: 'Get the IVR default voices',
			},
			{
				name: 'Get Fast Routers',
				value: 'getFastRouters',
				description: 'Get the key-to-queue table of the IVR',
				action: 'Get the IVR fast routers',
			},
			{
				name: 'Get Many Voice Files',
				value: 'getVoiceFiles',
				description: 'List the IVR voice files',
				action: 'Get many IVR voice files',
			},
			{
				name: 'Set Default Voices',
				value: 'setDefaultVoices',
				description: 'Set IVR prompts to text to speech, a voice file or the system default',
				action: 'Set the IVR default voices',
			},
			{
				name: 'Set Fast Routers',
				value: 'setFastRouters',
				description: 'Set which key (0–9) leads to which queue',
				action: 'Set the IVR fast routers',
			},
			{
				name: 'Upload Voice File',
				value: 'uploadVoiceFile',
				description: 'Upload a WAV voice file for the IVR',
				action: 'Upload an IVR voice file',
			},
		],
		default: 'getVoiceFiles',
	},
	...deleteVoiceFile.description,
	...getDefaultVoices.description,
	...getFastRouters.description,
	...getVoiceFiles.description,
	...setDefaultVoices.description,
	...setFastRouters.description,
	...uploadVoiceFile.description,
];
