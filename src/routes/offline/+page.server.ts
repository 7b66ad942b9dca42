import { getArticles, summarize } from '$lib/server/content';
import { precacheLimit } from '$lib/server/precache-limit.js';

/** The articles every installed reader has: the newest ones, which the worker precaches. */
export function load() {
	return { articles: getArticles().slice(0, precacheLimit()).map(summarize) };
}
