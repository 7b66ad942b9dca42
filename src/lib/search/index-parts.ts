/**
 * A large library's index comes in parts (scripts/search-index.js), which Pagefind merges, but
 * not quite as one index:
 * - it orders a sorted search's matches by each part's own positions, which mix the parts up.
 *   Each part carries a filter naming it, so a sorted search here asks each part in turn and
 *   puts them end to end, newest part first: the parts hold consecutive stretches of the
 *   library, so that is the library's own order;
 * - a part without a word stands in a shorter one for it (below, `wholeWord`).
 */
import type { PagefindSearch } from './pagefind';

/** The filter that names a part of the index (its place, newest first) on every one of its pages. */
export const partFilter = 'folio-part';

export interface SearchOptions {
	filters?: Record<string, string>;
	sort?: Record<string, 'asc' | 'desc'>;
}

export interface SearchEngine {
	search(term: string, options?: SearchOptions): Promise<PagefindSearch | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

type Counts = Record<string, Record<string, number>>;

/** Each filter's counts added up over `all`, without the parts' own filter. */
export function addCounts(all: Counts[]): Counts {
	const sum: Counts = {};
	for (const counts of all)
		for (const [filter, values] of Object.entries(counts)) {
			if (filter === partFilter) continue;
			sum[filter] ??= {};
			for (const [value, count] of Object.entries(values))
				sum[filter][value] = (sum[filter][value] ?? 0) + count;
		}
	return sum;
}

/**
 * Each part of an index falls back on its own: finding no word that starts with a search term,
 * Pagefind matches the longest word the term starts with instead ("z" for
 * "Zauberflötenwerkstatt"). One index does so only when the word is nowhere; in parts, a part
 * without the word does so while another holds it, and its stand-ins (often in titles) rank
 * above the real match. So when a one-word search finds the word itself (a search for it
 * exactly: any form with the same stem, "talk", "talks", "talking"), only those matches are
 * kept; matches where it is only the start of a longer word go with the stand-ins.
 */
async function wholeWord(
	engine: SearchEngine,
	term: string,
	options: SearchOptions,
	found: PagefindSearch | null
): Promise<PagefindSearch | null> {
	const word = term.trim();
	if (!found || found.results.length === 0 || /[\s"]/.test(word)) return found;
	const exact = await engine.search(`"${word}"`, { filters: options.filters });
	if (!exact || exact.results.length === 0) return found;
	const whole = new Set(exact.results.map((result) => result.id));
	const results = found.results.filter((result) => whole.has(result.id));
	if (results.length === found.results.length) return found;
	return { ...found, results, filters: addCounts([exact.filters]) };
}

/** `engine`, whose index has `parts` parts, searched as one index. */
export function searchParts(engine: SearchEngine, parts: number): SearchEngine {
	const inParts = async (term: string, options: SearchOptions) => {
		if (!options.sort) {
			const found = await engine.search(term, options);
			return found && { ...found, filters: addCounts([found.filters]) };
		}
		const each = await Promise.all(
			Array.from({ length: parts }, (_, part) =>
				engine.search(term, {
					...options,
					filters: { ...options.filters, [partFilter]: String(part) }
				})
			)
		);
		const found = each.filter((search): search is PagefindSearch => search !== null);
		if (found.length === 0) return null;
		return {
			results: found.flatMap((search) => search.results),
			unfilteredResultCount: found[0].unfilteredResultCount,
			filters: addCounts(found.map((search) => search.filters))
		};
	};
	return {
		async filters() {
			return addCounts([await engine.filters()]);
		},
		async search(term, options = {}) {
			if (parts < 2) {
				const found = await engine.search(term, options);
				return found && { ...found, filters: addCounts([found.filters]) };
			}
			return wholeWord(engine, term, options, await inParts(term, options));
		}
	};
}
