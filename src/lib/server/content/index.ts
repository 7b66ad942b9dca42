import { join } from 'node:path';
import type { Article, ArticleSummary, Picture, Pictures } from '$lib/article/types';
import { picturesOf, readPictureRecord } from '../images/pictures';
import { loadLibrary, markdownFiles, slugOfFile } from './load';
import { preparedDir, readPreparedLibrary } from './prepared';

export { summarize } from './load';

/**
 * Where the site's articles live: content/articles under the project root (where Vite runs).
 * FOLIO_ARTICLES_DIR points a build at another library (the benchmark's synthetic ones).
 */
export const articlesDir =
	process.env.FOLIO_ARTICLES_DIR ?? join(process.cwd(), 'content', 'articles');

let cache:
	| {
			all: ArticleSummary[];
			text: (slug: string) => string | undefined;
			position: Map<string, number>;
	  }
	| undefined;

/** Every article's summary, newest first; loaded and validated once per build. */
export function getArticles(): ArticleSummary[] {
	return library().all;
}

/**
 * The slug of every article file, from the file names alone. For Kit's `entries`, which it
 * calls while analysing the build as well as when prerendering: reading and parsing every
 * article there took as long as the prerender's own parse (4 s for 1,000 articles). An invalid
 * article fails the build before that (scripts/steps/prepare-articles.ts), and again when rendered.
 */
export function articleSlugs(): string[] {
	return markdownFiles(articlesDir).map(slugOfFile);
}

/** The few articles parsed last: a page, its data and its hooks ask for the same one in turn. */
const recent = new Map<string, Article>();

/** One article, whole, or undefined when no article has that slug. */
export function getArticle(slug: string): Article | undefined {
	const known = recent.get(slug);
	if (known) return known;
	const text = library().text(slug);
	if (text === undefined) return undefined;
	const article = JSON.parse(text) as Article;
	recent.set(slug, article);
	if (recent.size > 4) recent.delete(recent.keys().next().value as string);
	return article;
}

let pictures: Record<string, Picture> | undefined;

/**
 * What the build made of an article's images (`npm run build`'s image step,
 * src/lib/server/images). Without that step (`vite dev`) there are none: each image shows as its
 * alt text in a box.
 */
export function getPictures(article: Pick<Article, 'blocks'>): Pictures {
	pictures ??= readPictureRecord(preparedDir(articlesDir))?.pictures ?? {};
	return picturesOf(article, pictures);
}

/** Up to `count` articles after `slug` in library order (the next older ones). */
export function articlesAfter(slug: string, count: number): ArticleSummary[] {
	const { all, position } = library();
	const index = position.get(slug);
	return index === undefined ? [] : all.slice(index + 1, index + 1 + count);
}

/**
 * The library: the one `npm run build` prepared before Vite started (scripts/steps/prepare-articles.ts),
 * whose texts stay on disk until a page asks; else, when there is none or the files changed since
 * (`vite dev`, a bare `vite build`), parsed here and kept as JSON texts in memory.
 */
function library() {
	if (!cache) {
		const prepared = readPreparedLibrary(articlesDir);
		if (prepared) {
			cache = { all: prepared.summaries, text: prepared.text, position: new Map() };
		} else {
			const stored = loadLibrary(articlesDir);
			const texts = new Map(stored.map((article) => [article.summary.slug, article.text]));
			cache = {
				all: stored.map((article) => article.summary),
				text: (slug) => texts.get(slug),
				position: new Map()
			};
		}
		cache.all.forEach((article, index) => cache?.position.set(article.slug, index));
	}
	return cache;
}
