import { describe, expect, it } from 'vitest';
import { articlePath, slugOfArticleFile, slugOfArticlePage } from './urls';

describe('article URLs', () => {
	it('writes the page path that every link and the sitemap use', () => {
		expect(articlePath('us-ukraine-florida-talks')).toBe('/articles/us-ukraine-florida-talks/');
	});

	it('names the article of its page, and of nothing else', () => {
		expect(slugOfArticlePage('/articles/a-b/')).toBe('a-b');
		expect(slugOfArticlePage('/articles/a-b/__data.json')).toBeUndefined();
		expect(slugOfArticlePage('/articles/a-b')).toBeUndefined();
		expect(slugOfArticlePage('/page/2/')).toBeUndefined();
		expect(slugOfArticlePage('/articles//')).toBeUndefined();
	});

	it('names the article of any of its files', () => {
		expect(slugOfArticleFile('/articles/a-b/')).toBe('a-b');
		expect(slugOfArticleFile('/articles/a-b/listen.json')).toBe('a-b');
		expect(slugOfArticleFile('/articles/a-b/__data.json')).toBe('a-b');
		expect(slugOfArticleFile('/articles.json')).toBeUndefined();
		expect(slugOfArticleFile('/search/')).toBeUndefined();
	});
});
