/**
 * What Pagefind indexes on an article's page (scripts/plugins/search-index.js), marked in the
 * prerendered HTML only (src/hooks.server.ts): the article element's text and its summary, with
 * the facts results show (byline, minutes, language, the date to sort by); never the app's
 * chrome, nor the line of facts above the text. Added here rather than in the components, so the
 * browser's copy of the page's code carries none of it (every article's startup would grow).
 */
import { escapeAttribute } from '$lib/article/escape';
import type { Article } from '$lib/article/types';

/** Each mark: the start of a tag as Kit writes it, and what to add inside it. */
function marks(article: Article): [string, string][] {
	const attributes = [
		'data-pagefind-body',
		'data-pagefind-index-attrs="data-summary"',
		`data-summary="${escapeAttribute(article.summary)}"`,
		`data-pagefind-meta="minutes:${article.stats.readingMinutes}"`,
		`data-pagefind-filter="language:${escapeAttribute(article.lang)}"`,
		...(article.published ? [`data-pagefind-sort="date:${article.published}"`] : [])
	];
	return [
		['<article class="article"', attributes.join(' ')],
		['<p class="byline', 'data-pagefind-meta="byline"'],
		['<p class="facts', 'data-pagefind-ignore']
	];
}

/** `html` of `article`'s page with its search marks; throws if the page's markup moved on. */
export function markForSearch(html: string, article: Article): string {
	let marked = html;
	for (const [tagStart, added] of marks(article)) {
		const at = marked.indexOf(tagStart);
		if (at < 0) throw new Error(`search marks: no ${tagStart} on ${article.slug}'s page`);
		const name = tagStart.indexOf(' ');
		marked = `${marked.slice(0, at + name)} ${added}${marked.slice(at + name)}`;
	}
	return marked;
}
