import type { Image, ImageReference, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import type { Block, FigureBlock, Sentence, Span, TextBlock } from '$lib/article/types';
import { noImages, type ImageChecker } from './image-refs';
import { splitSentences } from './sentences';

/** Parse Markdown with YAML front matter into a syntax tree. Raw HTML becomes `html` nodes. */
export function parseMarkdown(source: string): Root {
	return fromMarkdown(source, {
		extensions: [frontmatter(['yaml'])],
		mdastExtensions: [frontmatterFromMarkdown(['yaml'])]
	});
}

/** The YAML front matter of a parsed document, if it has one. */
export function frontMatterOf(root: Root): string | undefined {
	const first = root.children[0];
	return first?.type === 'yaml' ? first.value : undefined;
}

const safeProtocols = new Set(['http:', 'https:', 'mailto:']);

/** Keep a link only when it is absolute and http, https or mailto: no javascript:, data: or relative. */
export function safeHref(url: string): string | undefined {
	try {
		const parsed = new URL(url);
		return safeProtocols.has(parsed.protocol) ? parsed.href : undefined;
	} catch {
		return undefined;
	}
}

type Marks = Omit<Span, 'text'>;

/** Turns Markdown blocks into typed blocks, numbering text blocks and sentences as it goes. */
export class BlockBuilder {
	#nextBlock = 1;
	#definitions = new Map<string, { url: string; title?: string | null }>();
	#sentenceCount = 0;
	/** Every spoken text, in reading order. */
	readonly spoken: string[] = [];

	constructor(
		readonly lang: string,
		root: Root,
		readonly images: ImageChecker = noImages
	) {
		for (const node of root.children) {
			if (node.type === 'definition')
				this.#definitions.set(node.identifier, { url: node.url, title: node.title });
		}
	}

	get sentenceCount() {
		return this.#sentenceCount;
	}

	/**
	 * Build the article body; throws a one-line reason for structure the reader cannot show.
	 * `nested` inside lists and quotes, whose blocks are text only: no figure there.
	 */
	blocks(nodes: RootContent[], nested = false): Block[] {
		const blocks: Block[] = [];
		for (const node of nodes) {
			const alone = node.type === 'paragraph' ? aloneImage(node.children) : undefined;
			if (alone) {
				const image = this.#imageOf(alone);
				if (!image) continue;
				if (nested)
					throw new Error(
						`image ${image.url} stands alone in a list or quote; a figure goes on its own line outside them`
					);
				blocks.push(this.figure(image.url, image.alt, image.title ?? undefined));
				continue;
			}
			switch (node.type) {
				case 'heading': {
					if (node.depth === 1)
						throw new Error('the body has a level-1 heading; the title comes from front matter');
					const block = this.#textBlock('heading', node.children, node.depth === 2 ? 2 : 3);
					if (block) blocks.push(block);
					break;
				}
				case 'paragraph': {
					const block = this.#textBlock('paragraph', node.children);
					if (block) blocks.push(block);
					break;
				}
				case 'code': {
					const block = this.#textBlock('paragraph', [{ type: 'inlineCode', value: node.value }]);
					if (block) blocks.push(block);
					break;
				}
				case 'list': {
					const items = node.children.flatMap((item) => this.#textBlocks(item.children));
					if (items.length) blocks.push({ kind: 'list', ordered: Boolean(node.ordered), items });
					break;
				}
				case 'blockquote': {
					const inner = this.#textBlocks(node.children);
					if (inner.length) blocks.push({ kind: 'quote', blocks: inner });
					break;
				}
				// Raw HTML, thematic breaks, tables and definitions are not shown: a reader
				// never passes HTML through, and the rest carries no prose.
				default:
					break;
			}
		}
		return blocks;
	}

	/**
	 * A figure: the image, and the caption and credit from its title (`"Caption | Credit"`, split
	 * at the last ` | `). `lead` for the front matter's image, which comes first.
	 */
	figure(url: string, alt: string, title?: string, lead = false): FigureBlock {
		const image = this.images(url, alt);
		const id = `b${this.#nextBlock++}`;
		const [captionText, credit] = splitCredit(title ?? '');
		const caption = this.#plainSentences(id, captionText);
		return {
			id,
			kind: 'figure',
			image,
			caption,
			...(credit ? { credit } : {}),
			...(lead ? { lead: true as const } : {})
		};
	}

	/** A sentence for text that is not Markdown, such as the title. */
	plainSentence(id: string, text: string): Sentence {
		this.spoken.push(text);
		this.#sentenceCount++;
		return { id: `${id}-1`, spans: [{ text }] };
	}

	/** Flatten nested containers (list items, quotes, nested lists) into text blocks. */
	#textBlocks(nodes: RootContent[]): TextBlock[] {
		return this.blocks(nodes, true).flatMap((block) =>
			block.kind === 'list' ? block.items : block.kind === 'quote' ? block.blocks : [block]
		) as TextBlock[];
	}

	/** Plain text as the sentences of block `id` (a caption); none for no text. */
	#plainSentences(id: string, text: string): Sentence[] {
		const clean = text.replace(/\s+/gu, ' ').trim();
		const ranges = splitSentences(clean, this.lang);
		if (ranges.length === 0) return [];
		this.spoken.push(clean);
		this.#sentenceCount += ranges.length;
		return ranges.map((range, index) => ({
			id: `${id}-${index + 1}`,
			spans: [{ text: clean.slice(range.start, range.end) }]
		}));
	}

	/** An image node's path, alt and title; a reference without its definition is dropped. */
	#imageOf(node: Image | ImageReference) {
		if (node.type === 'image') return { url: node.url, alt: node.alt ?? '', title: node.title };
		const definition = this.#definitions.get(node.identifier);
		return definition && { url: definition.url, alt: node.alt ?? '', title: definition.title };
	}

	#textBlock(
		kind: TextBlock['kind'],
		children: PhrasingContent[],
		level?: 2 | 3
	): TextBlock | undefined {
		const spans = mergeSpans(this.#spans(children, {}));
		const text = spans.map((span) => span.text).join('');
		const ranges = splitSentences(text, this.lang);
		if (ranges.length === 0) {
			const image = spans.find((span) => span.image)?.image;
			if (image)
				throw new Error(
					`image ${image.src} is in a line with no words; a figure goes on its own line outside lists and quotes`
				);
			return undefined;
		}
		const id = `b${this.#nextBlock++}`;
		// An image (a span with no text) goes with the sentence it ends or stands in.
		const owner = (offset: number) => {
			const index = ranges.findIndex((range) => offset <= range.end);
			return index < 0 ? ranges.length - 1 : index;
		};
		const sentences = ranges.map((range, index) => ({
			id: `${id}-${index + 1}`,
			spans: sliceSpans(spans, range.start, range.end, (offset) => owner(offset) === index)
		}));
		this.spoken.push(text);
		this.#sentenceCount += sentences.length;
		return level ? { id, kind, level, sentences } : { id, kind, sentences };
	}

	#spans(nodes: PhrasingContent[], marks: Marks): Span[] {
		return withoutRawText(nodes).flatMap((node): Span[] => {
			switch (node.type) {
				case 'text':
					return [{ ...marks, text: node.value.replace(/\s+/gu, ' ') }];
				case 'inlineCode':
					return [{ ...marks, code: true, text: node.value.replace(/\s+/gu, ' ') }];
				case 'break':
					return [{ ...marks, text: ' ' }];
				case 'emphasis':
					return this.#spans(node.children, { ...marks, emphasis: true });
				case 'strong':
					return this.#spans(node.children, { ...marks, strong: true });
				case 'delete':
					return this.#spans(node.children, marks);
				case 'link':
					return this.#spans(node.children, withHref(marks, node.url));
				case 'linkReference':
					return this.#spans(
						node.children,
						withHref(marks, this.#definitions.get(node.identifier)?.url)
					);
				// An image inside a sentence stays there, with no text: its alt is not prose.
				case 'image':
				case 'imageReference': {
					const image = this.#imageOf(node);
					return image ? [{ ...marks, text: '', image: this.images(image.url, image.alt) }] : [];
				}
				// Inline HTML is dropped.
				default:
					return [];
			}
		});
	}
}

