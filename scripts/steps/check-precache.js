// Fails the build when the service worker's precache and the build output disagree: a page or
// asset that would be missing offline, or a precache entry with no file behind it. The precache
// is read from its record (offline-manifest.json, written by the build's manifest transform).
//   node scripts/steps/check-precache.js [build]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { offlineManifestName, searchFilesName, searchFolder } from '../../src/lib/site-files.js';
import { articleSlugOf, isSearchChunk, recordRevision } from '../plugins/offline-manifest.js';

/** Build files that are deliberately not precached, each with its reason. */
export const notPrecached = [
	{
		test: (/** @type {string} */ path) => /\.(br|gz)$/.test(path),
		why: 'precompressed copies for the server'
	},
	{
		test: (/** @type {string} */ path) => path === 'sw.js' || /^workbox-[\w-]+\.js$/.test(path),
		why: 'the service worker itself'
	},
	{
		test: (/** @type {string} */ path) => path.startsWith('screenshots/'),
		why: 'install-sheet screenshots, used online only'
	},
	{
		test: (/** @type {string} */ path) => path.startsWith('images/'),
		why: "articles' images, kept on a device as its reader sees and saves them (docs/images.md)"
	},
	{
		test: (/** @type {string} */ path) => path === '404.html',
		why: 'for servers; offline, unknown pages get /offline/'
	},
	{
		test: (/** @type {string} */ path) => path === '_headers',
		why: "the host's response headers (static/_headers), never served as a page"
	},
	{
		test: (/** @type {string} */ path) => path === 'articles.json',
		why: 'the library index, fetched online by Save all'
	},
	{
		test: (/** @type {string} */ path) => path === `${searchFolder}/${searchFilesName}`,
		why: "the list of the search index's files, fetched online by Save all"
	},
	{
		test: (/** @type {string} */ path) => ['feed.xml', 'sitemap.xml', 'robots.txt'].includes(path),
		why: 'for feed readers and search engines, which fetch them online'
	}
];

/** The URL a build file is requested at: folders' index.html by their trailing-slash URL. */
export function urlOf(/** @type {string} */ path) {
	if (path === 'index.html') return '/';
	if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
	return `/${path}`;
}

/**
 * The precache URLs, from the record the build's one manifest transform wrote
 * (scripts/plugins/offline-manifest.js), with the two entries added after it: the record itself and
 * the web manifest (vite-plugin-pwa's own). No parsing of the generated worker: it is only
 * checked to be the one built from this record, by the record's revision in it.
 * @param {string} buildDir
 */
export function precachedUrls(buildDir) {
	const recordText = readFileSync(join(buildDir, offlineManifestName));
	const recorded = JSON.parse(recordText.toString('utf8'));
	const worker = readFileSync(join(buildDir, 'sw.js'), 'utf8');
	const urls = new Set(recorded.files.map((/** @type {{url: string}} */ f) => f.url));
	urls.add(`/${offlineManifestName}`);
	if (worker.includes('"manifest.webmanifest"')) urls.add('/manifest.webmanifest');
	return { urls, recorded, builtFromRecord: worker.includes(recordRevision(recordText)) };
}

/**
 * Compare the build folder with its precache.
 * @param {string} buildDir
 * @returns {string[]} problems, one line each; empty when all is well
 */
export function checkPrecache(buildDir) {
	const files = readdirSync(buildDir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(buildDir, join(entry.parentPath, entry.name)).split('\\').join('/'));
	const { urls: precached, recorded, builtFromRecord } = precachedUrls(buildDir);
	const problems = [];
	if (!builtFromRecord)
		problems.push(`sw.js does not precache this ${offlineManifestName} (built from another?)`);

	// Only the newest articles are precached; the rest are cached when opened or saved.
	const newest = JSON.parse(readFileSync(join(buildDir, 'articles.json'), 'utf8')).map(
		(/** @type {{ slug: string }} */ article) => article.slug
	);
	const expected = newest.slice(0, recorded.precacheLimit);
	if (JSON.stringify(recorded.articles) !== JSON.stringify(expected)) {
		problems.push(`the precached articles are not the newest ${recorded.precacheLimit}`);
	}
	const onDemand = new Set(newest.slice(recorded.precacheLimit));

	/** @type {Map<string, number>} */
	const recordedSizes = new Map(
		recorded.files.map((/** @type {{ url: string, size: number }} */ f) => [f.url, f.size])
	);
	const fileUrls = new Set();
	for (const path of files) {
		if (notPrecached.some((rule) => rule.test(path))) continue;
		const url = urlOf(path);
		const slug = articleSlugOf(url);
		if (slug !== undefined && onDemand.has(slug)) continue;
		// A library larger than the precache has its search index saved by Save all instead.
		if (!recorded.wholeSearchIndex && isSearchChunk(url)) continue;
		fileUrls.add(url);
		if (!precached.has(url)) problems.push(`${path} is in the build but not precached (${url})`);
		// A file written again after its precache entry was made: the worker would keep the
		// old revision, and readers the old file, until something else changes.
		const size = recordedSizes.get(url);
		const onDisk = statSync(join(buildDir, path)).size;
		if (size !== undefined && size !== onDisk)
			problems.push(`${path} changed after it was precached (${size} bytes then, ${onDisk} now)`);
	}
	for (const url of precached)
		if (!fileUrls.has(url)) problems.push(`${url} is precached but no file in the build serves it`);
	return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const buildDir = process.argv[2] ?? process.env.FOLIO_BUILD_DIR ?? 'build';
	const problems = checkPrecache(buildDir);
	if (problems.length) {
		// The first few name the trouble; a broken rule can list every file of a large library.
		const shown = problems.slice(0, 20);
		if (problems.length > shown.length) shown.push(`… and ${problems.length - shown.length} more`);
		console.error(
			`check-precache: ${problems.length} problem(s) in ${buildDir}:\n  ${shown.join('\n  ')}`
		);
		process.exit(1);
	}
	const count = precachedUrls(buildDir).urls.size;
	console.log(`check-precache: all ${count} precache entries match the files in ${buildDir}`);
}
