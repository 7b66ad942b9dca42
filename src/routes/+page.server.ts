import { getArticles, summarize } from '$lib/server/content';
import { absoluteUrl } from '$lib/server/origin';

export function load() {
	return { articles: getArticles().map(summarize), canonical: absoluteUrl('/') };
}
