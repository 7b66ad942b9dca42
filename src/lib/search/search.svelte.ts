/**
 * One search, as the page shows it: the query and its options, the articles found (their
 * fragments loaded a page at a time), and what could not be searched or shown on this device.
 */
import { excerptParts, type ExcerptPart } from './excerpt';
import { indexFailureCount, loadPagefind, type PagefindResult } from './pagefind';
import { searchedText, type SearchSort } from './search-url';
import { slugOfArticlePage } from '$lib/article/urls';

export interface SearchHit {
	slug: string;
	url: string;
	title: string;
	byline: string;
	/** Reading time in minutes, when the index has it. */
	minutes: number | undefined;
	language: string | undefined;
	excerpt: ExcerptPart[];
}

/**
 * idle: nothing to search; loading: Pagefind or the index on its way; done: results shown;
 * unavailable: search itself could not load (offline, never saved on this device).
 */
export type SearchStatus = 'idle' | 'loading' | 'done' | 'unavailable';

export class Search {
	/** A language code of the index's filter, or '' for all. */
	language = $state('');
	sort = $state<SearchSort>('relevance');

	status = $state<SearchStatus>('idle');
	/** The articles shown, best first (or newest first). */
	hits = $state<SearchHit[]>([]);
	/** How many articles match, shown or not. */
	total = $state(0);
	/** Matching articles whose text is not on this device (not saved, and no network). */
	missing = $state(0);
	/** Part of the index could not be loaded: articles may match that were not found. */
	incomplete = $state(false);
	/** The query was longer than what is searched (search-url.ts's maxQueryLength). */
	cut = $state(false);
	/** The languages of this query's matches, with how many in each (all languages). */
	languages = $state<[string, number][]>([]);
	/** The query searched, as searched. */
	searched = $state('');

	// State too: `more` reads them, and "Show more" appears and goes by it.
	#results = $state.raw<PagefindResult[]>([]);
	#filtersLoaded: Promise<unknown> | undefined;
	#tried = $state(0);
	#run = 0;
	readonly #query: () => string;
	readonly #pageSize: number;

	/** `query` is where the text comes from: the field, which the page owns. */
	constructor(query: () => string, pageSize = 20) {
		this.#query = query;
		this.#pageSize = pageSize;
	}

	/** The text in the field, as typed. */
	get query(): string {
		return this.#query();
	}

	/** More matches than are shown. */
	get more(): boolean {
		return this.#tried < this.#results.length;
	}

	/** Search for the current query and options; an older run still going is dropped. */
	async run(): Promise<void> {
		const run = ++this.#run;
		const { text, cut } = searchedText(this.query);
		this.cut = cut;
		if (!text) {
			this.#reset('idle');
			this.searched = '';
			return;
		}
		this.status = 'loading';
		try {
			const pagefind = await loadPagefind();
			// Loads the language filter, so that each search counts its matches per language.
			await (this.#filtersLoaded ??= pagefind.filters());
			const failures = indexFailureCount();
			const [found, everyLanguage] = await Promise.all([
				pagefind.search(text, {
					filters: this.language ? { language: this.language } : undefined,
					sort: this.sort === 'newest' ? { date: 'desc' } : undefined
				}),
				this.language ? pagefind.search(text) : undefined
			]);
			if (run !== this.#run) return;
			this.incomplete = indexFailureCount() > failures;
			this.#results = found?.results ?? [];
			this.total = this.#results.length;
			const languages = (everyLanguage ?? found)?.filters.language ?? {};
			this.languages = Object.entries(languages)
				.filter(([, count]) => count > 0)
				.sort(([a], [b]) => (a < b ? -1 : 1));
			this.searched = text;
			this.hits = [];
			this.missing = 0;
			this.#tried = 0;
			await this.showMore(run);
		} catch {
			if (run !== this.#run) return;
			this.#reset('unavailable');
		}
	}

	/** Load and show the next page of matches. */
	async showMore(run = this.#run): Promise<void> {
		const next = this.#results.slice(this.#tried, this.#tried + this.#pageSize);
		this.#tried += next.length;
		const loaded = await Promise.allSettled(next.map((result) => result.data()));
		if (run !== this.#run) return;
		const hits: SearchHit[] = [];
		let missing = 0;
		for (const outcome of loaded) {
			const slug =
				outcome.status === 'fulfilled' ? slugOfArticlePage(outcome.value.url) : undefined;
			if (outcome.status === 'rejected' || slug === undefined) {
				missing++;
				continue;
			}
			const { url, meta, filters, excerpt } = outcome.value;
			const minutes = Number(meta.minutes);
			hits.push({
				slug,
				url,
				title: meta.title ?? slug,
				byline: meta.byline ?? '',
				minutes: Number.isFinite(minutes) && minutes > 0 ? minutes : undefined,
				language: filters.language?.[0],
				excerpt: excerptParts(excerpt)
			});
		}
		this.hits = [...this.hits, ...hits];
		this.missing += missing;
		this.status = 'done';
	}

	#reset(status: SearchStatus): void {
		this.status = status;
		this.#results = [];
		this.#tried = 0;
		this.hits = [];
		this.total = 0;
		this.missing = 0;
		this.incomplete = false;
		this.languages = [];
	}
}
