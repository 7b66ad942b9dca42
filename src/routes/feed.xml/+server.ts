import { buildDate } from '$lib/server/build-date';
import { articlesDir, getArticles } from '$lib/server/content';
import { origin } from '$lib/server/origin';
import { atomFeed } from '$lib/server/syndication/atom';

export const prerender = true;

/** The newest articles as an Atom feed; its media type is set in static/_headers. */
export function GET() {
	return new Response(atomFeed(getArticles(), { origin, builtAt: buildDate(articlesDir) }), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8' }
	});
}
