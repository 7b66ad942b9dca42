// A content hash of everything that shapes the built site. Used as SvelteKit's version name so
// that identical sources build byte-identical pages and service worker: Kit's default (a
// timestamp) would change every page on every rebuild and prompt an update for nothing.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const inputs = [
	'src',
	'content',
	'static',
	'package-lock.json',
	'svelte.config.js',
	'vite.config.ts',
	'scripts/plugins/source-hash.js'
];

/** @param {string} path @returns {string[]} */
function filesUnder(path) {
	if (!statSync(path, { throwIfNoEntry: false })) return [];
	if (!statSync(path).isDirectory()) return [path];
	return readdirSync(path, { withFileTypes: true })
		.sort((a, b) => (a.name < b.name ? -1 : 1))
		.flatMap((entry) => filesUnder(join(path, entry.name)));
}

/** Hash the build's inputs under `root`; the first 12 hex digits are plenty for a version. */
export function sourceHash(root = process.cwd()) {
	const hash = createHash('sha256');
	for (const input of inputs) {
		for (const file of filesUnder(join(root, input))) {
			hash.update(relative(root, file).split('\\').join('/'));
			hash.update('\0');
			hash.update(readFileSync(file));
			hash.update('\0');
		}
	}
	return hash.digest('hex').slice(0, 12);
}
