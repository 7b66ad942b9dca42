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
	/** An image inside the sentence: its span has no text (the image is not read aloud). */
	image?: ImageRef;
}

/**
 * An image as an article names it: a file in the library, checked when the article is built
 * (lib/server/content/image-refs.ts). What the build made of it is a `Picture`.
 */
export interface ImageRef {
	/** The file, relative to the library folder, with forward slashes: `media/photo.jpg`. */
	src: string;
	/** What it shows; empty only for an image marked decorative. */
	alt: string;
}

/**
 * An image as the build made it (lib/server/images): its size, a colour for its place until it
 * loads, and its files: `${base}-${width}.avif` and `.webp` for each width, and `fallback` in
 * its own format for a browser with neither. An SVG has no widths: `fallback` is the file.
 */
export interface Picture {
	width: number;
	height: number;
	/** Its dominant colour, `#rrggbb`, or '' for an image with transparency (SVG included). */
	color: string;
	base: string;
	widths: number[];
	fallback: string;
}

/** The pictures of one article by their `ImageRef.src`: what its page needs to show them. */
export type Pictures = Record<string, Picture>;

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

/**
 * An image with its caption: a Markdown image alone in its paragraph, or the front matter's lead
 * image (`lead`, always the first block). Numbered like a text block; its caption's sentences are
 * read aloud ("Image: …") and its credit is shown, not read.
 */
export interface FigureBlock {
	id: string;
	kind: 'figure';
	image: ImageRef;
	caption: Sentence[];
	credit?: string;
	lead?: true;
}

export type Block = TextBlock | ListBlock | QuoteBlock | FigureBlock;

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
