/**
 * Reading progress on an article, loaded once the page is interactive (its own chunk, off the
 * up-front budget, fetched with the first-tap code): the reading state, the tools fixed over
 * the page (tracker, progress bar, "Continued" note) and those at the article's end (Share and
 * "mark as read"), and the next unread article for the way onward. The article route renders
 * them in its tree.
 */
export { default as ArticleEndTools } from '$lib/article-end/ArticleEndTools.svelte';
export { default as ReadingTools } from './ReadingTools.svelte';
export { Reading } from './reading.svelte';
export { nextUnread } from '$lib/article-end/onward';
export { readPositions } from './positions';
