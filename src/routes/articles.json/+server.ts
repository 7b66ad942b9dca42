import { json } from '@sveltejs/kit';
import type { ArticleIndexEntry } from '$lib/article/types';
import { getArticles } from '$lib/server/content';

export const prerender = true;

/**
 * The library as data, newest first: read at build time to choose which articles to precache,
 * by "Save all for offline" and "Play all unread". Fetched on demand, never precached.
 */
export function GET() {
	return json(
		getArticles().map(({ slug, title, lang, published, stats }): ArticleIndexEntry => ({
			slug,
			title,
			lang,
			published,
			listeningMinutes: stats.listeningMinutes
		}))
	);
}
