// adapter-static, with one change: the build's files are hard-linked into the site's folder
// instead of copied. Kit copies every prerendered file (1.9 GB in 83,000 files for 20,000
// articles: 25 to 55 s on this machine, against 2 s to link them). Safe because Kit empties its
// output folder at the start of every build, so a file linked here is never written again: the
// next build writes new files, and the site keeps the old ones. (`vite build --watch` does not
// empty it; Folio never builds that way.) Where a link cannot be made (the site's folder on
// another file system), the file is copied, as before. The last build's site is set aside and
// deleted in the background (set-aside.js), not deleted first.
import adapterStatic from '@sveltejs/adapter-static';
import {
	copyFileSync,
	existsSync,
	linkSync,
	mkdirSync,
	readdirSync,
	statSync,
	unlinkSync
} from 'node:fs';
import { join } from 'node:path';
import { setAside } from './set-aside.js';

/** Errors after which a link will not work on this pair of folders, but a copy will. */
const cannotLink = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK']);

/**
 * Put every file under `source` at the same place under `target`, as a hard link, replacing any
 * file already there. The list it returns is Kit's `copy`'s: paths relative to `target`, with
 * forward slashes, in the order written.
 * @param {string} source a folder
 * @param {string} target
 * @param {{ filter?: (name: string) => boolean, link?: (from: string, to: string) => void }} [options]
 *   `filter` leaves out any file or folder whose name it refuses; `link` is for tests.
 * @returns {string[]}
 */
export function linkTree(source, target, { filter = () => true, link = linkSync } = {}) {
	if (!existsSync(source)) return [];
	/** @type {string[]} */
	const files = [];
	let linking = true;
	/** @param {string} from @param {string} to */
	const place = (from, to) => {
		if (linking) {
			try {
				link(from, to);
				return;
			} catch (error) {
				const code = /** @type {NodeJS.ErrnoException} */ (error).code ?? '';
				if (code === 'EEXIST') {
					unlinkSync(to);
					return place(from, to);
				}
				if (!cannotLink.has(code)) throw error;
				linking = false;
			}
		}
		copyFileSync(from, to);
	};
	/** @param {string} dir @param {string} relative */
	const walk = (dir, relative) => {
		let made = false;
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (!filter(entry.name)) continue;
			const from = join(dir, entry.name);
			const path = relative ? `${relative}/${entry.name}` : entry.name;
			const isDirectory = entry.isSymbolicLink()
				? statSync(from).isDirectory()
				: entry.isDirectory();
			if (isDirectory) walk(from, path);
			else {
				if (!made) {
					mkdirSync(join(target, relative), { recursive: true });
					made = true;
				}
				place(from, join(target, path));
				files.push(path);
			}
		}
	};
	walk(source, '');
	return files;
}

/**
 * Kit's `builder` with Folio's three changes: the site's files linked, not copied, by the same
 * rules as Kit's own `writeClient` and `writePrerendered` (the client's files but Vite's manifest
 * folder, then the prerendered pages, their dependencies and data), and the last site set aside
 * instead of deleted (adapter-static empties only the site's folder).
 * @param {import('@sveltejs/kit').Builder} builder
 * @returns {import('@sveltejs/kit').Builder}
 */
export function linkingBuilder(builder) {
	const output = join(builder.config.kit.outDir, 'output');
	return {
		...builder,
		rimraf: setAside,
		writeClient: (dest) =>
			linkTree(join(output, 'client'), dest, { filter: (name) => name !== '.vite' }),
		writePrerendered: (dest) =>
			['pages', 'dependencies', 'data'].flatMap((folder) =>
				linkTree(join(output, 'prerendered', folder), dest)
			)
	};
}

/**
 * @param {import('@sveltejs/adapter-static').AdapterOptions} options adapter-static's
 * @returns {import('@sveltejs/kit').Adapter}
 */
export default function staticAdapter(options) {
	const adapter = adapterStatic(options);
	return {
		...adapter,
		name: 'folio:static (adapter-static, linking)',
		adapt: (builder) => adapter.adapt(linkingBuilder(builder))
	};
}
