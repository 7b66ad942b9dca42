// Full-text search: the Pagefind index of every prerendered article, written into Kit's client
// output before @vite-pwa/sveltekit makes the service worker, so the worker can precache it
// (scripts/offline-manifest.js decides how much). A Vite plugin, so `vite build` alone makes a
// complete site; it fails the build when Pagefind reports a problem.
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the index is served from. */
export const searchBase = '/pagefind/';
/**
 * The list of the index's files that Save all stores (not precached: see offline-manifest.js).
 * Inside Pagefind's folder, so one rule of the service worker covers all of it.
 */
export const searchFilesName = 'folio-files.json';
/**
 * The one language the index is made in. One index holds every article, whatever its language,
 * so a search finds them all (Pagefind splits by <html lang>, and every Folio page is `en`, the
 * language of its interface); the `language` filter narrows it. English stemming is applied to
 * all, and Chinese and Japanese text is not split into words (see the README's Search section).
 */
export const indexLanguage = 'en';

/**
 * Not shipped: Pagefind's bundled interfaces (Folio has its own, src/lib/search), and its web
 * worker, since Folio searches on the page (`noWorker`): a query's work is a few milliseconds,
 * and the worker's 43 KB would put the offline pack over its budget.
 */
const unused = /^pagefind-(?:component-ui|modular-ui|ui|highlight|worker)\.(?:js|css)$/;

/**
 * The files of a written index that Save all must store for search to work offline: the index
 * chunks, the filter chunks and every article's fragment (the rest is always precached).
 * @param {string} dir the index's folder
 */
export function savedSearchFiles(dir) {
	const files = ['index', 'filter', 'fragment'].flatMap((sub) => {
		/** @type {string[]} */
		let names = [];
		try {
			names = readdirSync(join(dir, sub));
		} catch {
			// A library with no filters (or no articles) has no such folder.
		}
		return names.sort().map((name) => `${sub}/${name}`);
	});
	const bytes = files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
	return { bytes, files: files.map((file) => `${searchBase}${file}`) };
}

/**
 * Index the article pages under `pagesDir` into `outDir` with Pagefind's Node API.
 * @param {string} pagesDir prerendered pages (their paths give the result URLs)
 * @param {string} outDir
 * @returns {Promise<{ pages: number, files: number }>}
 */
export async function buildSearchIndex(pagesDir, outDir) {
	const pagefind = await import('pagefind');
	try {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: indexLanguage });
		if (!index || errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`);
		const added = await index.addDirectory({ path: pagesDir, glob: 'articles/*/index.html' });
		if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
		rmSync(outDir, { recursive: true, force: true });
		const written = await index.writeFiles({ outputPath: outDir });
		if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
	} finally {
		await pagefind.close();
	}
	// Ship only what Folio's own interface uses: the API and the WebAssembly of the index's
	// language.
	const entry = JSON.parse(readFileSync(join(outDir, 'pagefind-entry.json'), 'utf8'));
	const wasm = new Set(
		Object.values(entry.languages).map((/** @type {{ wasm: string }} */ l) => l.wasm)
	);
	for (const name of readdirSync(outDir)) {
		const unusedWasm = /^wasm\.(.+)\.pagefind$/.exec(name)?.[1];
		if (unused.test(name) || (unusedWasm && !wasm.has(unusedWasm))) rmSync(join(outDir, name));
	}
	const saved = savedSearchFiles(outDir);
	writeFileSync(join(outDir, searchFilesName), JSON.stringify(saved));
	const pages = Object.values(entry.languages).reduce(
		(sum, /** @type {{ page_count: number }} */ l) => sum + l.page_count,
		0
	);
	return { pages, files: saved.files.length };
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
				const { pages } = await buildSearchIndex(
					join(output, 'prerendered', 'pages'),
					join(output, 'client', 'pagefind')
				);
				config.logger.info(`search index: ${pages} articles`);
			}
		}
	};
}
