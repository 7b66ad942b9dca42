// Full-text search: the Pagefind index of every prerendered article, written into Kit's client
// output before @vite-pwa/sveltekit makes the service worker, so the worker can precache it
// (scripts/plugins/offline-manifest.js decides how much). A Vite plugin, so `vite build` alone makes a
// complete site; it fails the build when Pagefind reports a problem.
import {
	copyFileSync,
	linkSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import { searchBase, searchFilesName, searchPartsName } from '../../src/lib/site-files.js';

/**
 * The one language the index is made in. One index holds every article, whatever its language,
 * so a search finds them all (Pagefind splits by <html lang>, and every Folio page is `en`, the
 * language of its interface); the `language` filter narrows it. English stemming is applied to
 * all, and Chinese and Japanese text is not split into words (docs/search.md).
 */
export const indexLanguage = 'en';

/**
 * Not shipped: Pagefind's bundled interfaces (Folio has its own, src/lib/search), and its web
 * worker, since Folio searches on the page (`noWorker`): a query's work is a few milliseconds,
 * and the worker's 43 KB would put the offline pack over its budget.
 */
const unused = /^pagefind-(?:component-ui|modular-ui|ui|highlight|worker)\.(?:js|css)$/;

/**
 * Articles per part of the index. Pagefind holds a whole index in memory while it writes it,
 * about 0.3 MB an article: 1.6 GB for 5,000, 5.2 GB for 20,000, the largest process of the
 * build (issue 17). A larger library is indexed in parts of this many articles, one after the
 * other, each 0.8 GB at most, and the browser searches them together (src/lib/search/pagefind.ts).
 */
export const partSize = 2500;

/**
 * The part size this build uses: FOLIO_SEARCH_PART_SIZE, else partSize. The tests set it low
 * to search a few hundred articles in parts.
 * @returns {number}
 */
export function buildPartSize() {
	const raw = process.env.FOLIO_SEARCH_PART_SIZE ?? String(partSize);
	const size = Number(raw);
	if (!Number.isInteger(size) || size < 1)
		throw new Error(`FOLIO_SEARCH_PART_SIZE must be a whole number above 0, not "${raw}"`);
	return size;
}

/**
 * The library's articles in parts of `size`, oldest first: the newest part holds the rest, so
 * new articles change only the newest part and older parts keep their files (and their place
 * in a reader's cache) from one build to the next.
 * @param {string[]} newestFirst every article's slug, newest first (the library's order)
 * @param {number} size
 */
export function indexParts(newestFirst, size = partSize) {
	const oldestFirst = [...newestFirst].reverse();
	const parts = [];
	for (let start = 0; start < oldestFirst.length; start += size)
		parts.push(oldestFirst.slice(start, start + size));
	return parts;
}

/**
 * Where part `number` (1 = the oldest) of `count` lives under the index's folder: the newest
 * part at its root, with the engine and WebAssembly every part shares; the others in
 * `part-N/`, with their own index, filter and fragment chunks only.
 * @param {number} number
 * @param {number} count
 */
export function partFolder(number, count) {
	return number === count ? '' : `part-${number}/`;
}

/**
 * The files of a written index that Save all must store for search to work offline: every
 * part's index chunks, filter chunks and fragments (the rest is always precached).
 * @param {string} dir the index's folder
 */
export function savedSearchFiles(dir) {
	const folders = [
		'',
		...readdirSync(dir)
			.filter((name) => /^part-\d+$/.test(name))
			.map((name) => `${name}/`)
	];
	const files = folders.flatMap((folder) =>
		['index', 'filter', 'fragment'].flatMap((sub) => {
			/** @type {string[]} */
			let names = [];
			try {
				names = readdirSync(join(dir, folder, sub));
			} catch {
				// A library with no filters (or no articles) has no such folder.
			}
			return names.sort().map((name) => `${folder}${sub}/${name}`);
		})
	);
	const bytes = files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
	return { bytes, files: files.map((file) => `${searchBase}${file}`) };
}

/**
 * Index the article pages under `pagesDir` into `outDir` with Pagefind's Node API. Pagefind
 * runs as a process of its own, closed afterwards, so its memory goes with it.
 * @param {string} pagesDir
 * @param {string} outDir
 */
async function writeIndex(pagesDir, outDir) {
	const pagefind = await import('pagefind');
	try {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: indexLanguage });
		if (!index || errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`);
		const added = await index.addDirectory({ path: pagesDir, glob: 'articles/*/index.html' });
		if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: outDir });
		if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
	} finally {
		await pagefind.close();
	}
}

/** @param {string} dir */
const entryOf = (dir) =>
	/** @type {{ languages: Record<string, { wasm: string, page_count: number }> }} */ (
		JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'))
	);

/**
 * Index the article pages under `pagesDir` (their paths give the result URLs) into `outDir`:
 * one index for a library of up to `size` articles, else parts of `size` (see partSize), one
 * after the other. Each part is indexed from a folder of hard links
 * to its articles' pages, into a folder of its own, and moved into place when all are done.
 * @param {string} pagesDir prerendered pages
 * @param {string} outDir
 * @param {{ newestFirst?: string[], size?: number }} [library] the library's order (default:
 *   the article folders', which suits a library of one part)
 * @returns {Promise<{ pages: number, files: number, parts: number }>}
 */
export async function buildSearchIndex(pagesDir, outDir, library = {}) {
	const size = library.size ?? partSize;
	const newestFirst = library.newestFirst ?? readdirSync(join(pagesDir, 'articles')).sort();
	const parts = newestFirst.length > size ? indexParts(newestFirst, size) : [];
	rmSync(outDir, { recursive: true, force: true });
	const stage = `${outDir}.parts`;
	rmSync(stage, { recursive: true, force: true });
	if (parts.length === 0) await writeIndex(pagesDir, outDir);
	const staged = parts.map((slugs, i) => {
		const pages = join(stage, `pages-${i + 1}`);
		for (const slug of slugs) {
			const page = join('articles', slug, 'index.html');
			mkdirSync(join(pages, 'articles', slug), { recursive: true });
			try {
				linkSync(join(pagesDir, page), join(pages, page));
			} catch {
				copyFileSync(join(pagesDir, page), join(pages, page));
			}
		}
		return { pages, index: join(stage, `index-${i + 1}`) };
	});
	// One at a time: two at once took 25 s less for 20,000 articles, but the build then held
	// 3 GB (with Vite's 1.4 GB then; 0.7 GB since Kit's worker ends, so still 2.3 GB, near the
	// 2.5 GB limit of issue 17).
	for (const part of staged) await writeIndex(part.pages, part.index);
	// The newest part at the root, then the others in their folders inside it.
	const newest = staged.at(-1);
	if (newest) renameSync(newest.index, outDir);
	for (const [i, part] of staged.slice(0, -1).entries())
		renameSync(part.index, join(outDir, partFolder(i + 1, parts.length)));
	rmSync(stage, { recursive: true, force: true });
	const entries = [
		entryOf(outDir),
		...staged.slice(0, -1).map((_, i) => entryOf(join(outDir, partFolder(i + 1, parts.length))))
	];

	// Ship only what Folio's own interface uses: the API and the WebAssembly of the index's
	// language, at the root; a part keeps its entry, metadata and chunks.
	const wasm = new Set(
		entries.flatMap((entry) => Object.values(entry.languages).map((l) => l.wasm))
	);
	for (const name of readdirSync(outDir)) {
		const unusedWasm = /^wasm\.(.+)\.pagefind$/.exec(name)?.[1];
		if (unused.test(name) || (unusedWasm && !wasm.has(unusedWasm))) rmSync(join(outDir, name));
	}
	for (let number = 1; number < parts.length; number++) {
		const part = join(outDir, partFolder(number, parts.length));
		for (const name of readdirSync(part))
			if (!/^(?:pagefind-entry\.json|.+\.pf_meta|index|filter|fragment)$/.test(name))
				rmSync(join(part, name), { recursive: true });
	}
	const saved = savedSearchFiles(outDir);
	writeFileSync(join(outDir, searchFilesName), JSON.stringify(saved));
	const count = Math.max(parts.length, 1);
	const bases = Array.from(
		{ length: count },
		(_, i) => `${searchBase}${partFolder(count - i, count)}`
	);
	writeFileSync(join(outDir, searchPartsName), JSON.stringify({ parts: bases }));
	const pages = entries
		.flatMap((entry) => Object.values(entry.languages))
		.reduce((sum, l) => sum + l.page_count, 0);
	return { pages, files: saved.files.length, parts: count };
}

/**
 * The Vite plugin: after Kit has prerendered (in the server build's writeBundle) and before the
 * service worker is made (vite-plugin-pwa's closeBundle, which comes after this plugin's).
 * @returns {import('vite').Plugin}
 */
export function searchIndexPlugin() {
	/** @type {import('vite').ResolvedConfig} */
	let config;
	return {
		name: 'folio:search-index',
		apply: 'build',
		configResolved(resolved) {
			config = resolved;
		},
		closeBundle: {
			sequential: true,
			order: 'pre',
			async handler() {
				if (!config.build.ssr) return;
				const output = join(config.root, '.svelte-kit', 'output');
				const library = JSON.parse(
					readFileSync(join(output, 'prerendered', 'pages', 'articles.json'), 'utf8')
				);
				const { pages, parts } = await buildSearchIndex(
					join(output, 'prerendered', 'pages'),
					join(output, 'client', 'pagefind'),
					{
						newestFirst: library.map((/** @type {{ slug: string }} */ a) => a.slug),
						size: buildPartSize()
					}
				);
				config.logger.info(
					`search index: ${pages} articles, in ${parts} part${parts === 1 ? '' : 's'}`
				);
			}
		}
	};
}