/** Elements whose content is code or markup, never prose: <script>, <style> and the like. */
const rawTextOpen = /^<(script|style|textarea|title|xmp|noscript|template|iframe)\b[^>]*>$/i;

/**
 * Inline HTML nodes are only the tags; the text between `<script>` and `</script>` would
 * otherwise show as words. Drop it with the tags (to the end of the paragraph if unclosed).
 */
function withoutRawText(nodes: PhrasingContent[]): PhrasingContent[] {
	const kept: PhrasingContent[] = [];
	let closing: RegExp | undefined;
	for (const node of nodes) {
		if (closing) {
			if (node.type === 'html' && closing.test(node.value)) closing = undefined;
			continue;
		}
		const open = node.type === 'html' ? rawTextOpen.exec(node.value) : null;
		if (open) closing = new RegExp(`^</${open[1]}\\s*>$`, 'i');
		else kept.push(node);
	}
	return kept;
}

/** The image a paragraph holds alone (spaces and line breaks around it aside), if it does. */
function aloneImage(children: PhrasingContent[]): Image | ImageReference | undefined {
	const content = children.filter(
		(node) => !(node.type === 'break' || (node.type === 'text' && !node.value.trim()))
	);
	const [only] = content;
	return content.length === 1 && (only.type === 'image' || only.type === 'imageReference')
		? only
		: undefined;
}

