import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/article/types';
import { listeningArticle, listeningFileUrl } from './listening-file';
import { buildQueue } from './queue';

const sentence = (id: string, text: string) => ({ id, spans: [{ text }] });
const article = {
	slug: 'story',
	title: 'A story',
	byline: 'By Me',
	lang: 'uk',
	summary: 'Long summary that the player does not need.',
	source: { name: 'S' },
	stats: { words: 5, characters: 20, sentences: 3, readingMinutes: 2, listeningMinutes: 3 },
	titleSentence: sentence('b0-1', 'A story'),
	blocks: [
		{
			id: 'b1',
			kind: 'paragraph',
			sentences: [sentence('b1-1', 'One two.'), sentence('b1-2', 'Three.')]
		}
	]
} satisfies Article;

describe("an article's listening file", () => {
	it('holds what the player needs and no more: who, what language, and the sentences in order', () => {
		expect(listeningArticle(article)).toEqual({
			slug: 'story',
			title: 'A story',
			byline: 'By Me',
			lang: 'uk',
			readingMinutes: 2,
			items: buildQueue(article)
		});
		expect(listeningArticle(article).items.map((item) => item.id)).toEqual([
			'b0-1',
			'b1-1',
			'b1-2'
		]);
	});

	it('sits beside the article page', () => {
		expect(listeningFileUrl('story')).toBe('/articles/story/listen.json');
	});
});
