import { describe, expect, it } from 'vitest';
import { listenNext, remove, type UpNextItem } from '$lib/up-next/up-next';
import { Continuation, upNextItemOf, type UpNextList } from './continuation';
import type { ListeningArticle } from './listening-file';

const article = (slug: string, words = 150): ListeningArticle => ({
	slug,
	title: `Title ${slug}`,
	byline: 'By Me',
	lang: 'en',
	readingMinutes: 1,
	items: [{ id: 'b0-1', text: `Title ${slug}`, blockId: 'b0', words }]
});

/** Up next as a plain list, changed the way the shared one is. */
class List implements UpNextList {
	items: UpNextItem[];
	constructor(slugs: string[]) {
		this.items = slugs.map((slug) => upNextItemOf(article(slug)));
	}
	remove(slug: string) {
		this.items = remove(this.items, slug);
	}
	listenNext(item: UpNextItem) {
		this.items = listenNext(this.items, item);
	}
}

const load = (missing: string[] = []) =>
	async function (slug: string) {
		if (missing.includes(slug)) throw new Error('offline');
		return article(slug);
	};

describe('going on through Up next', () => {
	it('takes the first article off the list and loads it', async () => {
		const list = new List(['b', 'c']);
		const continuation = new Continuation(list, load());
		expect(continuation.hasNext).toBe(true);
		expect((await continuation.next(article('a'), () => {}))?.slug).toBe('b');
		expect(list.items.map((i) => i.slug)).toEqual(['c']);
	});

	it('skips, and reports, articles that do not load', async () => {
		const list = new List(['b', 'c', 'd']);
		const skipped: string[] = [];
		const continuation = new Continuation(list, load(['b', 'c']));
		const next = await continuation.next(article('a'), (item) => skipped.push(item.slug));
		expect(next?.slug).toBe('d');
		expect(skipped).toEqual(['b', 'c']);
		expect(list.items).toEqual([]);
	});

	it('ends when nothing is left, or nothing loads', async () => {
		const continuation = new Continuation(new List(['b']), load(['b']));
		expect(await continuation.next(article('a'), () => {})).toBeUndefined();
		expect(continuation.hasNext).toBe(false);
		expect(await new Continuation(undefined, load()).next(article('a'), () => {})).toBeUndefined();
	});

	it('previous goes back to the article heard before, and puts the current one first again', async () => {
		const list = new List(['b', 'c']);
		const continuation = new Continuation(list, load());
		expect(continuation.hasPrevious).toBe(false);
		const b = await continuation.next(article('a'), () => {});
		expect(continuation.hasPrevious).toBe(true);
		expect(continuation.previous(b!)?.slug).toBe('a');
		expect(list.items.map((i) => i.slug)).toEqual(['b', 'c']);
		expect(continuation.previous(article('a'))).toBeUndefined();
	});

	it('an entry takes its minutes from the words, at 150 a minute', () => {
		expect(upNextItemOf(article('a', 300))).toEqual({ slug: 'a', title: 'Title a', minutes: 2 });
	});
});
