import { describe, expect, it } from 'vitest';
import type { Element } from '@xmldom/xmldom';
import type { ArticleSummary } from '$lib/article/types';
import { atomFeed, authorOf, feedSize } from './atom';
import { parseXmlStrictly } from './parse-xml';

const atom = 'http://www.w3.org/2005/Atom';
const origin = 'https://folio.example';
const builtAt = new Date('2026-11-30T03:00:00.000Z');

const article = (n: number, change: Partial<ArticleSummary> = {}): ArticleSummary => ({
	slug: `article-${n}`,
	title: `Article ${n}`,
	byline: `By Writer ${n}`,
	lang: 'en',
	published: `2025-01-${String((n % 28) + 1).padStart(2, '0')}`,
	summary: `Summary ${n}.`,
	source: { name: 'Source' },
	stats: { words: 1, characters: 1, sentences: 1, readingMinutes: 1, listeningMinutes: 1 },
	...change
});

/** The child elements of `parent` named `name` in the Atom namespace. */
const children = (parent: Element, name: string) =>
	Array.from(parent.childNodes).filter(
		(node): node is Element =>
			node.nodeType === 1 &&
			(node as Element).localName === name &&
			(node as Element).namespaceURI === atom
	);
const text = (parent: Element, name: string) => children(parent, name)[0]?.textContent;

function feedOf(articles: ArticleSummary[]) {
	const document = parseXmlStrictly(atomFeed(articles, { origin, builtAt }));
	const feed = document.documentElement!;
	expect([feed.localName, feed.namespaceURI]).toEqual(['feed', atom]);
	return { feed, entries: children(feed, 'entry') };
}

describe('the Atom feed', () => {
	it('has what RFC 4287 requires of a feed and of each entry, with absolute URLs', () => {
		const { feed, entries } = feedOf([article(2), article(1)]);
		expect(text(feed, 'title')).toBe('Folio');
		expect(text(feed, 'id')).toBe(`${origin}/`);
		expect(text(feed, 'updated')).toBe('2025-01-03T00:00:00Z');
		expect(
			children(feed, 'link').map((l) => [l.getAttribute('rel'), l.getAttribute('href')])
		).toEqual([
			['self', `${origin}/feed.xml`],
			['alternate', `${origin}/`]
		]);
		expect(text(children(feed, 'author')[0], 'name')).toBe('Folio');
		const [first] = entries;
		expect(text(first, 'title')).toBe('Article 2');
		expect(text(first, 'id')).toBe(`${origin}/articles/article-2/`);
		expect(children(first, 'link')[0].getAttribute('href')).toBe(`${origin}/articles/article-2/`);
		expect(text(first, 'published')).toBe('2025-01-03T00:00:00Z');
		expect(text(first, 'updated')).toBe('2025-01-03T00:00:00Z');
		expect(text(children(first, 'author')[0], 'name')).toBe('Writer 2');
		expect(text(first, 'summary')).toBe('Summary 2.');
		expect(first.getAttribute('xml:lang')).toBe('en');
	});

	it('carries the newest 50, in the order given', () => {
		const articles = Array.from({ length: 70 }, (_, i) => article(70 - i));
		const { entries } = feedOf(articles);
		expect(feedSize).toBe(50);
		expect(entries).toHaveLength(50);
		expect(text(entries[0], 'title')).toBe('Article 70');
		expect(text(entries[49], 'title')).toBe('Article 21');
	});

	it('invents no date: an undated article has no <published>, and the build’s date as <updated>', () => {
		const { feed, entries } = feedOf([article(1, { published: undefined })]);
		expect(children(entries[0], 'published')).toHaveLength(0);
		expect(text(entries[0], 'updated')).toBe('2026-11-30T03:00:00Z');
		expect(text(feed, 'updated')).toBe('2026-11-30T03:00:00Z');
	});

	it('stays well-formed whatever the text holds: markup, quotes, control characters, RTL, emoji', () => {
		const hostile = article(1, {
			title: '</title><script>alert("x")</script> & \'quotes\' \u0007\u0000 שלום 👩🏽‍💻 \uD800',
			summary: ']]> <![CDATA[ & &amp; <entry>',
			byline: 'By <b>Someone</b> & Co',
			lang: 'he'
		});
		const { entries } = feedOf([hostile]);
		expect(text(entries[0], 'title')).toBe(
			'</title><script>alert("x")</script> & \'quotes\'  שלום 👩🏽‍💻 '
		);
		expect(text(entries[0], 'summary')).toBe(']]> <![CDATA[ & &amp; <entry>');
		expect(text(children(entries[0], 'author')[0], 'name')).toBe('<b>Someone</b> & Co');
	});

	it('takes the author from the byline, or the source when there is none', () => {
		expect(authorOf({ byline: 'By U.S. Department of State', source: { name: 'S' } })).toBe(
			'U.S. Department of State'
		);
		expect(authorOf({ byline: 'Jane Doe', source: { name: 'S' } })).toBe('Jane Doe');
		expect(authorOf({ byline: '', source: { name: 'The Source' } })).toBe('The Source');
	});
});
