import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { requireValue } from '../../helpers/validation';
import { udeskApiRequest } from '../../transport';

/** The nine prompts of the doc's DefVoices object. */
export const PROMPTS = [
	{ name: 'Closing Time', value: 'ClosingTime', description: 'Played outside working hours' },
	{ name: 'Consult', value: 'Consult', description: 'Played during a consultation' },
	{ name: 'Evaluate', value: 'Evaluate', description: 'Satisfaction survey' },
	{ name: 'Hold', value: 'Hold', description: 'Played while the call is on hold' },
	{ name: 'No Answer', value: 'NoAnswer', description: 'No answer or call rejected' },
	{ name: 'Queue Timeout', value: 'QueueTimeout', description: 'The wait in the queue timed out' },
	{ name: 'Voice Mail', value: 'VoiceMail', description: 'Voicemail prompt' },
	{ name: 'Waiting', value: 'Waiting', description: 'Played while waiting' },
	{ name: 'Welcome', value: 'Welcome', description: 'Greeting message' },
];

/**
 * Sent with PUT. The doc lists POST and PUT for ivrs/defvoices and ivrs/fastrouters without telling them apart; PUT is
 * the doc's "update with the complete resource", which is what "set" means here. Change it here only.
 */
export const SET_METHOD = 'PUT';

const properties: INodeProperties[] = [
	{
		displayName: 'Voices',
		name: 'voices',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Voice',
		default: {},
		description: 'Prompts to set. Prompts left out keep udesk\'s system default.',
		options: [
			{
				displayName: 'Voice',
				name: 'voice',
				values: [
					{
						displayName: 'Prompt',
						name: 'prompt',
						type: 'options',
						options: PROMPTS,
						default: 'Welcome',
						description: 'Which IVR prompt to set',
					},
					{
						displayName: 'Source',
						name: 'type',
						type: 'options',
						options: [
							{ name: 'Text to Speech', value: 'tts', description: 'Read a text aloud' },
							{ name: 'WAV File', value: 'wav', description: 'Play an uploaded voice file' },
							{ name: 'System Default', value: 'default', description: 'Use udesk\'s built-in prompt' },
						],
						default: 'tts',
					},
					{
						displayName: 'Content',
						name: 'content',
						type: 'string',
						default: '',
						description: 'The text to read (Text to Speech) or the name of an uploaded voice file (WAV File)',
						displayOptions: { show: { type: ['tts', 'wav'] } },
					},
				],
			},
		],
	},
];

const displayOptions = { show: { resource: ['ivr'], operation: ['setDefaultVoices'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * Builds the doc's body: DefVoices is "[object]" whose object has one optional key per prompt, each a voice
 * {Type, Content} or the string "default". The node sends one such object holding every prompt given.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const { voice = [] } = this.getNodeParameter('voices', itemIndex, {}) as {
		voice?: Array<{ prompt?: string; type?: string; content?: string }>;
	};
	if (voice.length === 0) {
		throw new NodeOperationError(this.getNode(), 'Voices: add at least one prompt to set', { itemIndex });
	}
	const prompts = PROMPTS.map((prompt) => prompt.value);
	const voices: IDataObject = {};
	for (const entry of voice) {
		const prompt = String(entry.prompt ?? '');
		if (!prompts.includes(prompt)) {
			throw new NodeOperationError(
				this.getNode(),
				`Voices → Prompt: "${prompt}" is not valid — use one of ${prompts.join(', ')}`,
				{ itemIndex },
			);
		}
		if (voices[prompt] !== undefined) {
			throw new NodeOperationError(this.getNode(), `Voices → Prompt: "${prompt}" is given more than once`, {
				itemIndex,
			});
		}
		const type = String(entry.type ?? '');
		if (type === 'default') {
			voices[prompt] = 'default';
		} else if (type === 'tts' || type === 'wav') {
			const content = requireValue(this, entry.content, `Voices → ${prompt} → Content`, itemIndex);
			voices[prompt] = { Type: type, Content: content };
		} else {
			throw new NodeOperationError(
				this.getNode(),
				`Voices → ${prompt} → Source: "${type}" is not valid — use tts, wav or default`,
				{ itemIndex },
			);
		}
	}
	await udeskApiRequest.call(this, SET_METHOD, 'ivrs/defvoices', { body: { DefVoices: [voices] } });
	return [{ DefVoices: voices, updated: true }];
}
