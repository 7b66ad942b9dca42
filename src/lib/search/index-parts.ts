/**
 * A large library's index comes in parts (scripts/plugins/search-index.js), which Pagefind merges, but
 * not quite as one index:
 * - it orders a sorted search's matches by each part's own positions, which mix the parts up.
 *   Each part carries a filter naming it, so a sorted search here asks each part in turn and
 *   puts them end to end, newest part first: the parts hold consecutive stretches of the
 *   library, so that is the library's own order;
 * - a part without a word stands in a shorter one for it (below, `withoutStandIns`).
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
 * Lower case, without accents or punctuation, for comparing a query with the words it matched
 * (Pagefind marks a word with the punctuation next to it: "<mark>Zauberflöte.</mark>").
 */
const plain = (text: string) =>
	text
		.normalize('NFD')
		.replace(/[^\p{L}\p{N}]/gu, '')
		.toLowerCase();

/** The same search in each part alone, newest part first. */
function eachPart(engine: SearchEngine, parts: number, term: string, options: SearchOptions) {
	return Promise.all(
		Array.from({ length: parts }, (_, part) =>
			engine.search(term, {
				...options,
				filters: { ...options.filters, [partFilter]: String(part) }
			})
		)
	);
}

/**
 * Whether a match only stands in for the word searched: every word it marks is the query cut
 * short ("z" for "Zauberflötenwerkstatt"). Asked only of a part without the word itself, where a
 * shorter word cannot be a form of it (those share its stem, and the search for the word itself
 * finds them).
 */
export function standsIn(query: string, excerpt: string): boolean {
	const term = plain(query.trim());
	const marked = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map(([, word]) => plain(word));
	return (
		marked.length > 0 && marked.every((word) => word.length < term.length && term.startsWith(word))
	);
}

/**
 * Each part of an index falls back on its own: finding no word that starts with a search term,
 * Pagefind matches the longest word the term starts with instead. One index does so only when
 * the word is nowhere; in parts, a part without the word does it while another part holds it,
 * and its stand-ins (often in titles) ranked above the real match. So when a one-word search
 * finds the word itself somewhere, each part that has neither the word nor a word starting with
 * it (its best match only a shorter word) is left out. Every other match stays: the word's
 * forms, longer words it begins ("photography" for "photo"), and any word while it is typed.
 */
async function withoutStandIns(
	engine: SearchEngine,
	parts: number,
	term: string,
	options: SearchOptions,
	found: PagefindSearch | null,
	perPart?: (PagefindSearch | null)[]
): Promise<PagefindSearch | null> {
	const word = term.trim();
	if (!found || found.results.length === 0 || /[\s"]/.test(word)) return found;
	const exact = await engine.search(`"${word}"`, { filters: options.filters });
	if (!exact || exact.results.length === 0) return found;
	const whole = new Set(exact.results.map((result) => result.id));
	const each = perPart ?? (await eachPart(engine, parts, term, options));
	const standIns = await Promise.all(
		each.map(async (search) => {
			const results = search?.results ?? [];
			if (results.length === 0 || results.some((result) => whole.has(result.id))) return false;
			try {
				return standsIn(word, (await results[0].data()).excerpt);
			} catch {
				// Its text is not on this device: it stays, counted as such.
				return false;
			}
		})
	);
	if (!standIns.includes(true)) return found;
	const dropped = new Set(
		each.flatMap((search, part) => (standIns[part] ? (search?.results ?? []) : [])).map((r) => r.id)
	);
	return {
		...found,
		results: found.results.filter((result) => !dropped.has(result.id)),
		filters: addCounts(
			each.flatMap((search, part) => (search && !standIns[part] ? [search.filters] : []))
		)
	};
}

/** `engine`, whose index has `parts` parts, searched as one index. */
export function searchParts(engine: SearchEngine, parts: number): SearchEngine {
	return {
		async filters() {
			return addCounts([await engine.filters()]);
		},
		async search(term, options = {}) {
			if (parts < 2 || !options.sort) {
				const found = await engine.search(term, options);
				const counted = found && { ...found, filters: addCounts([found.filters]) };
				return parts < 2 ? counted : withoutStandIns(engine, parts, term, options, counted);
			}
			// Sorted: each part in turn, end to end; the same searches then serve the stand-ins' check.
			const each = await eachPart(engine, parts, term, options);
			const found = each.filter((search): search is PagefindSearch => search !== null);
			if (found.length === 0) return null;
			const merged = {
				results: found.flatMap((search) => search.results),
				unfilteredResultCount: found[0].unfilteredResultCount,
				filters: addCounts(found.map((search) => search.filters))
			};
			return withoutStandIns(engine, parts, term, options, merged, each);
		}
	};
}
