import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/article/types';
import { markForSearch } from './search-marks';

const article = {
	slug: 'a',
	lang: 'de',
	summary: 'Ein "Gipfel" & <mehr>',
	published: '2025-11-30',
	stats: { readingMinutes: 3.5 }
} as Article;
const page =
	'<header>chrome</header><article class="article" lang="de"><p class="byline svelte-x">By</p>' +
	'<p class="facts svelte-y">4 min</p></article>';

describe('markForSearch', () => {
	it('marks the article, its byline and the facts to skip', () => {
		const html = markForSearch(page, article);
		expect(html).toContain(
			'<article data-pagefind-body data-pagefind-index-attrs="data-summary" ' +
				'data-summary="Ein &quot;Gipfel&quot; &amp; &lt;mehr&gt;" data-pagefind-meta="minutes:3.5" ' +
				'data-pagefind-filter="language:de" data-pagefind-sort="date:2025-11-30" class="article"'
		);
		expect(html).toContain('<p data-pagefind-meta="byline" class="byline svelte-x">');
		expect(html).toContain('<p data-pagefind-ignore class="facts svelte-y">');
		expect(html).toContain('<header>chrome</header>');
	});

	it('gives no date to sort by when the article has none', () => {
		const html = markForSearch(page, { ...article, published: undefined });
		expect(html).not.toContain('data-pagefind-sort');
	});

	it('fails the build when the page no longer has what it marks', () => {
		expect(() => markForSearch('<main></main>', article)).toThrow(/no <article class="article"/);
	});
});
