'use strict';
// Bench-only lab baseline (see scripts/bench.mjs): n8n's floor for a node making udesk calls. The udesk credential is
// read once per execution and handed to n8n's own helper as `credentialsDecrypted`, so every request still goes
// through httpRequestWithAuthentication and the credential's authenticate() (signing), but nothing else happens: no
// parameter checks, no error mapping, no retries, no output formatting. `inFlight` requests at a time.
class BenchFloor {
	constructor() {
		this.description = {
			displayName: 'Bench Floor',
			name: 'benchFloor',
			group: ['transform'],
			version: 1,
			description: 'Bench-only: GET one udesk path per item with a pre-read credential',
			defaults: { name: 'Bench Floor' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: 'udeskApi', required: true }],
			properties: [
				{ displayName: 'Path', name: 'path', type: 'string', default: 'queues/9001' },
				{ displayName: 'In Flight', name: 'inFlight', type: 'number', default: 1 },
			],
		};
	}

	async execute() {
		const items = this.getInputData();
		const data = await this.getCredentials('udeskApi');
		const reference = this.getNode().credentials.udeskApi;
		const credentialsDecrypted = { id: reference.id, name: reference.name, type: 'udeskApi', data };
		const path = this.getNodeParameter('path', 0);
		const inFlight = this.getNodeParameter('inFlight', 0);
		const output = new Array(items.length);
		let next = 0;
		const worker = async () => {
			while (next < items.length) {
				const item = next++;
				const body = await this.helpers.httpRequestWithAuthentication.call(
					this,
					'udeskApi',
					{ method: 'GET', url: `/ccapi/v2/${path}`, json: true },
					{ credentialsDecrypted },
				);
				output[item] = { json: body.Result ?? body, pairedItem: { item } };
			}
		};
		await Promise.all(Array.from({ length: Math.min(inFlight, items.length) }, worker));
		return [output];
	}
}

module.exports = { BenchFloor };
