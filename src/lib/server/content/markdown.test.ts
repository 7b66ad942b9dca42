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

	it('drops raw HTML, images and unsafe links but keeps their text', () => {
		const blocks = build(
			'<script>alert(1)</script>\n\nA <b>bold</b> claim ![x](y.png) [run](javascript:alert(1)) [data](data:text/html,x).'
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
