/**
 * The bridge to Pagefind's browser API (/pagefind/pagefind.js, made by scripts/search-index.js):
 * loaded on first use, never bundled, and searched on the page (no worker). Only the pages that
 * search may run its WebAssembly (src/lib/server/search/search-csp.ts).
 */

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

interface PagefindModule {
	options(options: Record<string, unknown>): Promise<void>;
	search(
		term: string,
		options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }
	): Promise<PagefindSearch | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<PagefindModule> | undefined;

/** Pagefind, loaded once. A failed load (offline before it was ever saved) is tried again later. */
export function loadPagefind(): Promise<PagefindModule> {
	loading ??= (async () => {
		const url = '/pagefind/pagefind.js';
		const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
		await pagefind.options({ noWorker: true, excerptLength: 28 });
		watchIndexFetches();
		return pagefind;
	})().catch((error) => {
		loading = undefined;
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
		const chunk = /\/pagefind\/(?:index|filter)\//.test(url);
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
