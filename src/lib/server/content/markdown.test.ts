import { describe, expect, it } from 'vitest';
import type { TextBlock } from '$lib/article/types';
import { BlockBuilder, parseMarkdown, safeHref } from './markdown';

function build(markdown: string) {
	const root = parseMarkdown(markdown);
	return new BlockBuilder('en', root).blocks(root.children);
}

describe('BlockBuilder', () => {
	it('splits marked text across sentences without losing marks', () => {
		const [block] = build(
			'One *two. Three* four. [Five](https://example.org/) six.'
		) as TextBlock[];
		expect(block.sentences.map((s) => s.spans)).toEqual([
			[{ text: 'One ' }, { text: 'two.', emphasis: true }],
			[{ text: 'Three', emphasis: true }, { text: ' four.' }],
			[{ text: 'Five', href: 'https://example.org/' }, { text: ' six.' }]
		]);
	});

	it('drops raw HTML and unsafe links but keeps their text', () => {
		const blocks = build(
			'<script>alert(1)</script>\n\nA <b>bold</b> claim [run](javascript:alert(1)) [data](data:text/html,x).'
		) as TextBlock[];
		expect(blocks).toHaveLength(1);
		expect(blocks[0].sentences[0].spans).toEqual([{ text: 'A bold claim run data.' }]);
	});

	it('drops the content of inline script and style elements with their tags', () => {
		const [block] = build(
			'One <script>alert(1)</script>two <STYLE type="x">p{}</STYLE>three <script>never closed'
		) as TextBlock[];
		expect(block.sentences[0].spans).toEqual([{ text: 'One two three' }]);
	});

	it('flattens lists and quotes into numbered text blocks', () => {
		const blocks = build('- one\n- two\n\n> quoted\n\n### Small');
		expect(blocks).toMatchObject([
			{ kind: 'list', ordered: false, items: [{ id: 'b1' }, { id: 'b2' }] },
			{ kind: 'quote', blocks: [{ id: 'b3', kind: 'paragraph' }] },
			{ id: 'b4', kind: 'heading', level: 3 }
		]);
	});
});

describe('safeHref', () => {
	it.each([
		['https://example.org/a', 'https://example.org/a'],
		['http://example.org', 'http://example.org/'],
		['mailto:a@example.org', 'mailto:a@example.org'],
		['javascript:alert(1)', undefined],
		['JaVaScRiPt:alert(1)', undefined],
		['data:text/html,x', undefined],
		['/relative', undefined]
	])('%s -> %s', (url, expected) => {
		expect(safeHref(url)).toBe(expected);
	});
});

describe('images in Markdown', () => {
	const images = (url: string, alt: string) => ({ src: url, alt });
	const parse = (markdown: string) => {
		const root = parseMarkdown(markdown);
		return new BlockBuilder('en', root, images).blocks(root.children);
	};

	it('makes an image alone in its paragraph a figure, its title the caption and credit', () => {
		expect(
			parse('One.\n\n![A quay](media/q.jpg "The quay at seven. Busy. | Photo: Someone")\n\nTwo.')
		).toEqual([
			{ id: 'b1', kind: 'paragraph', sentences: [{ id: 'b1-1', spans: [{ text: 'One.' }] }] },
			{
				id: 'b2',
				kind: 'figure',
				image: { src: 'media/q.jpg', alt: 'A quay' },
				caption: [
					{ id: 'b2-1', spans: [{ text: 'The quay at seven.' }] },
					{ id: 'b2-2', spans: [{ text: 'Busy.' }] }
				],
				credit: 'Photo: Someone'
			},
			{ id: 'b3', kind: 'paragraph', sentences: [{ id: 'b3-1', spans: [{ text: 'Two.' }] }] }
		]);
	});

	it('gives a figure with no title no caption, and a reference image its definition', () => {
		expect(parse('![A quay][q]\n\n[q]: media/q.jpg "Caption"')).toMatchObject([
			{ kind: 'figure', image: { src: 'media/q.jpg' }, caption: [{ spans: [{ text: 'Caption' }] }] }
		]);
		expect(parse('![A quay](media/q.jpg)')).toEqual([
			{ id: 'b1', kind: 'figure', image: { src: 'media/q.jpg', alt: 'A quay' }, caption: [] }
		]);
	});

	it('keeps an image inside a sentence in it, as a span with no text, in its place', () => {
		const [block] = parse(
			'Slates ![a fish](f.png) are used. Then *rubbed* ![x](y.png)'
		) as TextBlock[];
		expect(block.sentences.map((sentence) => sentence.spans)).toEqual([
			[
				{ text: 'Slates ' },
				{ text: '', image: { src: 'f.png', alt: 'a fish' } },
				{ text: ' are used.' }
			],
			[
				{ text: 'Then ' },
				{ text: 'rubbed', emphasis: true },
				// The space before it ends the sentence's text, which is trimmed.
				{ text: '', image: { src: 'y.png', alt: 'x' } }
			]
		]);
	});

	it('refuses a figure inside a list or quote, naming the image', () => {
		expect(() => parse('- ![A quay](media/q.jpg)')).toThrow(
			'image media/q.jpg stands alone in a list or quote'
		);
	});

	it("passes the checker's reason on", () => {
		const root = parseMarkdown('![A](https://example.org/x.jpg)');
		const refuse = () => {
			throw new Error('image https://example.org/x.jpg is remote');
		};
		expect(() => new BlockBuilder('en', root, refuse).blocks(root.children)).toThrow('is remote');
	});
});
