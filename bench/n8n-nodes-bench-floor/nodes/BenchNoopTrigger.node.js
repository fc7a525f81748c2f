'use strict';
// Bench-only lab baseline (see scripts/bench.mjs): a package webhook trigger that does nothing — no credential, no
// check — and starts the workflow with the body as its one item. What n8n costs any community trigger per callback.
class BenchNoopTrigger {
	constructor() {
		this.description = {
			displayName: 'Bench No-Op Trigger',
			name: 'benchNoopTrigger',
			group: ['trigger'],
			version: 1,
			description: 'Bench-only: start the workflow with the callback body',
			defaults: { name: 'Bench No-Op Trigger' },
			inputs: [],
			outputs: ['main'],
			webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', responseData: '', path: 'webhook' }],
			properties: [],
		};
	}

	async webhook() {
		return { workflowData: [[{ json: this.getBodyData() }]] };
	}
}

module.exports = { BenchNoopTrigger };
