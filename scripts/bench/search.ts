// Search at scale, in the browser: the size of a built library's Pagefind index, and how long a
// query takes (Pagefind loaded on the page, no worker, as Folio runs it), first and warm, on this
// machine's speed and with the CPU four times slower (a mid-range phone).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../../tests/setup/browser-path.js';
import { searchFilesName, searchFolder, searchPartsUrl } from '../../src/lib/site-files.js';
import { uniqueWords } from '../tools/synthetic-library.ts';
import { StaticServer } from '../../tests/support/static-server.ts';

export interface SearchFigures {
	/** Index, filter and fragment chunks: what Save all stores for search. */
	indexBytes: number;
	indexBytesPer1000Articles: number;
	indexFiles: number;
	/** Milliseconds from the first call to results with their first 20 fragments loaded. */
	firstQueryMs: number;
	/** Another query on the same page: Pagefind and its metadata already loaded. */
	warmQueryMs: number;
	/** A word in a sixth of the articles (every German one): many chunks and 20 fragments. */
	commonWordMs: number;
	phone4xFirstQueryMs: number;
	phone4xWarmQueryMs: number;
}

/**
 * One query in the page, timed there: search, then the first page of results' fragments. Loads
 * Pagefind and every part of the index as src/lib/search/pagefind.ts does.
 */
async function timedQuery(page: import('@playwright/test').Page, term: string) {
	return page.evaluate(
		async ({ text, partsUrl }) => {
			const url = '/pagefind/pagefind.js';
			const started = performance.now();
			const pagefind = await import(/* @vite-ignore */ url);
			// Once a page, as the app does: merging a part again would count its matches twice.
			const scope = globalThis as { folioParts?: Promise<void> };
			scope.folioParts ??= (async () => {
				const { parts } = await (await fetch(partsUrl)).json();
				// Inline, not a named function: tsx would wrap that in a helper the page lacks.
				await pagefind.options({
					noWorker: true,
					excerptLength: 28,
					...(parts.length > 1 ? { mergeFilter: { 'folio-part': '0' } } : {})
				});
				await Promise.all(
					parts
						.slice(1)
						.map((path: string, i: number) =>
							pagefind.mergeIndex(path, { mergeFilter: { 'folio-part': String(i + 1) } })
						)
				);
			})();
			await scope.folioParts;
			await pagefind.filters();
			const found = await pagefind.search(text);
			// A one-word search that finds the word itself drops other parts' stand-ins in an index in
			// parts (src/lib/search/index-parts.ts): here by the exact search alone, timed with it.
			const parts = await (await fetch(partsUrl)).json();
			let results: { id: string; data(): unknown }[] = found.results;
			if (parts.parts.length > 1) {
				const exact = await pagefind.search(`"${text}"`);
				const whole = new Set(exact.results.map((r: { id: string }) => r.id));
				if (whole.size) results = results.filter((r) => whole.has(r.id));
			}
			await Promise.all(results.slice(0, 20).map((r) => r.data()));
			return { ms: performance.now() - started, results: results.length };
		},
		{ text: term, partsUrl: searchPartsUrl }
	);
}

/** Measure search on the built library in `buildDir` of `articles` articles. */
export async function measureSearch(buildDir: string, articles: number): Promise<SearchFigures> {
	// The build's own list of the index's chunks and their bytes (scripts/plugins/search-index.js).
	const list = JSON.parse(readFileSync(join(buildDir, searchFolder, searchFilesName), 'utf8'));
	const bytes: number = list.bytes;
	const files: number = list.files.length;
	const site = await StaticServer.start(buildDir);
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
	try {
		const run = async (slowdown: number) => {
			const context = await browser.newContext({ baseURL: site.url });
			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
			await page.goto('/search/');
			const first = await timedQuery(page, uniqueWords[7]);
			const warm = await timedQuery(page, uniqueWords[10]);
			const common = await timedQuery(page, 'der');
			if (first.results !== 1 || warm.results !== 1 || common.results < 20)
				throw new Error(
					`search bench: unexpected results ${JSON.stringify([first, warm, common])}`
				);
			await context.close();
			return { first: first.ms, warm: warm.ms, common: common.ms };
		};
		const desktop = await run(1);
		const phone = await run(4);
		return {
			indexBytes: bytes,
			indexBytesPer1000Articles: Math.round((bytes / articles) * 1000),
			indexFiles: files,
			firstQueryMs: Math.round(desktop.first),
			warmQueryMs: Math.round(desktop.warm),
			commonWordMs: Math.round(desktop.common),
			phone4xFirstQueryMs: Math.round(phone.first),
			phone4xWarmQueryMs: Math.round(phone.warm)
		};
	} finally {
		await browser.close();
		await site.stop();
	}
}
