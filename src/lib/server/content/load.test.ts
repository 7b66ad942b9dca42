import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Block, Sentence, TextBlock } from '$lib/article/types';
import { articlesDir } from './index';
import { loadArticles, loadLibrary } from './load';
import { prepareLibrary } from './prepare';
import { readPreparedLibrary } from './prepared';

const sourceText = readFileSync(
	join(process.cwd(), 'content', 'sources', 'us-ukraine-florida-talks.txt'),
	'utf8'
);
const plain = (sentence: Sentence) => sentence.spans.map((span) => span.text).join('');
const textBlocks = (blocks: Block[]): TextBlock[] =>
	blocks.flatMap((block) =>
		block.kind === 'list'
			? block.items
			: block.kind === 'quote'
				? block.blocks
				: block.kind === 'figure'
					? []
					: [block]
	);

describe('the first article', () => {
	const [article] = loadArticles(articlesDir);
	const blocks = textBlocks(article.blocks);
	const paragraphs = blocks.filter((block) => block.kind === 'paragraph');
	const headings = blocks.filter((block) => block.kind === 'heading');

	it('has its byline, language and no invented date or URL', () => {
		expect(article.slug).toBe('us-ukraine-florida-talks');
		expect(article.byline).toBe('By U.S. Department of State');
		expect(article.lang).toBe('en');
		expect(article.published).toBeUndefined();
		expect(article.source).toEqual({ name: 'U.S. Department of State' });
		expect([...article.title].length).toBeLessThan(80);
	});

	it('has nine body paragraphs holding 18 sentences, and four section headings', () => {
		expect(paragraphs).toHaveLength(9);
		expect(paragraphs.flatMap((block) => block.sentences)).toHaveLength(18);
		expect(headings.map((block) => plain(block.sentences[0]))).toEqual([
			'From Florida to Moscow — and Back Again',
			'What the New Florida Talks Will Focus On',
			'Obstacles Still Cloud the Negotiations',
			'A Critical Week of Diplomacy Ahead'
		]);
	});

	it('keeps every line of the source verbatim, typographic characters included', () => {
		const lines = sourceText.split('\n').filter(Boolean).slice(1);
		const rendered = blocks.map((block) => block.sentences.map(plain).join(' '));
		expect(rendered).toEqual(lines);
		expect(rendered.join('\n')).toContain('“useful”');
	});

	it('gives every block and sentence a unique, positional id', () => {
		const ids = [
			article.titleSentence.id,
			...blocks.flatMap((b) => [b.id, ...b.sentences.map((s) => s.id)])
		];
		expect(new Set(ids).size).toBe(ids.length);
		expect(article.titleSentence.id).toBe('b0-1');
		expect(blocks[0].sentences.map((s) => s.id)).toEqual(['b1-1', 'b1-2']);
	});

	it('reports words, reading time and listening time', () => {
		expect(article.stats.sentences).toBe(23);
		expect(article.stats.words).toBe(514);
		expect(article.stats.readingMinutes).toBeCloseTo(article.stats.characters / 987);
		expect(article.stats.listeningMinutes).toBeCloseTo(514 / 150);
	});
});

