/**
 * The bridge to Pagefind's browser API (/pagefind/pagefind.js, made by scripts/plugins/search-index.js):
 * loaded on first use, never bundled, and searched on the page (no worker). Only the pages that
 * search may run its WebAssembly (src/lib/server/search/search-csp.ts).
 */
import { searchPartsUrl } from '$lib/site-files.js';
import { partFilter, searchParts, type SearchEngine } from './index-parts';

/** What Pagefind knows of an article (its fragment). */
export interface PagefindData {
	url: string;
	excerpt: string;
	meta: { title?: string; byline?: string; minutes?: string };
	filters: { language?: string[] };
}

export interface PagefindResult {
	id: string;
	data(): Promise<PagefindData>;
}

export interface PagefindSearch {
	results: PagefindResult[];
	unfilteredResultCount: number;
	/** For each filter, its values and how many of this search's results have each. */
	filters: Record<string, Record<string, number>>;
}

interface PagefindModule extends SearchEngine {
	options(options: Record<string, unknown>): Promise<void>;
	mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
	destroy(): Promise<void>;
}

let loading: Promise<SearchEngine> | undefined;

/**
 * Pagefind, loaded once, with every part of the index (the build's list of them, newest first,
 * is precached). A failed load (offline before it was ever saved) is tried again later.
 */
export function loadPagefind(): Promise<SearchEngine> {
	let pagefind: PagefindModule | undefined;
	loading ??= (async () => {
		const listed = await fetch(searchPartsUrl);
		if (!listed.ok) throw new Error(`the search index's parts answered ${listed.status}`);
		const { parts } = (await listed.json()) as { parts: string[] };
		const url = '/pagefind/pagefind.js';
		pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
		const named = (part: number) =>
			parts.length > 1 ? { mergeFilter: { [partFilter]: String(part) } } : {};
		await pagefind.options({ noWorker: true, excerptLength: 28, ...named(0) });
		watchIndexFetches();
		// The first part (parts[0], the newest) is Pagefind's own; the others are merged into it.
		const engine = pagefind;
		await Promise.all(parts.slice(1).map((path, i) => engine.mergeIndex(path, named(i + 1))));
		return searchParts(pagefind, parts.length);
	})().catch(async (error) => {
		loading = undefined;
		// Pagefind keeps what it merged, a failed part too: the next try starts from nothing.
		await pagefind?.destroy().catch(() => {});
		throw error;
	});
	return loading;
}

let indexFailures = 0;
let watching = false;

/**
 * Pagefind skips an index chunk it cannot fetch without a word, which offline would look like
 * "no results". So the page counts failed fetches of the index's chunks: a search that saw one
 * says its results are incomplete (src/lib/search/search.svelte.ts). Fetches are passed through
 * untouched; only their outcome is counted.
 */
function watchIndexFetches(): void {
	if (watching) return;
	watching = true;
	const fetchOriginal = globalThis.fetch;
	globalThis.fetch = async (input, init) => {
		const url = input instanceof Request ? input.url : String(input);
		const chunk = /\/pagefind\/(?:part-\d+\/)?(?:index|filter)\//.test(url);
		try {
			const response = await fetchOriginal(input, init);
			if (chunk && !response.ok) indexFailures++;
			return response;
		} catch (error) {
			if (chunk) indexFailures++;
			throw error;
		}
	};
}

/** How many index chunks have failed to load so far. */
export const indexFailureCount = () => indexFailures;
