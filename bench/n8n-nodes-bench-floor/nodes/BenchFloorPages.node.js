'use strict';
// Bench-only lab baseline (see scripts/bench.mjs): n8n's floor for Return All over udesk's calls/logs. The doc puts
// calls/logs' parameters in a JSON body on a GET; n8n 2.41's httpRequest helpers drop GET bodies, and the one helper
// a community node may use that keeps it is requestWithAuthenticationPaginated (n8n's older request path). So this
// node does what any node must do for that endpoint and nothing else: the credential read once and handed over as
// `credentialsDecrypted`, one request per page with `{ PageNum, PageSize: 100 }` in the body, each row out as an item
// as it is — no parameter checks, no time windows, no error mapping, no retries, no output formatting.
const ONE_REQUEST = { continue: false, request: {}, requestInterval: 0 };

class BenchFloorPages {
	constructor() {
		this.description = {
			displayName: 'Bench Floor Pages',
			name: 'benchFloorPages',
			group: ['transform'],
			version: 1,
			description: 'Bench-only: every page of udesk calls/logs with a pre-read credential',
			defaults: { name: 'Bench Floor Pages' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: 'udeskApi', required: true }],
			properties: [],
		};
	}

	async execute() {
		const data = await this.getCredentials('udeskApi');
		const reference = this.getNode().credentials.udeskApi;
		const credentialsDecrypted = { id: reference.id, name: reference.name, type: 'udeskApi', data };
		const host = String(data.host).replace(/\/+$/, '');
		const output = [];
		for (let page = 1; ; page++) {
			const [response] = await this.helpers.requestWithAuthenticationPaginated.call(
				this,
				{
					method: 'GET',
					uri: `${host}/ccapi/v2/calls/logs`,
					qs: {},
					headers: { 'Content-Type': 'application/json;charset=utf-8' },
					body: JSON.stringify({ PageNum: page, PageSize: 100 }),
					json: true,
				},
				0,
				ONE_REQUEST,
				'udeskApi',
				{ credentialsDecrypted },
			);
			const body = typeof response.body === 'string' ? JSON.parse(response.body) : response.body;
			const rows = body?.Result?.CallLogs ?? [];
			for (const json of rows) output.push({ json, pairedItem: { item: 0 } });
			const totalPages = Number(body?.Result?.TotalPage);
			if (rows.length < 100 || (Number.isFinite(totalPages) && page >= totalPages)) break;
		}
		return [output];
	}
}

module.exports = { BenchFloorPages };
