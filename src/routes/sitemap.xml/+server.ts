import { getArticles } from '$lib/server/content';
import { libraryPageSize } from '$lib/server/content/pages';
import { origin } from '$lib/server/origin';
import { sitemap } from '$lib/server/syndication/sitemap';
import { articlePath } from '$lib/article/urls';

export const prerender = true;

/** Every library page and article, with the article's date where it has one. */
export function GET() {
	const articles = getArticles();
	const pages = Math.max(1, Math.ceil(articles.length / libraryPageSize));
	const entries = [
		{ path: '/' },
		...Array.from({ length: pages - 1 }, (_, i) => ({ path: `/page/${i + 2}/` })),
		...articles.map(({ slug, published }) => ({ path: articlePath(slug), lastmod: published }))
	];
	return new Response(sitemap(entries, origin), {
		headers: { 'content-type': 'application/xml; charset=utf-8' }
	});
}
