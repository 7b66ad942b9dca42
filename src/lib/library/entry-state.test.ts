import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '$lib/article/types';
import type { Positions } from '$lib/progress/positions';
import { arrange, entryState, stateText } from './entry-state';

const article = (slug: string): ArticleSummary => ({
	slug,
	title: slug,
	byline: 'By',
	lang: 'en',
	summary: 's',
	source: { name: 'src' },
	stats: { words: 1, characters: 1, sentences: 1, readingMinutes: 10, listeningMinutes: 12 }
});
const at = (progress: number, updatedAt: number, readAt?: number) => ({
	sentenceId: 'b2-1',
	offset: 0,
	progress,
	updatedAt,
	...(readAt ? { readAt } : {})
});

describe('library entry states', () => {
	it('says new, in progress with percent and time left, or read', () => {
		expect(stateText(entryState(undefined, 10))).toBe('New');
		expect(stateText(entryState(at(0, 1), 10))).toBe('New');
		expect(stateText(entryState(at(0.4, 1), 10))).toBe('40% · 6 min left');
		expect(stateText(entryState(at(0.999, 1), 10))).toBe('99% · 1 min left');
		// A position stored without the article's reading time: no made-up time left.
		expect(stateText(entryState(at(0.4, 1), undefined))).toBe('40%');
		expect(stateText(entryState(at(0.5, 1, 2), 10))).toBe('Read');
	});

	it('sorts in-progress first (most recent first) and filters out read ones', () => {
		const articles = ['a', 'b', 'c', 'd'].map(article);
		const positions: Positions = { b: at(0.2, 1), c: at(0.5, 1, 2), d: at(0.3, 5) };
		const slugs = (list: ArticleSummary[]) => list.map((a) => a.slug);
		expect(slugs(arrange(articles, positions, 'newest', false))).toEqual(['a', 'b', 'c', 'd']);
		expect(slugs(arrange(articles, positions, 'progress', false))).toEqual(['d', 'b', 'a', 'c']);
		expect(slugs(arrange(articles, positions, 'newest', true))).toEqual(['a', 'b', 'd']);
		expect(slugs(arrange(articles, positions, 'progress', true))).toEqual(['d', 'b', 'a']);
	});
});
