import type { Search } from './search.svelte';

/** Typing pauses this long before a search runs; options (language, order) apply at once. */
export const typingPause = 150;

/**
 * Run `search` whenever its query or options change, the query after a pause in typing.
 * Call from a component's script: the effect lives as long as the component.
 */
export function searchAsYouType(search: Search): void {
	let lastQuery: string | undefined;
	$effect(() => {
		const { query, language, sort } = search;
		void language;
		void sort;
		const typing = lastQuery !== undefined && query !== lastQuery;
		lastQuery = query;
		const timer = setTimeout(() => search.run(), typing ? typingPause : 0);
		return () => clearTimeout(timer);
	});
}
