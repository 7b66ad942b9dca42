import { describe, expect, it } from 'vitest';
import type { Positions } from '$lib/progress/positions';
import {
	listenLater,
	listenNext,
	listMinutes,
	maxItems,
	move,
	parseUpNext,
	remove,
	unreadInOrder,
	type UpNextItem
} from './up-next';

const item = (slug: string, minutes = 2): UpNextItem => ({ slug, title: `Title ${slug}`, minutes });
const slugs = (list: UpNextItem[]) => list.map((i) => i.slug);
const abc = [item('a'), item('b'), item('c')];

describe('Up next operations', () => {
	it('Listen next puts an article first, moving it if it was queued', () => {
		expect(slugs(listenNext(abc, item('d')))).toEqual(['d', 'a', 'b', 'c']);
		expect(slugs(listenNext(abc, item('c')))).toEqual(['c', 'a', 'b']);
	});

	it('Listen later puts it last, moving it if it was queued', () => {
		expect(slugs(listenLater(abc, item('d')))).toEqual(['a', 'b', 'c', 'd']);
		expect(slugs(listenLater(abc, item('a')))).toEqual(['b', 'c', 'a']);
	});

	it('removes, and moves within bounds', () => {
		expect(slugs(remove(abc, 'b'))).toEqual(['a', 'c']);
		expect(slugs(remove(abc, 'x'))).toEqual(['a', 'b', 'c']);
		expect(slugs(move(abc, 0, 2))).toEqual(['b', 'c', 'a']);
		expect(slugs(move(abc, 2, 0))).toEqual(['c', 'a', 'b']);
		expect(slugs(move(abc, 1, 99))).toEqual(['a', 'c', 'b']);
		expect(slugs(move(abc, 1, -5))).toEqual(['b', 'a', 'c']);
		expect(slugs(move(abc, 7, 0))).toEqual(['a', 'b', 'c']);
	});

	it('never holds more than maxItems', () => {
		const full = Array.from({ length: maxItems }, (_, i) => item(`a${i}`));
		expect(listenLater(full, item('late'))).toHaveLength(maxItems);
		expect(slugs(listenNext(full, item('first'))).slice(0, 1)).toEqual(['first']);
		expect(listenNext(full, item('first'))).toHaveLength(maxItems);
	});

	it('adds the minutes at the chosen speed', () => {
		expect(listMinutes([item('a', 3), item('b', 5)], 2)).toBe(4);
		expect(listMinutes([], 1)).toBe(0);
	});
});

describe('Play all unread', () => {
	const library = ['n1', 'n2', 'n3', 'n4', 'n5'].map((slug) => item(slug));
	const positions: Positions = {
		n2: { sentenceId: 'b1-1', offset: 0, progress: 1, readAt: 10, updatedAt: 10 },
		n3: { sentenceId: 'b4-1', offset: 0, progress: 0.4, updatedAt: 20 },
		n5: { sentenceId: 'b2-1', offset: 0, progress: 0.1, updatedAt: 30 }
	};

	it('leaves out what is read, in library order', () => {
		expect(slugs(unreadInOrder(library, positions, 'library'))).toEqual(['n1', 'n3', 'n4', 'n5']);
	});

	it('or the begun ones first, the most recently opened first', () => {
		expect(slugs(unreadInOrder(library, positions, 'in-progress-first'))).toEqual([
			'n5',
			'n3',
			'n1',
			'n4'
		]);
	});
});

describe('stored Up next', () => {
	it('keeps the valid items, each article once, and drops the rest', () => {
		const stored = [
			item('a'),
			{ slug: 'a', title: 'Again', minutes: 1 },
			{ slug: 'Bad Slug', title: 'x', minutes: 1 },
			{ slug: 'c', title: '', minutes: 1 },
			{ slug: 'd', title: 'D', minutes: -1 },
			{ slug: 'e', title: 'x'.repeat(301), minutes: 1 },
			null,
			'f'
		];
		expect(parseUpNext(stored)).toEqual([item('a'), { slug: 'd', title: 'D', minutes: 0 }]);
		expect(parseUpNext({ a: item('a') })).toEqual([]);
	});
});
