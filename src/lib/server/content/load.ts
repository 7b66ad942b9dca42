import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Article, ArticleSummary } from '$lib/article/types';
import { ArticleError } from './errors';
import { parseFrontMatter } from './frontmatter';
import { imageChecker, noImages, type ImageChecker } from './image-refs';
import { BlockBuilder, frontMatterOf, parseMarkdown } from './markdown';
import { articleStats } from './stats';

/** Articles larger than this are refused: no real article comes close, and a runaway file would. */
export const maxArticleBytes = 512 * 1024;

const slugShape = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** All `.md` files under `dir`, in a stable order. */
export function markdownFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

/** The slug an article file gives its article: its name without `.md`. */
export function slugOfFile(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1, -'.md'.length);
}

/**
 * Read, validate and prepare one article file of the library in `dir` (where its images must
 * be). `file` is shown in errors as given.
 */
export function prepareArticle(
	path: string,
	file: string,
	dir: string,
	today = new Date()
): Article {
	const size = statSync(path).size;
	if (size > maxArticleBytes)
		throw new ArticleError(file, `file is ${Math.round(size / 1024)} KiB; the limit is 512 KiB`);
	const slug = slugOfFile(path);
	return prepareArticleSource(
		readFileSync(path, 'utf8'),
		slug,
		file,
		today,
		imageChecker(path, dir)
	);
}

/**
 * Validate and prepare an article's Markdown source; throws an ArticleError naming `file`.
 * `images` checks the images it names; by default a source outside a library may have none.
 */
export function prepareArticleSource(
	source: string,
	slug: string,
	file: string,
	today = new Date(),
	images: ImageChecker = noImages
): Article {
	if (!slugShape.test(slug))
		throw new ArticleError(file, 'file name must be lowercase letters, digits and single hyphens');
	const root = parseMarkdown(source);
	const yaml = frontMatterOf(root);
	if (yaml === undefined)
		throw new ArticleError(file, 'front matter (between --- lines) is missing');
	const parsed = parseFrontMatter(yaml, today);
	if ('error' in parsed) throw new ArticleError(file, parsed.error);
	const meta = parsed.data;

	const { image: lead, ...fields } = meta;
	const builder = new BlockBuilder(meta.lang, root, images);
	const titleSentence = builder.plainSentence('b0', meta.title);
	let blocks;
	try {
		const leadTitle = lead && [lead.caption ?? '', lead.credit ?? ''].join(' | ');
		const first = lead ? [builder.figure(lead.src, lead.alt, leadTitle, true)] : [];
		blocks = [...first, ...builder.blocks(root.children.slice(1))];
	} catch (error) {
		throw new ArticleError(file, (error as Error).message);
	}
	if (blocks.every((block) => block.kind === 'figure'))
		throw new ArticleError(file, 'the body is empty');
	return {
		slug,
		...fields,
		stats: articleStats(builder.spoken, meta.lang, builder.sentenceCount),
		titleSentence,
		blocks
	};
}

/** Newest first; undated articles after dated ones; then by title, so the order is stable. */
export function newestFirst(a: ArticleSummary, b: ArticleSummary): number {
	if (a.published !== b.published) {
		if (!a.published) return 1;
		if (!b.published) return -1;
		return a.published < b.published ? 1 : -1;
	}
	return a.title.localeCompare(b.title, 'en');
}

/** The problem of a second file giving an article the slug an earlier one gave. */
export function duplicateSlug(file: string, slug: string, earlier: string): ArticleError {
	return new ArticleError(file, `duplicate slug "${slug}" (also ${earlier})`);
}

/** The error a build fails with: every file's problem, one line each. */
export function problemsError(problems: ArticleError[]): Error {
	return new Error(
		`${problems.length} article${problems.length === 1 ? ' has a problem' : 's have problems'}:\n` +
			problems.map((problem) => `  ${problem.message}`).join('\n')
	);
}

/**
 * Read every article under `dir`, handing each to `keep` as it is made. Collects every file's
 * problem before failing, so one build reports them all, one line each.
 */
export function eachArticle(dir: string, today: Date, keep: (article: Article) => void): void {
	const problems: ArticleError[] = [];
	const seen = new Map<string, string>();
	for (const path of markdownFiles(dir)) {
		const file = relative(process.cwd(), path);
		try {
			const article = prepareArticle(path, file, dir, today);
			const earlier = seen.get(article.slug);
			if (earlier) throw duplicateSlug(file, article.slug, earlier);
			seen.set(article.slug, file);
			keep(article);
		} catch (error) {
			if (!(error instanceof ArticleError)) throw error;
			problems.push(error);
		}
	}
	if (problems.length) throw problemsError(problems);
}

/** Load every article under `dir`, newest first. */
export function loadArticles(dir: string, today = new Date()): Article[] {
	const articles: Article[] = [];
	eachArticle(dir, today, (article) => articles.push(article));
	return articles.sort(newestFirst);
}

/** An article as the build keeps it: what lists show, and the rest as its JSON text. */
export interface StoredArticle {
	summary: ArticleSummary;
	text: string;
}

/**
 * Every article under `dir`, newest first, each kept as its summary and its JSON text: a
 * quarter of the memory of the article itself (10.7 KB of text against 43 KB of objects for a
 * synthetic article), so a library of 20,000 fits a build's memory (issue 17). The page that
 * needs the article parses the text back (src/lib/server/content/index.ts).
 */
export function loadLibrary(dir: string, today = new Date()): StoredArticle[] {
	const stored: StoredArticle[] = [];
	eachArticle(dir, today, (article) =>
		stored.push({ summary: summarize(article), text: JSON.stringify(article) })
	);
	return stored.sort((a, b) => newestFirst(a.summary, b.summary));
}

/** The library without its text, for lists. */
export function summarize(article: ArticleSummary): ArticleSummary {
	const { slug, title, byline, lang, published, summary, source, stats } = article;
	return { slug, title, byline, lang, published, summary, source, stats };
}
