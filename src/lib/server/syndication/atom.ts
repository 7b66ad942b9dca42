/**
 * The Atom feed (RFC 4287) of the newest articles, for feed readers. An article without a date
 * of its own gets none invented: it has no <published>, and its <updated> is the date of the
 * build's sources (build-date.ts), the last time it can have changed (the feed says so).
 */
import type { ArticleSummary } from '$lib/article/types';
import { xmlText } from './xml';
import { articlePath } from '$lib/article/urls';

/** How many articles the feed carries, newest first. */
export const feedSize = 50;

export interface FeedOptions {
	/** The site's origin, for absolute URLs (FOLIO_ORIGIN). */
	origin: string;
	builtAt: Date;
}

/** "By Jane Doe" → "Jane Doe"; the source's name when there is no byline. */
export function authorOf({ byline, source }: Pick<ArticleSummary, 'byline' | 'source'>): string {
	return byline.replace(/^\s*by\s+/i, '').trim() || source.name;
}

/** A date-only ISO date as an Atom date-time, midnight UTC. */
const atomDate = (date: string) => `${date}T00:00:00Z`;

/** The feed of `articles` (newest first; only the first `feedSize` are used). */
export function atomFeed(articles: readonly ArticleSummary[], { origin, builtAt }: FeedOptions) {
	const url = (path: string) => new URL(path, origin).href;
	const built = builtAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
	const entries = articles.slice(0, feedSize).map((article) => {
		const link = url(articlePath(article.slug));
		const updated = article.published ? atomDate(article.published) : built;
		const author = authorOf(article);
		return {
			updated,
			xml: [
				`  <entry xml:lang="${xmlText(article.lang)}">`,
				`    <title>${xmlText(article.title)}</title>`,
				`    <id>${xmlText(link)}</id>`,
				`    <link rel="alternate" type="text/html" href="${xmlText(link)}"/>`,
				...(article.published ? [`    <published>${updated}</published>`] : []),
				`    <updated>${updated}</updated>`,
				...(author ? [`    <author><name>${xmlText(author)}</name></author>`] : []),
				`    <summary>${xmlText(article.summary)}</summary>`,
				'  </entry>'
			].join('\n')
		};
	});
	const newest =
		entries
			.map((entry) => entry.updated)
			.sort()
			.at(-1) ?? built;
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom">',
		'  <title>Folio</title>',
		'  <subtitle>Articles to read or listen to, online or off.</subtitle>',
		`  <id>${xmlText(url('/'))}</id>`,
		`  <link rel="self" type="application/atom+xml" href="${xmlText(url('/feed.xml'))}"/>`,
		`  <link rel="alternate" type="text/html" href="${xmlText(url('/'))}"/>`,
		`  <updated>${newest}</updated>`,
		'  <author><name>Folio</name></author>',
		'  <generator>Folio</generator>',
		'  <!-- An article that gives no date has no <published>; its <updated> is when the library last changed. -->',
		...entries.map((entry) => entry.xml),
		'</feed>',
		''
	].join('\n');
}
