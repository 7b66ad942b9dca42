import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PagefindData, PagefindSearch } from './pagefind';

const pagefind = vi.hoisted(() => ({
	failures: 0,
	load: vi.fn(),
	search: vi.fn(),
	filters: vi.fn(async () => ({ language: { en: 2, de: 1 } }))
}));
vi.mock('./pagefind', () => ({
	loadPagefind: pagefind.load,
	indexFailureCount: () => pagefind.failures
}));
const { Search } = await import('./search.svelte');

/** A match whose fragment loads (`data`) or, offline and unsaved, cannot (undefined). */
const match = (id: string, data?: Partial<PagefindData>) => ({
	id,
	data: () =>
		data
			? Promise.resolve({
					url: `/articles/${id}/`,
					excerpt: 'a <mark>word</mark>',
					meta: { title: `Title ${id}`, byline: 'By X', minutes: '3.4' },
					filters: { language: ['de'] },
					...data
				})
			: Promise.reject(new TypeError('Failed to fetch'))
});
const found = (...results: ReturnType<typeof match>[]): PagefindSearch => ({
	results,
	unfilteredResultCount: results.length,
	filters: { language: { de: results.length, en: 0 } }
});

beforeEach(() => {
	pagefind.failures = 0;
	pagefind.load.mockResolvedValue({ search: pagefind.search, filters: pagefind.filters });
	pagefind.search.mockReset();
});

describe('Search', () => {
	it('searches nothing for an empty query', async () => {
		const search = new Search(() => '   ');
		await search.run();
		expect(search.status).toBe('idle');
		expect(pagefind.search).not.toHaveBeenCalled();
	});

	it('shows what each match is, and counts the matches not on this device', async () => {
		pagefind.search.mockResolvedValue(found(match('a', {}), match('b'), match('c', {})));
		const search = new Search(() => 'word');
		await search.run();
		expect(search.status).toBe('done');
		expect(search.total).toBe(3);
		expect(search.missing).toBe(1);
		expect(search.hits.map((hit) => hit.slug)).toEqual(['a', 'c']);
		expect(search.hits[0]).toMatchObject({
			title: 'Title a',
			byline: 'By X',
			minutes: 3.4,
			language: 'de',
			excerpt: [
				{ text: 'a ', marked: false },
				{ text: 'word', marked: true }
			]
		});
		expect(search.languages).toEqual([['de', 3]]);
	});

	it('says the results are incomplete when part of the index did not load', async () => {
		pagefind.search.mockImplementation(async () => {
			pagefind.failures++;
			return found();
		});
		const search = new Search(() => 'word');
		await search.run();
		expect(search.total).toBe(0);
		expect(search.incomplete).toBe(true);
	});

	it('says search is unavailable when Pagefind itself cannot load', async () => {
		pagefind.load.mockRejectedValue(new TypeError('Failed to fetch'));
		const search = new Search(() => 'word');
		await search.run();
		expect(search.status).toBe('unavailable');
	});

	it('filters by language and sorts by date when asked, counting every language', async () => {
		pagefind.search.mockResolvedValue(found(match('a', {})));
		const search = new Search(() => 'word');
		search.language = 'de';
		search.sort = 'newest';
		await search.run();
		expect(pagefind.search).toHaveBeenCalledWith('word', {
			filters: { language: 'de' },
			sort: { date: 'desc' }
		});
		expect(pagefind.search).toHaveBeenCalledWith('word');
	});

	it('keeps only the newest search when two overlap', async () => {
		let query = 'first';
		let finishFirst: (value: PagefindSearch) => void = () => {};
		pagefind.search.mockImplementation(
			(text: string) =>
				new Promise((resolve) =>
					text === 'first' ? (finishFirst = resolve) : resolve(found(match('second', {})))
				)
		);
		const search = new Search(() => query);
		const first = search.run();
		await vi.waitFor(() =>
			expect(pagefind.search).toHaveBeenCalledWith('first', expect.anything())
		);
		query = 'second';
		await search.run();
		finishFirst(found(match('first', {})));
		await first;
		expect(search.hits.map((hit) => hit.slug)).toEqual(['second']);
		expect(search.searched).toBe('second');
	});

	it('shows matches a page at a time', async () => {
		pagefind.search.mockResolvedValue(found(...'abcde'.split('').map((id) => match(id, {}))));
		const search = new Search(() => 'word', 2);
		await search.run();
		expect(search.hits).toHaveLength(2);
		expect(search.more).toBe(true);
		await search.showMore();
		await search.showMore();
		expect(search.hits).toHaveLength(5);
		expect(search.more).toBe(false);
	});
});
