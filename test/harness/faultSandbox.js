// Test tooling for the fault test and the raw-HTTP sandbox checks (JavaScript for the same reason as system.js:
// n8n's community-node lint rules forbid child processes and node:http in .ts files). Typed in faultSandbox.d.ts.
'use strict';
const { spawn } = require('node:child_process');
const http = require('node:http');
const path = require('node:path');

const SANDBOX_DIR = path.resolve(__dirname, '..', '..', 'sandbox');

/**
 * Starts every vendor simulator (sandbox/index.mjs) with each handler wrapped by the fault injector
 * (sandbox/faults.mjs) in a child Node process, plus a control server: GET /stats, POST /configure, POST /reset
 * (faults.mjs's controlHandler) and GET /vendor-state (what the simulators counted themselves).
 */
function startFaultSandbox({ seed = 1, timeScale = 1, slowMs = 150 } = {}) {
	const script = `
		import http from 'node:http';
		import { startSandbox } from ${JSON.stringify(path.join(SANDBOX_DIR, 'index.mjs'))};
		import { createFaultInjector } from ${JSON.stringify(path.join(SANDBOX_DIR, 'faults.mjs'))};
		const faults = createFaultInjector({ seed: ${Number(seed)}, slowMs: ${Number(slowMs)} });
		const sandbox = await startSandbox({ timeScale: ${Number(timeScale)}, wrap: faults.wrap });
		const server = http.createServer(async (req, res) => {
			// one connection per control call: no idle keep-alive socket that the server may close as the test reuses it
			res.setHeader('connection', 'close');
			if (req.url === '/vendor-state') {
				res.writeHead(200, { 'content-type': 'application/json' });
				return res.end(JSON.stringify({ ccaiRateLimited: sandbox.vendors.ccai.state.rateLimited ?? 0 }));
			}
			return faults.controlHandler(req, res);
		});
		server.listen(0, '127.0.0.1', () =>
			console.log(JSON.stringify({ control: 'http://127.0.0.1:' + server.address().port, urls: sandbox.urls, credentials: sandbox.credentials })),
		);`;
	const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
	return new Promise((resolve, reject) => {
		let buffer = '';
		child.stdout.on('data', (chunk) => {
			buffer += chunk.toString();
			const line = buffer.split('\n').find((text) => text.startsWith('{') && text.endsWith('}'));
			if (line) resolve({ ...JSON.parse(line), stop: () => child.kill() });
		});
		child.on('exit', (code) => reject(new Error(`fault sandbox exited with ${code}`)));
	});
}

/** One raw HTTP request (a GET may carry a body, which fetch() refuses); resolves { status, body } with body parsed. */
function rawRequest(url, { method = 'GET', headers = {}, body } = {}) {
	return new Promise((resolve, reject) => {
		const allHeaders = { ...headers };
		if (body !== undefined) allHeaders['content-length'] = Buffer.byteLength(body);
		const request = http.request(url, { method, headers: allHeaders }, (response) => {
			const chunks = [];
			response.on('data', (chunk) => chunks.push(chunk));
			response.on('end', () => {
				const text = Buffer.concat(chunks).toString('utf8');
				let parsed = text;
				try {
					parsed = JSON.parse(text);
				} catch {
					// not JSON: the text as it came
				}
				resolve({ status: response.statusCode ?? 0, body: parsed });
			});
		});
		request.on('error', reject);
		request.end(body);
	});
}

module.exports = { startFaultSandbox, rawRequest };
