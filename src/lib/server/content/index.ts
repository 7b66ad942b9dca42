import { join } from 'node:path';
import type { Article } from '$lib/article/types';
import { loadArticles } from './load';

export { summarize } from './load';

/** Where the site's articles live, relative to the project root (where Vite runs). */
export const articlesDir = join(process.cwd(), 'content', 'articles');

let cache: { all: Article[]; bySlug: Map<string, Article> } | undefined;

/** Every article, newest first; loaded and validated once per build. */
export function getArticles(): Article[] {
	return library().all;
}

/** One article, or undefined when no article has that slug. */
export function getArticle(slug: string): Article | undefined {
	return library().bySlug.get(slug);
}

function library() {
	if (!cache) {
		const all = loadArticles(articlesDir);
		cache = { all, bySlug: new Map(all.map((article) => [article.slug, article])) };
	}
	return cache;
}
