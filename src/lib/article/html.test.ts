import { describe, expect, it } from 'vitest';
import { blocksHtml, sentenceHtml } from './html';
import type { Block, Sentence } from './types';

const sentence = (id: string, ...spans: Sentence['spans']): Sentence => ({ id, spans });

describe('sentenceHtml', () => {
	it('wraps the sentence in an addressable span', () => {
		expect(sentenceHtml(sentence('b1-1', { text: 'Hello.' }))).toBe(
			'<span class="sentence" id="b1-1">Hello.</span>'
		);
	});

	it('escapes text so markup in an article stays text', () => {
		const html = sentenceHtml(
			sentence('b1-1', { text: '<script>alert(1)</script> & <img src=x onerror=alert(2)>' })
		);
		expect(html).toBe(
			'<span class="sentence" id="b1-1">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt;</span>'
		);
	});

	it('renders marks, and links with rel and an escaped address', () => {
		const html = sentenceHtml(
			sentence(
				'b2-3',
				{ text: 'a', strong: true },
				{ text: 'b', emphasis: true },
				{ text: 'c', strong: true, emphasis: true },
				{ text: 'd<', code: true },
				{ text: 'e', href: 'https://example.org/?q="x"&y=<1>', emphasis: true }
			)
		);
		expect(html).toBe(
			'<span class="sentence" id="b2-3"><strong>a</strong><em>b</em><strong><em>c</em></strong>' +
				'<code>d&lt;</code><a href="https://example.org/?q=&quot;x&quot;&amp;y=&lt;1&gt;" ' +
				'rel="noopener noreferrer"><em>e</em></a></span>'
		);
	});
});

describe('blocksHtml', () => {
	it('renders headings, paragraphs, lists and quotes in order, sentences one space apart', () => {
		const blocks: Block[] = [
			{ id: 'b1', kind: 'heading', level: 2, sentences: [sentence('b1-1', { text: 'H2' })] },
			{ id: 'b2', kind: 'heading', level: 3, sentences: [sentence('b2-1', { text: 'H3' })] },
			{
				id: 'b3',
				kind: 'paragraph',
				sentences: [sentence('b3-1', { text: 'One.' }), sentence('b3-2', { text: 'Two.' })]
			},
			{
				kind: 'list',
				ordered: true,
				items: [{ id: 'b4', kind: 'paragraph', sentences: [sentence('b4-1', { text: 'i' })] }]
			},
			{
				kind: 'list',
				ordered: false,
				items: [{ id: 'b5', kind: 'paragraph', sentences: [sentence('b5-1', { text: 'u' })] }]
			},
			{
				kind: 'quote',
				blocks: [{ id: 'b6', kind: 'paragraph', sentences: [sentence('b6-1', { text: 'q' })] }]
			}
		];
		const span = (id: string, text: string) => `<span class="sentence" id="${id}">${text}</span>`;
		expect(blocksHtml(blocks).split('\n')).toEqual([
			`<h2 id="b1">${span('b1-1', 'H2')}</h2>`,
			`<h3 id="b2">${span('b2-1', 'H3')}</h3>`,
			`<p id="b3">${span('b3-1', 'One.')} ${span('b3-2', 'Two.')}</p>`,
			`<ol><li><p id="b4">${span('b4-1', 'i')}</p></li></ol>`,
			`<ul><li><p id="b5">${span('b5-1', 'u')}</p></li></ul>`,
			`<blockquote><p id="b6">${span('b6-1', 'q')}</p></blockquote>`
		]);
	});
});
