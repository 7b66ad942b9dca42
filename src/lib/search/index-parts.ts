/**
 * A large library's index comes in parts (scripts/search-index.js): Pagefind merges them for a
 * search by relevance, but orders a sorted search's matches by each part's own positions, which
 * mix the parts up. Each part carries a filter naming it, so a sorted search here asks each part
 * in turn and puts them end to end, newest part first: the parts hold consecutive stretches of
 * the library, so that is the library's own order.
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

/** `engine`, whose index has `parts` parts, searched as one index. */
export function searchParts(engine: SearchEngine, parts: number): SearchEngine {
	return {
		async filters() {
			return addCounts([await engine.filters()]);
		},
		async search(term, options = {}) {
			if (!options.sort || parts < 2) {
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
		}
	};
}
