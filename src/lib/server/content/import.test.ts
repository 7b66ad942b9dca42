import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TextBlock } from '$lib/article/types';
import { importPlainText } from './import';
import { prepareArticleSource } from './load';

const details = { title: 'T', summary: 'S.', lang: 'en' };
const firstArticle = join(process.cwd(), 'content', 'articles', 'us-ukraine-florida-talks.md');
const firstSource = join(process.cwd(), 'content', 'sources', 'us-ukraine-florida-talks.txt');

describe('importPlainText', () => {
	it('reproduces the committed first article from its plain text', () => {
		const committed = readFileSync(firstArticle, 'utf8');
		const title = committed.match(/^title: (.*)$/m)?.[1] ?? '';
		const summary = committed.match(/^summary: (.*)$/m)?.[1] ?? '';
		const markdown = importPlainText(readFileSync(firstSource, 'utf8'), {
			title,
			summary,
			lang: 'en'
		});
		expect(markdown).toBe(committed);
	});

	it('turns the byline, headings and paragraphs into front matter and Markdown', () => {
		const markdown = importPlainText('By Jane Roe\nA Heading\nA paragraph.\n', details);
		expect(markdown).toBe(
			'---\ntitle: T\nbyline: By Jane Roe\nlang: en\nsummary: S.\nsource:\n  name: Jane Roe\n---\n\n' +
				'## A Heading\n\nA paragraph.\n'
		);
	});

	it('escapes Markdown syntax so the words come back unchanged', () => {
		const lines = ['# not a heading.', '1. not a list.', 'Stars *and* [links](x) and <b>tags</b>.'];
		const markdown = importPlainText(['By X', ...lines].join('\n'), details);
		const article = prepareArticleSource(markdown, 'x', 'x.md');
		const texts = (article.blocks as TextBlock[]).map((block) =>
			block.sentences.flatMap((s) => s.spans.map((span) => span.text)).join(' ')
		);
		expect(texts).toEqual(lines);
	});

	it('refuses empty text and text with no body', () => {
		expect(() => importPlainText('\n\n', details)).toThrow('the text is empty');
		expect(() => importPlainText('By X\n', details)).toThrow('no body');
	});
});
