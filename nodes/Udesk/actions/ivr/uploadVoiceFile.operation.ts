import { randomBytes } from 'node:crypto';
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { requireValue } from '../../helpers/validation';
import { udeskApiRequest } from '../../transport';

/**
 * POST ivrs/vfiles. The doc's table has only FileName, FileType ("only wav is supported") and FileDesc, and its
 * general rule is `Content-Type: application/json;charset=utf-8`: so the default sends exactly that JSON body. A
 * server tried with a multipart form answered 100004 ("Request body is missing or the format is incorrect").
 * Multipart (the three fields as form fields plus the WAV as the part named FILE_PART) stays as an explicitly named
 * option for servers that take the audio that way; the doc does not describe it, and the field hint says so.
 * Workflows saved before this default changed and not naming a mode now send JSON (their multipart upload could not
 * have worked against the documented server). Change it here only.
 */
export const FILE_PART = 'file';

export const DEFAULT_UPLOAD_MODE = 'json';

const properties: INodeProperties[] = [
	{
		displayName: 'Send As',
		name: 'uploadMode',
		type: 'options',
		options: [
			{
				name: 'JSON (As Documented)',
				value: 'json',
				description: 'Send FileName, FileType and FileDesc as a JSON body, as the udesk doc lists them',
			},
			{
				name: 'Multipart File Upload (Not in the Doc)',
				value: 'multipart',
				description:
					'Send the WAV file from the input item with FileName, FileType and FileDesc as a form. The udesk doc does not describe this; use it only if your udesk server takes the audio this way.',
			},
		],
		default: DEFAULT_UPLOAD_MODE,
		hint: 'The udesk doc describes only the JSON form (FileName, FileType, FileDesc); a multipart upload is not documented',
	},
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the input binary field containing the WAV file to upload',
		displayOptions: { show: { uploadMode: ['multipart'] } },
	},
	{
		displayName: 'File Name',
		name: 'fileName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'welcome.wav',
		description:
			'Name of the voice file in udesk; must be unique. This is the name to use as a WAV prompt in default voices.',
	},
	{
		displayName: 'File Description',
		name: 'fileDesc',
		type: 'string',
		default: '',
		description: 'Optional description of the voice file (FileDesc)',
	},
];

const displayOptions = { show: { resource: ['ivr'], operation: ['uploadVoiceFile'] } };

export const description = updateDisplayOptions(displayOptions, properties);

function isWav(buffer: Buffer, mimeType?: string, fileExtension?: string, fileName?: string): boolean {
	if (buffer.length >= 12 && buffer.toString('latin1', 0, 4) === 'RIFF' && buffer.toString('latin1', 8, 12) === 'WAVE') {
		return true;
	}
	const extension = (fileExtension ?? fileName?.split('.').pop() ?? '').toLowerCase();
	return extension === 'wav' || /^audio\/(x-)?(wav|wave|vnd\.wave)$/i.test(mimeType ?? '');
}

/** multipart/form-data by hand: text parts first, then the file part. */
export function buildMultipart(
	fields: Record<string, string>,
	file: { name: string; contentType: string; data: Buffer },
	boundary: string,
): Buffer {
	const quote = (value: string) => value.replace(/[\r\n"]/g, (character) => encodeURIComponent(character));
	const chunks: Buffer[] = [];
	for (const [name, value] of Object.entries(fields)) {
		chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`));
	}
	chunks.push(
		Buffer.from(
			`--${boundary}\r\nContent-Disposition: form-data; name="${FILE_PART}"; filename="${quote(file.name)}"\r\nContent-Type: ${file.contentType}\r\n\r\n`,
		),
		file.data,
		Buffer.from(`\r\n--${boundary}--\r\n`),
	);
	return Buffer.concat(chunks);
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const mode = this.getNodeParameter('uploadMode', itemIndex, DEFAULT_UPLOAD_MODE) as string;
	const fileName = requireValue(this, this.getNodeParameter('fileName', itemIndex), 'File Name', itemIndex);
	const fileDesc = String(this.getNodeParameter('fileDesc', itemIndex, '') ?? '').trim();
	const metadata: Record<string, string> = { FileName: fileName, FileType: 'wav' };
	if (fileDesc !== '') metadata.FileDesc = fileDesc;

	if (mode === 'json') {
		await udeskApiRequest.call(this, 'POST', 'ivrs/vfiles', { body: metadata });
		return [{ ...metadata, uploaded: true }];
	}

	const binaryPropertyName = requireValue(
		this,
		this.getNodeParameter('binaryPropertyName', itemIndex),
		'Input Binary Field',
		itemIndex,
	);
	const binary = this.helpers.assertBinaryData(itemIndex, binaryPropertyName);
	const data = await this.helpers.getBinaryDataBuffer(itemIndex, binaryPropertyName);
	if (!isWav(data, binary.mimeType, binary.fileExtension, binary.fileName)) {
		throw new NodeOperationError(
			this.getNode(),
			`Input Binary Field: "${binary.fileName ?? binaryPropertyName}" is not a WAV file — udesk accepts only wav voice files`,
			{ itemIndex },
		);
	}
	const boundary = `----n8nUdesk${randomBytes(12).toString('hex')}`;
	const payload = buildMultipart(
		metadata,
		{ name: binary.fileName ?? fileName, contentType: binary.mimeType || 'audio/wav', data },
		boundary,
	);
	await udeskApiRequest.call(this, 'POST', 'ivrs/vfiles', {
		rawBody: { contentType: `multipart/form-data; boundary=${boundary}`, data: payload },
	});
	return [{ ...metadata, size: data.length, uploaded: true }];
}
