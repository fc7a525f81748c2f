#!/usr/bin/env node
// Packs the package exactly as it would be published (`npm pack`) and runs n8n's own community-package scanner
// (@n8n/scan-community-package's analyzePackage: the ESLint rules n8n applies before verifying a package) on the
// unpacked tarball. Exits non-zero on any finding.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(path.join(tmpdir(), 'n8n-scan-'));
try {
	execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], {
		cwd: root,
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const tarball = readdirSync(work).find((file) => file.endsWith('.tgz'));
	const unpacked = path.join(work, 'package');
	mkdirSync(unpacked);
	execFileSync('tar', ['-xzf', path.join(work, tarball), '-C', unpacked, '--strip-components=1']);
	const files = execFileSync('find', ['.', '-type', 'f'], { cwd: unpacked, encoding: 'utf8' }).trim().split('\n');
	const { analyzePackage } = await import('@n8n/scan-community-package/scanner/scanner.mjs');
	const result = await analyzePackage(unpacked);
	if (!result.passed) {
		console.error(`n8n community package scan: ${result.message}`);
		if (result.details) console.error(result.details);
		process.exitCode = 1;
	} else {
		console.log(`n8n community package scan: 0 findings in ${tarball} (${files.length} files)`);
	}
} finally {
	rmSync(work, { recursive: true, force: true });
}
