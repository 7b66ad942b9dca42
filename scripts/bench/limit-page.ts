// The "limit page": the same article as one hand-minimal static HTML file with a little inline
// CSS and no JavaScript, made from the same content. Folio is measured against it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Sentence, TextBlock } from '../../src/lib/article/types.ts';

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const sentenceText = (sentence: Sentence) => escape(sentence.spans.map((s) => s.text).join(''));
const blockText = (block: TextBlock) => block.sentences.map(sentenceText).join(' ');

function blockHtml(block: Article['blocks'][number]): string {
	if (block.kind === 'list') {
		const tag = block.ordered ? 'ol' : 'ul';
		return `<${tag}>${block.items.map((item) => `<li>${blockText(item)}</li>`).join('')}</${tag}>`;
	}
	if (block.kind === 'quote')
		return `<blockquote>${block.blocks.map(blockHtml).join('')}</blockquote>`;
	// Its picture comes with the bench of an article with images (issue 31); the caption for now.
	if (block.kind === 'figure')
		return `<figure><figcaption>${block.caption.map(sentenceText).join(' ')}</figcaption></figure>`;
	if (block.kind === 'heading') return `<h${block.level}>${blockText(block)}</h${block.level}>`;
	return `<p>${blockText(block)}</p>`;
}

/** Write `<dir>/index.html` for `article` and return its path. */
export function writeLimitPage(article: Article, dir: string): string {
	const html = `<!doctype html><html lang="${article.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(article.title)}</title><meta name="description" content="${escape(article.summary)}"><style>body{max-width:65ch;margin:0 auto;padding:1rem 1.25rem;font:20px/1.6 Georgia,serif;color:#1c1b19;background:#fbfaf7}h1{line-height:1.25}</style></head><body><main><article><h1>${escape(article.title)}</h1><p><i>${escape(article.byline)}</i></p>${article.blocks.map(blockHtml).join('')}</article></main></body></html>`;
	mkdirSync(dir, { recursive: true });
	const path = join(dir, 'index.html');
	writeFileSync(path, html);
	return path;
}
