/**
 * Everything search adds to a page once the reader turns to it (focus on the field, typing, or
 * an address with a query), as one lazily imported module: the library's results as you type,
 * and the search page's results with their options. Pagefind itself loads on the first search.
 */
export { default as LibrarySearch } from './LibrarySearch.svelte';
export { default as SearchPage } from './SearchPage.svelte';
export { Search } from './search.svelte';
