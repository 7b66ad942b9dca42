import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, Block, Span, TextBlock } from '$lib/article/types';
import { loadArticles } from './load';

// The hostile fixture library, also built and opened in the browser by tests/hostile.spec.ts.
const dir = join(process.cwd(), 'tests', 'fixtures', 'hostile-articles');
const articles = new Map(loadArticles(dir).map((article) => [article.slug, article]));

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
const spans = (article: Article): Span[] =>
	textBlocks(article.blocks).flatMap((block) => block.sentences.flatMap((s) => s.spans));
const texts = (slug: string) =>
	textBlocks(articles.get(slug)!.blocks).map((block) =>
		block.sentences.map((s) => s.spans.map((span) => span.text).join('')).join(' ')
	);

describe('the hostile fixture library', () => {
	it('loads every file: hostile input is made harmless, not refused', () => {
		expect([...articles.keys()].sort()).toEqual([
			'emoji',
			'empty-section',
			'hostile-links',
			'long-words',
			'raw-html',
			'rtl-arabic',
			'rtl-hebrew'
		]);
	});

	it('keeps only http, https and mailto links, absolute', () => {
		const hrefs = [...articles.values()].flatMap((article) =>
			spans(article).flatMap((span) => (span.href ? [span.href] : []))
		);
		expect(hrefs.length).toBeGreaterThan(5);
		for (const href of hrefs) expect(new URL(href).protocol).toMatch(/^(https?|mailto):$/);
		expect(spans(articles.get('hostile-links')!).filter((span) => span.href)).toEqual([
			{ text: 'an https link', href: 'https://example.org/a' },
			{ text: 'an http link', href: 'http://example.org/b' },
			{ text: 'a mail link', href: 'mailto:someone@example.org' },
			{ text: 'https://example.org/auto', href: 'https://example.org/auto' },
			{ text: 'another', href: 'https://example.org/reference' }
		]);
	});

	it('keeps the words of unsafe and relative links', () => {
		expect(texts('hostile-links')).toContain(
			'Unsafe: javascript, mixed case, escaped, data, vbscript, file and blob.'
		);
		expect(texts('hostile-links')).toContain('Relative: up, root, protocol relative and fragment.');
	});

	// An image with a javascript: address fails the build (image-refs.test.ts): not here.
	it('drops raw HTML, script and style content; code stays as code text', () => {
		const article = articles.get('raw-html')!;
		expect(texts('raw-html')).toEqual([
			'Inline tags, an image and bold words are dropped; their text stays.',
			"An HTML entity stays text: <script>alert(1)</script> and a code span <script>window.__hostile = 'code'</script> too.",
			"<script>window.__hostile = 'fenced'</script>"
		]);
		const prose = spans(article).filter((span) => !span.code);
		expect(prose.map((span) => span.text).join(' ')).not.toMatch(/__hostile|onerror/);
		// Front matter is text: it reaches the page escaped, never as markup.
		expect(article.title).toContain('</script><script>');
	});

	it('keeps very long words and addresses whole', () => {
		const [word, address] = texts('long-words');
		expect(word).toContain('Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(12));
		expect(address).toContain(`?q=${'x'.repeat(200)} ends here.`);
		expect(textBlocks(articles.get('long-words')!.blocks)[1].sentences).toHaveLength(1);
	});

	it('keeps right-to-left text, its language and the words of other scripts in it', () => {
		expect(articles.get('rtl-arabic')!.lang).toBe('ar');
		expect(texts('rtl-arabic')).toContain(
			'هذه فقرة باللغة العربية. تحتوي على كلمة English وأرقام 2026 في وسطها.'
		);
		expect(articles.get('rtl-hebrew')!.lang).toBe('he');
	});

	it('keeps emoji whole, joined sequences and flags included', () => {
		const [line] = texts('emoji');
		for (const emoji of ['👨‍👩‍👧‍👦', '🇺🇦', '🏳️‍🌈', '👍🏿', '1️⃣', '🎉']) expect(line).toContain(emoji);
		expect(articles.get('emoji')!.title).toBe('Emoji 🎉 in the title 👩🏽‍💻');
		expect(articles.get('emoji')!.blocks[0]).toMatchObject({ sentences: { length: 3 } });
	});

	it('keeps an empty section as its heading, and drops a heading of only HTML', () => {
		expect(textBlocks(articles.get('empty-section')!.blocks).map((b) => b.kind)).toEqual([
			'heading',
			'heading',
			'paragraph',
			'heading',
			'paragraph'
		]);
	});
});
