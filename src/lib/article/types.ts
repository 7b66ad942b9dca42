/**
 * The typed shape of an article, made at build time by `lib/server/content` and rendered by
 * `html.ts` and the components beside this file. Pages receive this data, never Markdown or
 * raw HTML: all markup is made, and escaped, by `html.ts`.
 */

/** A run of text with the marks that apply to all of it. */
export interface Span {
	text: string;
	strong?: true;
	emphasis?: true;
	code?: true;
	/** Only http, https and mailto links survive the build. */
	href?: string;
}

/** One sentence: the unit that read-aloud speaks and highlights. `id` is unique in the article. */
export interface Sentence {
	id: string;
	spans: Span[];
}

/**
 * A block of text: the unit of "read from here" and of paragraph skipping. Ids run `b1`, `b2`, ...
 * in reading order (the title is `b0`); sentence ids add their place: `b3-2`.
 */
export interface TextBlock {
	id: string;
	kind: 'heading' | 'paragraph';
	/** 2 or 3 for headings; the article title is the only level 1. */
	level?: 2 | 3;
	sentences: Sentence[];
}

export interface ListBlock {
	kind: 'list';
	ordered: boolean;
	items: TextBlock[];
}

export interface QuoteBlock {
	kind: 'quote';
	blocks: TextBlock[];
}

export type Block = TextBlock | ListBlock | QuoteBlock;

export interface ArticleSource {
	name: string;
	url?: string;
}

/** Reading figures; rates are documented in `lib/server/content/stats.ts`. */
export interface ArticleStats {
	words: number;
	characters: number;
	sentences: number;
	readingMinutes: number;
	listeningMinutes: number;
}

/** What the library lists: everything about an article but its text. */
export interface ArticleSummary {
	slug: string;
	title: string;
	byline: string;
	lang: string;
	/** ISO date (YYYY-MM-DD), only when the source gives one. */
	published?: string;
	summary: string;
	source: ArticleSource;
	stats: ArticleStats;
}

/**
 * One entry of /articles.json, the whole library newest first (for "Save all for offline" and
 * "Play all unread"); `listeningMinutes` at 1x, for Up next's time left.
 */
export type ArticleIndexEntry = Pick<ArticleSummary, 'slug' | 'title' | 'lang' | 'published'> & {
	listeningMinutes?: number;
};

export interface Article extends ArticleSummary {
	/** The title as a sentence of its own, so read-aloud can start with it. */
	titleSentence: Sentence;
	blocks: Block[];
}
