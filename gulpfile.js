// Copies what TypeScript does not emit into dist: the themed icons (referenced as file:../../icons/*.svg by nodes and
// file:../icons/*.svg by credentials) and the codex files (*.node.json) that sit next to each node.
const { src, dest, parallel } = require('gulp');

function copyIcons() {
	return src('icons/**/*.{png,svg}').pipe(dest('dist/icons'));
}

function copyCodex() {
	return src('nodes/**/*.node.json').pipe(dest('dist/nodes'));
}

exports['build:icons'] = parallel(copyIcons, copyCodex);