describe('loadArticles on broken input', () => {
	let dir: string;
	const good =
		'---\ntitle: T\nbyline: B\nlang: en\nsummary: S.\nsource:\n  name: N\n---\n\nBody text.\n';

	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'folio-articles-'));
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	function write(name: string, text: string) {
		mkdirSync(join(dir, name, '..'), { recursive: true });
		writeFileSync(join(dir, name), text);
	}

	function problem(): string {
		try {
			loadArticles(dir);
		} catch (error) {
			return (error as Error).message;
		}
		throw new Error('loadArticles did not fail');
	}

	it('loads a good article', () => {
		write('good.md', good);
		expect(loadArticles(dir).map((a) => a.slug)).toEqual(['good']);
	});

	it('puts the lead image first, as a figure with its caption and credit', () => {
		write('media/p.jpg', 'x');
		const lead =
			'image:\n  src: media/p.jpg\n  alt: A quay.\n  caption: At seven.\n  credit: Someone';
		write('good.md', good.replace('lang: en', `lang: en\n${lead}`));
		const [article] = loadArticles(dir);
		expect(article.blocks[0]).toEqual({
			id: 'b1',
			kind: 'figure',
			image: { src: 'media/p.jpg', alt: 'A quay.' },
			caption: [{ id: 'b1-1', spans: [{ text: 'At seven.' }] }],
			credit: 'Someone',
			lead: true
		});
		expect(article.blocks[1]).toMatchObject({ id: 'b2', kind: 'paragraph' });
		expect(article).not.toHaveProperty('image');
	});

	it('prepares and stores the same library, newest first, and fails the same way', async () => {
		write('old.md', good.replace('lang: en', 'lang: en\npublished: 2024-01-02'));
		write('new.md', good.replace('lang: en', 'lang: en\npublished: 2025-03-04'));
		const out = join(dir, '..', `${relative(tmpdir(), dir)}-prepared`);
		try {
			expect(await prepareLibrary(dir, out)).toBe(2);
			const prepared = readPreparedLibrary(dir, out);
			const stored = loadLibrary(dir);
			expect(prepared?.summaries).toEqual(stored.map((a) => a.summary));
			expect(stored.map((a) => a.summary.slug)).toEqual(['new', 'old']);
			for (const { summary, text } of stored) expect(prepared?.text(summary.slug)).toBe(text);
			expect(JSON.parse(stored[0].text)).toEqual(loadArticles(dir)[0]);
			expect(prepared?.text('absent')).toBeUndefined();
			expect(prepared?.text('__proto__')).toBeUndefined();

			// A changed file makes the prepared copy stale: the build then parses for itself.
			write('new.md', good.replace('lang: en', 'lang: en\npublished: 2025-03-05'));
			expect(readPreparedLibrary(dir, out)).toBeUndefined();
			expect(await prepareLibrary(dir, out)).toBe(2);
			expect(readPreparedLibrary(dir, out)?.summaries[0].published).toBe('2025-03-05');

			// A bad article fails preparing and leaves no prepared copy that looks current.
			write('bad.md', good.replace('title: T\n', ''));
			await expect(prepareLibrary(dir, out)).rejects.toThrow(/bad\.md: title is missing/);
			expect(() => loadLibrary(dir)).toThrow(/bad\.md: title is missing/);
			expect(readPreparedLibrary(dir, out)).toBeUndefined();
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});

	it.each([
		['missing title', good.replace('title: T\n', ''), 'title is missing'],
		[
			'unknown lang',
			good.replace('lang: en', 'lang: xx'),
			'lang is not a known BCP 47 language tag'
		],
		[
			'bad date',
			good.replace('lang: en', 'lang: en\npublished: 2025-13-01'),
			'published must be a real date'
		],
		['empty body', good.replace('Body text.\n', ''), 'the body is empty'],
		[
			'body of raw HTML only',
			good.replace('Body text.', '<script>alert(1)</script>'),
			'the body is empty'
		],
		['no front matter', 'Just text.\n', 'front matter (between --- lines) is missing'],
		['an empty file', '', 'front matter (between --- lines) is missing'],
		[
			'unclosed front matter',
			good.replace('---\n\nBody', '\nBody'),
			'front matter (between --- lines) is missing'
		],
		['front matter only', good.replace('\nBody text.\n', ''), 'the body is empty'],
		[
			'binary garbage',
			'\u0000\u0001\uFFFD'.repeat(50),
			'front matter (between --- lines) is missing'
		],
		[
			'wrong types',
			good.replace('title: T', 'title: 42').replace('lang: en', 'lang: [en]'),
			'title must be text'
		],
		[
			'a future date',
			good.replace('lang: en', 'lang: en\npublished: 2999-01-01'),
			'published must be a real date'
		],
		['a level-1 heading', good.replace('Body text.', '# Title again\n\nText.'), 'level-1 heading'],
		[
			'a missing image',
			good.replace('Body text.', 'Text.\n\n![A photo](media/none.jpg)'),
			'image media/none.jpg does not exist'
		],
		[
			'a remote image',
			good.replace('Body text.', 'Text ![A photo](https://example.org/p.jpg).'),
			'image https://example.org/p.jpg is remote'
		],
		[
			'a lead image without alt text',
			good.replace('lang: en', 'lang: en\nimage:\n  src: media/p.jpg'),
			'image.alt is missing'
		],
		[
			'a lead image as a bare path',
			good.replace('lang: en', 'lang: en\nimage: media/p.jpg'),
			'image must be a mapping with src and alt'
		],
		['an image alone', good.replace('Body text.', '![A photo](media/p.jpg)'), 'the body is empty']
	])('fails on %s, naming the file', (_, text, reason) => {
		write('media/p.jpg', 'x');
		write('broken.md', text);
		const message = problem();
		expect(message).toContain(relative(process.cwd(), join(dir, 'broken.md')));
		expect(message).toContain(reason);
	});

	it('fails on a duplicate slug, naming both files', () => {
		write('a/same.md', good);
		write('b/same.md', good);
		expect(problem()).toMatch(/b\/same\.md: duplicate slug "same" \(also .*a\/same\.md\)/);
	});

	it('fails on a file name that is not a slug', () => {
		write('Bad Name.md', good);
		expect(problem()).toContain('Bad Name.md: file name must be lowercase letters');
	});

	it('fails on a huge file before parsing it', () => {
		write('huge.md', good + 'word '.repeat(120_000));
		expect(problem()).toMatch(/huge\.md: file is \d+ KiB; the limit is 512 KiB/);
	});

	it('reports every broken file at once', () => {
		write('one.md', good.replace('title: T\n', ''));
		write('two.md', good.replace('lang: en', 'lang: xx'));
		write('fine.md', good);
		expect(problem()).toMatch(/^2 articles have problems:\n {2}.*one\.md: .*\n {2}.*two\.md: /);
	});

	it('sorts newest first, undated last', () => {
		write('old.md', good.replace('lang: en', 'lang: en\npublished: 2024-01-01'));
		write('new.md', good.replace('lang: en', 'lang: en\npublished: 2025-01-01'));
		write('undated.md', good);
		expect(loadArticles(dir).map((a) => a.slug)).toEqual(['new', 'old', 'undated']);
	});
});