/** A figure's title as its caption and credit: `"A caption | Photo: Someone"`. */
function splitCredit(title: string): [caption: string, credit?: string] {
	const at = title.lastIndexOf(' | ');
	if (at < 0) return [title];
	const credit = title.slice(at + 3).trim();
	return credit ? [title.slice(0, at), credit] : [title.slice(0, at)];
}

function withHref(marks: Marks, url: string | undefined): Marks {
	const href = url === undefined ? undefined : safeHref(url);
	return href ? { ...marks, href } : marks;
}

function sameMarks(a: Span, b: Span): boolean {
	return (
		a.strong === b.strong && a.emphasis === b.emphasis && a.code === b.code && a.href === b.href
	);
}

/** Join neighbouring spans that carry the same marks; drop empty ones and doubled spaces. */
function mergeSpans(spans: Span[]): Span[] {
	const merged: Span[] = [];
	for (const original of spans) {
		if (original.image) {
			merged.push(original);
			continue;
		}
		const last = merged.at(-1);
		// A dropped node between two spaces would leave a double space.
		const text = last?.text.endsWith(' ') ? original.text.replace(/^ +/u, '') : original.text;
		if (!text) continue;
		if (last && !last.image && sameMarks(last, original)) last.text += text;
		else merged.push({ ...original, text });
	}
	return merged;
}

/**
 * The spans covering `[start, end)` of the text the spans spell out, and the images (spans with
 * no text) whose place in the text `takesImage` gives to this slice.
 */
function sliceSpans(
	spans: Span[],
	start: number,
	end: number,
	takesImage: (offset: number) => boolean
): Span[] {
	const slice: Span[] = [];
	let offset = 0;
	for (const span of spans) {
		if (span.image) {
			if (takesImage(offset)) slice.push(span);
			continue;
		}
		const spanEnd = offset + span.text.length;
		const from = Math.max(start, offset);
		const to = Math.min(end, spanEnd);
		if (from < to) slice.push({ ...span, text: span.text.slice(from - offset, to - offset) });
		offset = spanEnd;
	}
	return slice;
}
