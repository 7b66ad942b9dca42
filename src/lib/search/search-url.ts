/**
 * The search page's address is its state, so a search can be shared or bookmarked:
 * /search/?q=florida+talks&lang=de&sort=newest.
 */
export type SearchSort = 'relevance' | 'newest';

export interface SearchParams {
	query: string;
	/** A language code from the index's language filter, or '' for every language. */
	language: string;
	sort: SearchSort;
}

/** Longest query searched: more is ignored (and said so), so no query can stall the page. */
export const maxQueryLength = 200;

export const searchPath = '/search/';

/** The search of an address's query string; anything unknown falls back to the default. */
export function readSearchParams(search: string): SearchParams {
	const params = new URLSearchParams(search);
	const language = params.get('lang') ?? '';
	return {
		query: params.get('q') ?? '',
		language: /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(language) ? language : '',
		sort: params.get('sort') === 'newest' ? 'newest' : 'relevance'
	};
}

/** The address of a search, with only what differs from the defaults. */
export function searchHref({ query, language, sort }: SearchParams): string {
	const params = new URLSearchParams();
	if (query) params.set('q', query);
	if (language) params.set('lang', language);
	if (sort !== 'relevance') params.set('sort', sort);
	const text = params.toString();
	return text ? `${searchPath}?${text}` : searchPath;
}

/** The query as searched: trimmed and at most `maxQueryLength` characters (whole code points). */
export function searchedText(query: string): { text: string; cut: boolean } {
	const chars = Array.from(query.trim());
	return {
		text: chars.slice(0, maxQueryLength).join('').trim(),
		cut: chars.length > maxQueryLength
	};
}
