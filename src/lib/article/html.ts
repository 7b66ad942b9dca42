import type { Block, Sentence, Span, TextBlock } from './types';

/*
 * An article's text as HTML, from its typed blocks: one plain function the server renders and
 * the browser then leaves alone (ArticleView puts it in with {@html}, which hydrates without
 * walking or rebuilding the text: the page becomes interactive sooner). Every piece of text is
 * escaped here; the blocks never hold markup (lib/server/content drops raw HTML, and keeps only
 * http, https and mailto links).
 */

const textEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const attributeEscapes: Record<string, string> = { ...textEscapes, '"': '&quot;' };

function escapeText(text: string): string {
	return text.replace(/[&<>]/g, (char) => textEscapes[char]);
}

export function escapeAttribute(value: string): string {
	return value.replace(/[&<>"]/g, (char) => attributeEscapes[char]);
}

function markedHtml(span: Span): string {
	const text = escapeText(span.text);
	if (span.code) return `<code>${text}</code>`;
	if (span.strong && span.emphasis) return `<strong><em>${text}</em></strong>`;
	if (span.strong) return `<strong>${text}</strong>`;
	if (span.emphasis) return `<em>${text}</em>`;
	return text;
}

function spanHtml(span: Span): string {
	if (!span.href) return markedHtml(span);
	return `<a href="${escapeAttribute(span.href)}" rel="noopener noreferrer">${markedHtml(span)}</a>`;
}

/** One sentence, addressable by id for read-aloud and the reading position. */
export function sentenceHtml(sentence: Sentence): string {
	return `<span class="sentence" id="${escapeAttribute(sentence.id)}">${sentence.spans.map(spanHtml).join('')}</span>`;
}

function textBlockHtml(block: TextBlock): string {
	const tag = block.kind === 'heading' ? (block.level === 3 ? 'h3' : 'h2') : 'p';
	const sentences = block.sentences.map(sentenceHtml).join(' ');
	return `<${tag} id="${escapeAttribute(block.id)}">${sentences}</${tag}>`;
}

function blockHtml(block: Block): string {
	if (block.kind === 'list') {
		const tag = block.ordered ? 'ol' : 'ul';
		const items = block.items.map((item) => `<li>${textBlockHtml(item)}</li>`).join('');
		return `<${tag}>${items}</${tag}>`;
	}
	if (block.kind === 'quote')
		return `<blockquote>${block.blocks.map(textBlockHtml).join('')}</blockquote>`;
	return textBlockHtml(block);
}

/** The article's body, every block in reading order. */
export function blocksHtml(blocks: Block[]): string {
	return blocks.map(blockHtml).join('\n');
}
