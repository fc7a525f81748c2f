#!/usr/bin/env node
// The gate n8n runs before it verifies a community package (@n8n/scan-community-package, `analyzePackageByName`),
// run locally with the scanner's own code and rule sets. The gate lints two things and passes only if both are clean:
//   1. the source: the repository checkout the npm provenance attestation points at, with SOURCE_FILE_PATTERNS
//      (`package.json`, `{nodes,credentials}/**/*.{js,ts,json}`) — here: every file git would commit (tracked and
//      not-ignored files of the work tree), copied to a temporary directory, so nothing outside the commit is seen;
//   2. the tarball: what `npm pack` publishes, with `**/*.js` and `package.json`.
// The provenance and download steps of the gate need the npm registry and GitHub and are not repeated here; publishing
// with provenance is what .github/workflows/publish.yml does. Exits non-zero on any finding.
import { execFileSync } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { analyzePackage, SOURCE_FILE_PATTERNS } from '@n8n/scan-community-package/scanner/scanner.mjs';

const TARBALL_FILE_PATTERNS = ['**/*.js', 'package.json'];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(tmpdir(), 'n8n-scan-'));

function report(label, result, count) {
	if (result.passed) {
		console.log(`n8n community package scan (${label}): 0 findings in ${count} files`);
		return true;
	}
	console.error(`n8n community package scan (${label}): ${result.message}`);
	if (result.details) console.error(result.details);
	return false;
}

/** How many files a leg lints (for the report line); the scanner itself globs the patterns. */
function countFiles(dir, matches) {
	return execFileSync('find', ['.', '-type', 'f', '-not', '-path', './node_modules/*'], { cwd: dir, encoding: 'utf8' })
		.trim()
		.split('\n')
		.map((file) => file.slice(2))
		.filter((file) => matches.test(file)).length;
}

try {
	// 1. Source, as the commit would hold it.
	const source = path.join(work, 'source');
	const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
		cwd: root,
		encoding: 'utf8',
	})
		.split('\0')
		.filter(Boolean);
	for (const file of files) {
		try {
			// A symlink (e.g. a worktree's .cache or node_modules link) is no source file: never copy or follow it.
			if (lstatSync(path.join(root, file)).isSymbolicLink()) continue;
			cpSync(path.join(root, file), path.join(source, file));
		} catch (error) {
			if (error.code !== 'ENOENT') throw error; // a tracked file deleted in the work tree is not in the commit
		}
	}
	const sourceOk = report(
		`source: ${SOURCE_FILE_PATTERNS.join(', ')}`,
		await analyzePackage(source, SOURCE_FILE_PATTERNS),
		countFiles(source, /^(package\.json|(nodes|credentials)\/.*\.(js|ts|json))$/),
	);

	// 2. The tarball npm would publish.
	execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], {
		cwd: root,
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const tarball = readdirSync(work).find((file) => file.endsWith('.tgz'));
	const unpacked = path.join(work, 'package');
	mkdirSync(unpacked);
	execFileSync('tar', ['-xzf', path.join(work, tarball), '-C', unpacked, '--strip-components=1']);
	const tarballOk = report(
		`tarball ${tarball}: ${TARBALL_FILE_PATTERNS.join(', ')}`,
		await analyzePackage(unpacked, TARBALL_FILE_PATTERNS),
		countFiles(unpacked, /^(package\.json|.*\.js)$/),
	);

	if (!sourceOk || !tarballOk) process.exitCode = 1;
} finally {
	rmSync(work, { recursive: true, force: true });
}
