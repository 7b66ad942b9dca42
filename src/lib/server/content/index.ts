import { join } from 'node:path';
import type { Article } from '$lib/article/types';
import { loadArticles, markdownFiles, slugOfFile } from './load';

export { summarize } from './load';

/**
 * Where the site's articles live: content/articles under the project root (where Vite runs).
 * FOLIO_ARTICLES_DIR points a build at another library (the benchmark's synthetic ones).
 */
export const articlesDir =
	process.env.FOLIO_ARTICLES_DIR ?? join(process.cwd(), 'content', 'articles');

let cache:
	{ all: Article[]; bySlug: Map<string, Article>; position: Map<string, number> } | undefined;

/** Every article, newest first; loaded and validated once per build. */
export function getArticles(): Article[] {
	return library().all;
}

/**
 * The slug of every article file, from the file names alone. For Kit's `entries`, which it
 * calls while analysing the build as well as when prerendering: reading and parsing every
 * article there took as long as the prerender's own parse (4 s for 1,000 articles). An invalid
 * article fails the build before that (scripts/validate-articles.ts), and again when rendered.
 */
export function articleSlugs(): string[] {
	return markdownFiles(articlesDir).map(slugOfFile);
}

/** One article, or undefined when no article has that slug. */
export function getArticle(slug: string): Article | undefined {
	return library().bySlug.get(slug);
}

/** Up to `count` articles after `slug` in library order (the next older ones). */
export function articlesAfter(slug: string, count: number): Article[] {
	const { all, position } = library();
	const index = position.get(slug);
	return index === undefined ? [] : all.slice(index + 1, index + 1 + count);
}

function library() {
	if (!cache) {
		const all = loadArticles(articlesDir);
		cache = {
			all,
			bySlug: new Map(all.map((article) => [article.slug, article])),
			position: new Map(all.map((article, index) => [article.slug, index]))
		};
	}
	return cache;
}
