import type { PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import type { Block, Sentence, Span, TextBlock } from '$lib/article/types';
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
	#definitions = new Map<string, string>();
	#sentenceCount = 0;
	/** Every spoken text, in reading order. */
	readonly spoken: string[] = [];

	constructor(
		readonly lang: string,
		root: Root
	) {
		for (const node of root.children) {
			if (node.type === 'definition') this.#definitions.set(node.identifier, node.url);
		}
	}

	get sentenceCount() {
		return this.#sentenceCount;
	}

	/** Build the article body; throws a one-line reason for structure the reader cannot show. */
	blocks(nodes: RootContent[]): Block[] {
		const blocks: Block[] = [];
		for (const node of nodes) {
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

	/** A sentence for text that is not Markdown, such as the title. */
	plainSentence(id: string, text: string): Sentence {
		this.spoken.push(text);
		this.#sentenceCount++;
		return { id: `${id}-1`, spans: [{ text }] };
	}

	/** Flatten nested containers (list items, quotes, nested lists) into text blocks. */
	#textBlocks(nodes: RootContent[]): TextBlock[] {
		return this.blocks(nodes).flatMap((block) =>
			block.kind === 'list' ? block.items : block.kind === 'quote' ? block.blocks : [block]
		);
	}

	#textBlock(
		kind: TextBlock['kind'],
		children: PhrasingContent[],
		level?: 2 | 3
	): TextBlock | undefined {
		const spans = mergeSpans(this.#spans(children, {}));
		const text = spans.map((span) => span.text).join('');
		const ranges = splitSentences(text, this.lang);
		if (ranges.length === 0) return undefined;
		const id = `b${this.#nextBlock++}`;
		const sentences = ranges.map((range, index) => ({
			id: `${id}-${index + 1}`,
			spans: sliceSpans(spans, range.start, range.end)
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
						withHref(marks, this.#definitions.get(node.identifier))
					);
				// Inline HTML and images are dropped; an image's alt text is not prose.
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
		const last = merged.at(-1);
		// A dropped node between two spaces would leave a double space.
		const text = last?.text.endsWith(' ') ? original.text.replace(/^ +/u, '') : original.text;
		if (!text) continue;
		if (last && sameMarks(last, original)) last.text += text;
		else merged.push({ ...original, text });
	}
	return merged;
}

/** The spans covering `[start, end)` of the text the spans spell out. */
function sliceSpans(spans: Span[], start: number, end: number): Span[] {
	const slice: Span[] = [];
	let offset = 0;
	for (const span of spans) {
		const spanEnd = offset + span.text.length;
		const from = Math.max(start, offset);
		const to = Math.min(end, spanEnd);
		if (from < to) slice.push({ ...span, text: span.text.slice(from - offset, to - offset) });
		offset = spanEnd;
	}
	return slice;
}
