import { getArticles, summarize } from '$lib/server/content';

export function load() {
	return { articles: getArticles().map(summarize) };
}
