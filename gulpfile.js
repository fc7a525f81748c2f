// `n8n-node build` compiles TypeScript into dist/ and copies the icons (**/*.{png,svg}); it does not copy the codex
// files (*.node.json: categories, aliases and documentation links n8n shows in the nodes panel) that sit next to each
// node. This task copies them, so dist/ holds everything the package.json `n8n` section and n8n's loader read.
const { src, dest } = require('gulp');

function copyCodex() {
	return src('nodes/**/*.node.json').pipe(dest('dist/nodes'));
}

exports['build:codex'] = copyCodex;
