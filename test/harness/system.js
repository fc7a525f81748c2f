// What the tests need from the operating system, in one place: paths inside the repository, modules loaded from
// dist/ by path, and the vendor sandboxes (sandbox/*.mjs, plain ESM that jest's CommonJS runtime cannot import) run
// in their own Node process on 127.0.0.1.
//
// This is test tooling, not node code. `n8n-node lint` applies n8n's community-node rules to every .ts file (no
// child processes, no `process`/`__dirname`, only n8n-workflow/luxon/node:crypto and dev dependencies as imports);
// those rules are right for nodes and credentials, so the few OS-level helpers the tests need live here, in
// JavaScript, like the scripts in scripts/*.mjs. The typed surface is system.d.ts.
'use strict';
const { execFileSync, spawn } = require('node:child_process');
const { existsSync, readFileSync } = require('node:fs');
const path = require('node:path');

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** An absolute path inside the repository, from slash-separated segments (`repoPath('dist', 'nodes')`). */
function repoPath(...segments) {
	return path.resolve(REPO_ROOT, ...segments.flatMap((segment) => segment.split('/')));
}

/** `require` of a file in the repository (e.g. a compiled module in dist/, sharing jest's module registry). */
function requireFromRepo(relativePath) {
	return require(repoPath(relativePath));
}

/** Whether a file exists in the repository (e.g. something the build should have put into dist/). */
function repoFileExists(relativePath) {
	return existsSync(repoPath(relativePath));
}

/** A file of the repository as UTF-8 text. */
function readRepoFile(relativePath) {
	return readFileSync(repoPath(relativePath), 'utf8');
}

/**
 * Starts `sandbox/<file>`'s `<factory>(options)` handler on 127.0.0.1 (a free port) in a child Node process. Resolves
 * with its base URL, the path of every request it has answered so far (in order), and `stop()`.
 */
function startSandbox({ file, factory, options }) {
	const script = `
		import http from 'node:http';
		import * as sandboxModule from ${JSON.stringify(repoPath('sandbox', file))};
		const sandbox = sandboxModule[${JSON.stringify(factory)}](${options === undefined ? '' : JSON.stringify(options)});
		const server = http.createServer((req, res) => {
			res.on('finish', () => console.log('PATH ' + new URL(req.url, 'http://x').pathname));
			sandbox.handler(req, res);
		});
		server.listen(0, '127.0.0.1', () => console.log('PORT ' + server.address().port));`;
	const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
	const paths = [];
	return new Promise((resolve, reject) => {
		let buffer = '';
		child.stdout.on('data', (chunk) => {
			buffer += chunk.toString();
			const lines = buffer.split('\n');
			buffer = lines.pop() ?? '';
			for (const line of lines) {
				if (line.startsWith('PORT ')) {
					resolve({
						baseUrl: `http://127.0.0.1:${line.slice(5)}`,
						paths,
						stop: () => {
							child.kill();
						},
					});
				}
				if (line.startsWith('PATH ')) paths.push(line.slice(5));
			}
		});
		child.on('exit', (code) => reject(new Error(`sandbox/${file} exited with ${code}`)));
	});
}

/** Runs ESM `code` in a child Node process with `s` bound to sandbox/<file>'s exports; returns what it printed. */
function runWithSandboxModule(file, code) {
	return execFileSync(
		process.execPath,
		['--input-type=module', '-e', `import * as s from ${JSON.stringify(repoPath('sandbox', file))};\n${code}`],
		{ encoding: 'utf8' },
	);
}

module.exports = { REPO_ROOT, repoPath, requireFromRepo, repoFileExists, readRepoFile, startSandbox, runWithSandboxModule };
