import type { ArticleSummary } from './types';

/** schema.org NewsArticle data for search engines; only facts the article gives. */
export function newsArticleJsonLd(article: ArticleSummary, url: string): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: article.title,
		description: article.summary,
		inLanguage: article.lang,
		url,
		mainEntityOfPage: url,
		wordCount: article.stats.words,
		author: { '@type': 'Organization', name: article.source.name },
		publisher: { '@type': 'Organization', name: article.source.name },
		...(article.published ? { datePublished: article.published } : {}),
		...(article.source.url ? { isBasedOn: article.source.url } : {})
	};
}

/**
 * A `<script type="application/ld+json">` element. `<` is escaped so that no text in the data
 * can close the element early.
 */
export function jsonLdScript(data: Record<string, unknown>): string {
	const json = JSON.stringify(data).replaceAll('<', '\\u003c');
	return `<script type="application/ld+json">${json}</script>`;
}
