// Baseline for `npm run bench`: the same udesk requests as the node makes, from a plain Node HTTP loop with the
// signature computed in JavaScript. Runs as its own process so its peak memory (VmHWM) can be reported.
//   node bench/raw-udesk.mjs calls <baseUrl> <sid> <authToken> <appId> <count>   → GET queues/9001, count times
//   node bench/raw-udesk.mjs pages <baseUrl> <sid> <authToken> <appId>           → GET calls/logs, every page of 100
// Prints one JSON line: { ms, requests, rows, errors, peakRssKb }.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';

const [mode, baseUrl, sid, authToken, appId, countText] = process.argv.slice(2);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function signedUrl(path, extra = {}) {
	const url = new URL(`/ccapi/v2/${path}`, baseUrl);
	const timestamp = String(Date.now());
	const query = { ...extra, AppId: appId, Timestamp: timestamp, Sid: sid, Sign: createHash('sha1').update(`${sid}${authToken}${timestamp}`).digest('hex') };
	for (const [key, value] of Object.entries(query)) url.searchParams.set(key, String(value));
	return url;
}

/** A GET, with the doc's JSON body when given (calls/logs reads its parameters from the body). */
function get(url, body) {
	return new Promise((resolve, reject) => {
		const payload = body === undefined ? undefined : JSON.stringify(body);
		const headers = payload === undefined ? {} : { 'content-type': 'application/json;charset=utf-8', 'content-length': Buffer.byteLength(payload) };
		const request = http.request(url, { method: 'GET', agent, headers }, (response) => {
			const chunks = [];
			response.on('data', (chunk) => chunks.push(chunk));
			response.on('end', () => resolve({ status: response.statusCode, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
		});
		request.on('error', reject);
		request.end(payload);
	});
}

const started = performance.now();
let requests = 0;
let errors = 0;
const rows = [];
if (mode === 'calls') {
	for (let i = 0; i < Number(countText); i++) {
		const { status, body } = await get(signedUrl('queues/9001'));
		requests++;
		if (status !== 200 || body.ErrCode !== '000000') errors++;
		else rows.push(body.Result);
	}
} else {
	for (let page = 1; ; page++) {
		const { status, body } = await get(signedUrl('calls/logs'), { PageNum: page, PageSize: 100 });
		requests++;
		if (status !== 200 || body.ErrCode !== '000000') {
			errors++;
			break;
		}
		rows.push(...body.Result.CallLogs);
		if (page >= body.Result.TotalPage || body.Result.CallLogs.length === 0) break;
	}
}
const ms = performance.now() - started;
const peakRssKb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0);
agent.destroy();
process.stdout.write(`${JSON.stringify({ ms, requests, rows: rows.length, errors, peakRssKb })}\n`);
