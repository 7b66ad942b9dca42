// Chooses what the service worker precaches and writes /offline-manifest.json, the record of
// it: every precached file with its size, and which articles are in the pack (with titles). The page reads it
// to show progress while caching, what is available offline and the pack's size. It is itself
// precached, so those answers hold offline too.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { precacheLimit } from '../../src/lib/server/precache-limit.js';
import { offlineManifestName } from '../../src/lib/site-files.js';
import { articleFolders, fileDetails, withinSizeLimit } from './precache-growing.js';

const output = join(process.cwd(), '.svelte-kit', 'output');

/** The slug of an article's page, data or listening file, or undefined for any other URL. */
export function articleSlugOf(/** @type {string} */ url) {
	return /^\/?articles\/([^/]+)\/(?:__data\.json|listen\.json)?$/.exec(url)?.[1];
}

/**
 * The parts of the search index that grow with the library: its index, filter and fragment
 * chunks, in each of its parts (scripts/plugins/search-index.js). The rest of it (the API, its worker, the WebAssembly and
 * the metadata) is small and always precached.
 */
export function isSearchChunk(/** @type {string} */ url) {
	return /^\/?pagefind\/(?:part-\d+\/)?(?:index|filter|fragment)\//.test(url);
}

/**
 * Keep the newest `limit` articles' pages and data in the precache; everything else stays.
 * @template {{ url: string }} T
 * @param {T[]} entries
 * @param {string[]} newestFirst every article slug, newest first
 * @param {number} limit
 */
export function selectPrecache(entries, newestFirst, limit) {
	const kept = new Set(newestFirst.slice(0, limit));
	return {
		entries: entries.filter((entry) => {
			const slug = articleSlugOf(entry.url);
			return slug === undefined || kept.has(slug);
		}),
		articles: newestFirst.slice(0, limit)
	};
}

/**
 * The library's index, newest first, from the prerendered /articles.json.
 * @returns {import('../../src/lib/article/types').ArticleIndexEntry[]}
 */
function libraryIndex() {
	const index = join(output, 'prerendered', 'pages', 'articles.json');
	if (!existsSync(index)) throw new Error('offline-manifest: /articles.json was not prerendered');
	return JSON.parse(readFileSync(index, 'utf8'));
}

/**
 * The URL SvelteKit serves a file of its output folder at (.svelte-kit/output, where Workbox
 * globs), with `trailingSlash: 'always'`: `client/_app/x.js` at `_app/x.js`,
 * `prerendered/pages/articles/a/index.html` or `…/a.html` at `articles/a/`, the home page at `/`.
 */
export function kitUrl(/** @type {string} */ path) {
	const file = path.replace(/^client\//, '').replace(/^prerendered\/(?:pages|dependencies)\//, '');
	if (file === 'index.html') return '/';
	if (file.endsWith('/index.html')) return file.slice(0, -'index.html'.length);
	if (file.endsWith('.html')) return `${file.slice(0, -'.html'.length)}/`;
	return file;
}

/** The revision the worker gives the record: the first 16 hex digits of its SHA-256. */
export function recordRevision(/** @type {string | Buffer} */ recordText) {
	return createHash('sha256').update(recordText).digest('hex').slice(0, 16);
}

/** Added by vite-plugin-pwa itself, after the transform. */
const webManifest = 'manifest.webmanifest';

/** An article's files that the precache takes: pages and JSON, as the glob for prerendered files. */
const isArticleFile = (/** @type {string} */ path) => /\.(?:html|json)$/.test(path);

/** The search index's chunk files, as its glob in pwa-options.js names them. */
const isSearchChunkFile = (/** @type {string} */ path) =>
	isSearchChunk(kitUrl(path)) && /\.pf_(?:index|filter|fragment)$/.test(path);

/**
 * The growing files the precache keeps (scripts/plugins/precache-growing.js): the newest articles'
 * files and, when the whole search index is precached, its chunks.
 * @param {string[]} articles
 * @param {boolean} wholeSearchIndex
 */
function keptGrowingFiles(articles, wholeSearchIndex) {
	const files = articles.flatMap((slug) =>
		articleFolders(slug).flatMap((folder) => fileDetails(output, folder, isArticleFile))
	);
	if (wholeSearchIndex) files.push(...fileDetails(output, 'client/pagefind', isSearchChunkFile));
	return withinSizeLimit(files);
}

/**
 * Folio's one Workbox manifest transform (`workbox.manifestTransforms` in pwa-options.js): adds
 * the growing files it keeps to the globbed ones, maps them all to the URLs Kit serves them at,
 * records the result and adds the record itself. The record is the precache as plain data:
 * the page reads it, and scripts/steps/check-precache.js checks the build against it. Given this,
 * @vite-pwa/sveltekit does not add its own URL mapping (it does so only when no transform is set).
 * The manifest is sorted by URL, so the worker's text does not depend on the disk's order.
 * @param {Array<{ url: string, revision: string | null, size: number }>} globbed
 */
export async function precacheManifest(globbed) {
	const index = libraryIndex();
	const slugs = index.map((article) => article.slug);
	const limit = precacheLimit();
	// The search index whole only when every article is precached too; beyond that, Save all
	// stores it (src/lib/offline/save-all.ts) and searching online keeps what it used.
	const wholeSearchIndex = slugs.length <= limit;
	const growing = keptGrowingFiles(slugs.slice(0, limit), wholeSearchIndex);
	const entries = [...globbed, ...growing.entries]
		.map((entry) => ({ ...entry, url: kitUrl(entry.url) }))
		.filter((entry) => entry.url !== webManifest);
	// Also a guard: a growing file that the glob did not leave out is trimmed here all the same.
	const selected = selectPrecache(entries, slugs, limit);
	if (!wholeSearchIndex) selected.entries = selected.entries.filter((e) => !isSearchChunk(e.url));
	const files = selected.entries
		.map(({ url, size }) => ({ url: url.startsWith('/') ? url : `/${url}`, size }))
		.sort((a, b) => (a.url < b.url ? -1 : 1));
	const record = {
		files,
		bytes: files.reduce((sum, file) => sum + file.size, 0),
		articles: selected.articles,
		// Their titles and languages, so the saved articles can be listed offline from data.
		articleIndex: index.slice(0, limit),
		totalArticles: slugs.length,
		wholeSearchIndex,
		precacheLimit: limit
	};
	const text = JSON.stringify(record);
	mkdirSync(join(output, 'client'), { recursive: true });
	writeFileSync(join(output, 'client', offlineManifestName), text);
	const revision = recordRevision(text);
	const manifest = [
		...selected.entries,
		{ url: offlineManifestName, revision, size: Buffer.byteLength(text) }
	].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
	return { manifest, warnings: growing.warnings };
}
