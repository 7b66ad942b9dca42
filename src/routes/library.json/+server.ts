import { json } from '@sveltejs/kit';
import { getArticles, summarize } from '$lib/server/content';

export const prerender = true;

/** The library as data, for parts of the page that need titles without a page load (Offline panel). */
export function GET() {
	return json(getArticles().map(summarize));
}
