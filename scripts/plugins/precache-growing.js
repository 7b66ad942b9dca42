// The build's files that grow with the library: each article's folder (its page, data and
// sentences) and the search index's chunks. Workbox's glob leaves them out (pwa-options.js),
// because it reads and hashes every file it matches: at 20,000 articles that is 60,000 files,
// of which the precache keeps the newest 50 articles. The manifest transform
// (offline-manifest.js) adds back only the files it keeps, with the details Workbox gives a file.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Workbox's own default limit, kept: scripts/steps/check-precache.js fails a build that hits it. */
export const maximumFileSize = 2 * 1024 * 1024;

/** Workbox's globIgnores for the growing files, relative to Kit's output folder. */
export const growingGlobIgnores = [
	'prerendered/pages/articles/*/**',
	'prerendered/dependencies/articles/*/**',
	'client/pagefind/{index,filter,fragment}/**',
	'client/pagefind/part-*/{index,filter,fragment}/**'
];

/** The folders, relative to Kit's output, that hold an article's files. */
export function articleFolders(/** @type {string} */ slug) {
	return [`prerendered/pages/articles/${slug}`, `prerendered/dependencies/articles/${slug}`];
}

/**
 * The files under `folder` (relative to `root`) that `keep` accepts, as Workbox's glob reports
 * a file: its path relative to `root` as the URL, the MD5 of its bytes as the revision, and
 * its size. A folder that does not exist has no files.
 * @param {string} root
 * @param {string} folder
 * @param {(path: string) => boolean} keep given the path relative to `root`
 * @returns {Array<{ url: string, revision: string, size: number }>}
 */
export function fileDetails(root, folder, keep) {
	const start = join(root, folder);
	if (!existsSync(start)) return [];
	return readdirSync(start, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
		.filter(keep)
		.map((path) => {
			const bytes = readFileSync(join(root, path));
			const revision = createHash('md5').update(bytes).digest('hex');
			return { url: path, revision, size: bytes.length };
		});
}

/**
 * Leave out what is over Workbox's size limit, with its warning, as Workbox does for the files
 * it globs itself.
 * @template {{ url: string, size: number }} T
 * @param {T[]} entries
 */
export function withinSizeLimit(entries) {
	const over = entries.filter((entry) => entry.size > maximumFileSize);
	return {
		entries: entries.filter((entry) => entry.size <= maximumFileSize),
		warnings: over.map(
			(entry) => `${entry.url} is ${entry.size} bytes, over the precache's limit; not precached`
		)
	};
}
