import { escapeAttribute, escapeText } from './escape';
import { frameHtml, pictureHtml } from './picture-html';
import type { Block, FigureBlock, Pictures, Sentence, Span, TextBlock } from './types';

/*
 * An article's text as HTML, from its typed blocks: one plain function the server renders and
 * the browser then leaves alone (ArticleView puts it in with {@html}, which hydrates without
 * walking or rebuilding the text: the page becomes interactive sooner). Every piece of text is
 * escaped here; the blocks never hold markup (lib/server/content drops raw HTML, and keeps only
 * http, https and mailto links).
 */

function markedHtml(span: Span): string {
	const text = escapeText(span.text);
	if (span.code) return `<code>${text}</code>`;
	if (span.strong && span.emphasis) return `<strong><em>${text}</em></strong>`;
	if (span.strong) return `<strong>${text}</strong>`;
	if (span.emphasis) return `<em>${text}</em>`;
	return text;
}

/** An image inside a sentence, at its own size (never wider than the text). */
function inlineImageHtml(span: Required<Pick<Span, 'image'>>, pictures: Pictures): string {
	const picture = pictures[span.image.src];
	if (!picture) return `<span class="image-alt">${escapeText(span.image.alt)}</span>`;
	return pictureHtml(span.image, picture, { sizes: `${picture.width}px`, inline: true });
}

function spanHtml(span: Span, pictures: Pictures): string {
	if (span.image) {
		const image = inlineImageHtml({ image: span.image }, pictures);
		return span.href
			? `<a href="${escapeAttribute(span.href)}" rel="noopener noreferrer">${image}</a>`
			: image;
	}
	if (!span.href) return markedHtml(span);
	return `<a href="${escapeAttribute(span.href)}" rel="noopener noreferrer">${markedHtml(span)}</a>`;
}

/** One sentence, addressable by id for read-aloud and the reading position. */
export function sentenceHtml(sentence: Sentence, pictures: Pictures = {}): string {
	const spans = sentence.spans.map((span) => spanHtml(span, pictures)).join('');
	return `<span class="sentence" id="${escapeAttribute(sentence.id)}">${spans}</span>`;
}

function textBlockHtml(block: TextBlock, pictures: Pictures): string {
	const tag = block.kind === 'heading' ? (block.level === 3 ? 'h3' : 'h2') : 'p';
	const sentences = block.sentences.map((sentence) => sentenceHtml(sentence, pictures)).join(' ');
	return `<${tag} id="${escapeAttribute(block.id)}">${sentences}</${tag}>`;
}

/**
 * A figure: its framed image, and a caption of its sentences (read aloud) and its credit (not).
 * The lead image, and a figure that opens an article with none, may be in the first screen: they
 * load at once; every other image when it nears the view.
 */
function figureHtml(block: FigureBlock, pictures: Pictures, eager: boolean): string {
	const frame = frameHtml(block.image, pictures[block.image.src], { eager });
	const sentences = block.caption.map((sentence) => sentenceHtml(sentence, pictures)).join(' ');
	const credit = block.credit ? `<span class="credit">${escapeText(block.credit)}</span>` : '';
	const caption =
		sentences || credit
			? `<figcaption>${[sentences, credit].filter(Boolean).join(' ')}</figcaption>`
			: '';
	const lead = block.lead ? ' class="lead"' : '';
	return `<figure id="${escapeAttribute(block.id)}"${lead}>${frame}${caption}</figure>`;
}

function blockHtml(block: Block, pictures: Pictures, first: boolean): string {
	if (block.kind === 'list') {
		const tag = block.ordered ? 'ol' : 'ul';
		const items = block.items.map((item) => `<li>${textBlockHtml(item, pictures)}</li>`).join('');
		return `<${tag}>${items}</${tag}>`;
	}
	if (block.kind === 'quote')
		return `<blockquote>${block.blocks.map((inner) => textBlockHtml(inner, pictures)).join('')}</blockquote>`;
	if (block.kind === 'figure') return figureHtml(block, pictures, first);
	return textBlockHtml(block, pictures);
}

/** The article's body, every block in reading order, with the pictures the build made. */
export function blocksHtml(blocks: Block[], pictures: Pictures = {}): string {
	return blocks.map((block, index) => blockHtml(block, pictures, index === 0)).join('\n');
}
