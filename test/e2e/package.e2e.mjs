// Real n8n 2.41 (Node 24), `n8n start`: what it loaded from this package's dist/ (built by `n8n-node build` and
// `gulp build:codex`): every node and credential of the package.json `n8n` section, each node's codex (categories,
// documentation link) and every light/dark icon, served over HTTP the way the editor fetches it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { createN8n, ROOT } from './lib.mjs';

const PACKAGE = 'n8n-nodes-contact-center';
const packageJson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

let n8n;
let server;
let types;

before(async () => {
	n8n = createN8n();
	server = await n8n.start();
	// n8n writes the node and credential types it loaded to its static cache (what the editor reads as /types/*.json).
	const read = (file) => JSON.parse(readFileSync(path.join(n8n.userFolder, '.cache', 'n8n', 'public', 'types', file), 'utf8'));
	types = { nodes: read('nodes.json'), credentials: read('credentials.json') };
});

after(async () => {
	await server?.stop();
	n8n?.cleanup();
});

const ours = (list) => list.filter((type) => (type.name ?? '').startsWith(`${PACKAGE}.`) || type.iconUrl?.light?.startsWith(`icons/${PACKAGE}/`));

// n8n adds an AI-tool variant (`<name>Tool`) of every node that is usableAsTool.
const isTool = (node) => node.name.endsWith('Tool');

test('n8n loaded every node of the package with its codex (categories and a documentation link), and a tool variant of each action node', () => {
	const nodes = ours(types.nodes);
	const base = nodes.filter((node) => !isTool(node));
	assert.deepEqual(
		base.map((node) => node.name).sort(),
		['ccaiPlatform', 'ccaiPlatformTrigger', 'ozonetel', 'udesk', 'udeskTrigger', 'zohoVoice', 'zohoVoiceTrigger'].map((name) => `${PACKAGE}.${name}`),
	);
	assert.equal(base.length, packageJson.n8n.nodes.length);
	assert.deepEqual(
		nodes.filter(isTool).map((node) => node.name).sort(),
		['ccaiPlatform', 'ozonetel', 'udesk', 'zohoVoice'].map((name) => `${PACKAGE}.${name}Tool`),
	);
	for (const node of nodes) {
		assert.ok(node.codex?.categories?.length > 0, `${node.name}: no codex categories`);
		assert.match(node.codex?.resources?.primaryDocumentation?.[0]?.url ?? '', /^https:\/\//, `${node.name}: no documentation link`);
	}
});

test('every node and credential icon (light and dark) is served by n8n as an SVG', async () => {
	const credentials = ours(types.credentials);
	assert.deepEqual(
		credentials.map((credential) => credential.name).sort(),
		['ccaiPlatformApi', 'ozonetelApi', 'udeskApi', 'zohoVoiceOAuth2Api'],
	);
	assert.equal(credentials.length, packageJson.n8n.credentials.length);
	for (const { name, iconUrl } of [...ours(types.nodes), ...credentials]) {
		for (const url of [iconUrl?.light, iconUrl?.dark]) {
			assert.ok(url, `${name}: no light/dark icon`);
			const response = await fetch(`${server.url}/${url}`);
			assert.equal(response.status, 200, `${name}: ${url} → ${response.status}`);
			assert.match(await response.text(), /<svg/, `${name}: ${url} is not an SVG`);
		}
	}
});
