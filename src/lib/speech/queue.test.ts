import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/article/types';
import { buildQueue, remainingMinutes } from './queue';

const article: Pick<Article, 'titleSentence' | 'blocks'> = {
	titleSentence: { id: 'b0-1', spans: [{ text: 'The title' }] },
	blocks: [
		{ id: 'b1', kind: 'heading', level: 2, sentences: [{ id: 'b1-1', spans: [{ text: 'Head' }] }] },
		{
			id: 'b2',
			kind: 'paragraph',
			sentences: [
				{ id: 'b2-1', spans: [{ text: 'One ' }, { text: 'two', strong: true }, { text: '.' }] },
				{ id: 'b2-2', spans: [{ text: 'Three four five.' }] }
			]
		},
		{
			kind: 'list',
			ordered: false,
			items: [
				{ id: 'b3', kind: 'paragraph', sentences: [{ id: 'b3-1', spans: [{ text: 'Item.' }] }] }
			]
		},
		{
			kind: 'quote',
			blocks: [
				{ id: 'b4', kind: 'paragraph', sentences: [{ id: 'b4-1', spans: [{ text: 'Q.' }] }] }
			]
		}
	]
};

describe('buildQueue', () => {
	it('reads the title, then every text block in order, one item per sentence', () => {
		expect(buildQueue(article)).toEqual([
			{ id: 'b0-1', text: 'The title', blockId: 'b0', words: 2 },
			{ id: 'b1-1', text: 'Head', blockId: 'b1', words: 1 },
			{ id: 'b2-1', text: 'One two.', blockId: 'b2', words: 2 },
			{ id: 'b2-2', text: 'Three four five.', blockId: 'b2', words: 3 },
			{ id: 'b3-1', text: 'Item.', blockId: 'b3', words: 1 },
			{ id: 'b4-1', text: 'Q.', blockId: 'b4', words: 1 }
		]);
	});
});

describe('remainingMinutes', () => {
	it('counts the words left at 150 a minute, scaled by speed', () => {
		const queue = buildQueue(article);
		expect(remainingMinutes(queue, 0, 1)).toBeCloseTo(10 / 150);
		expect(remainingMinutes(queue, 3, 2)).toBeCloseTo(5 / 300);
	});
});
