import { describe, expect, it } from 'vitest';
import { addCounts, partFilter, searchParts, standsIn, type SearchEngine } from './index-parts';
import type { PagefindData, PagefindSearch } from './pagefind';

/** Nine articles, newest first, in three parts of three (part 0 the newest), two languages. */
const pages = Array.from({ length: 9 }, (_, i) => ({
	id: `a${i}`,
	date: `2025-01-${String(20 - i).padStart(2, '0')}`,
	part: String(Math.floor(i / 3)),
	language: i % 2 ? 'de' : 'en',
	score: (i * 7) % 5
}));

/**
 * What Pagefind does with merged parts: filters every part, then orders the matches by score.
 * Sorted, a match's score is its position in its own part, so parts interleave.
 */
function pagefindLike(): SearchEngine & { calls: number } {
	const engine = {
		calls: 0,
		async filters() {
			return count(pages);
		},
		async search(_term: string, options: Parameters<SearchEngine['search']>[1] = {}) {
			engine.calls++;
			const filters = options.filters ?? {};
			const matching = pages.filter((page) =>
				Object.entries(filters).every(
					([key, value]) => page[key === partFilter ? 'part' : (key as 'language')] === value
				)
			);
			const scored = matching.map((page) => {
				if (!options.sort) return { page, score: page.score };
				const own = pages.filter((other) => other.part === page.part);
				const position = own.length - own.indexOf(page);
				return { page, score: position };
			});
			scored.sort((a, b) => b.score - a.score);
			const found: PagefindSearch = {
				results: scored.map(({ page, score }) =>
					Object.assign({ id: page.id, data: async () => ({}) as never }, { score })
				),
				unfilteredResultCount: pages.length,
				filters: count(matching)
			};
			return found;
		}
	};
	return engine;
}

function count(some: typeof pages) {
	const counts: Record<string, Record<string, number>> = { language: {}, [partFilter]: {} };
	for (const page of some) {
		counts.language[page.language] = (counts.language[page.language] ?? 0) + 1;
		counts[partFilter][page.part] = (counts[partFilter][page.part] ?? 0) + 1;
	}
	return counts;
}

describe('searchParts', () => {
	it('orders a sorted search across the parts by the library, newest first', async () => {
		const engine = pagefindLike();
		const merged = await engine.search('w', { sort: { date: 'desc' } });
		const mixed = merged?.results.map((r) => r.id);
		expect(mixed).not.toEqual(pages.map((p) => p.id));

		const found = await searchParts(engine, 3).search('w', { sort: { date: 'desc' } });
		expect(found?.results.map((r) => r.id)).toEqual(pages.map((p) => p.id));
		expect(found?.filters).toEqual({ language: { en: 5, de: 4 } });
	});

	it('keeps other filters on each part', async () => {
		const found = await searchParts(pagefindLike(), 3).search('w', {
			filters: { language: 'de' },
			sort: { date: 'desc' }
		});
		expect(found?.results.map((r) => r.id)).toEqual(['a1', 'a3', 'a5', 'a7']);
		expect(found?.filters).toEqual({ language: { de: 4 } });
	});

	it('leaves a search by relevance to Pagefind (one more, exact, for a word), and one part alone', async () => {
		const engine = pagefindLike();
		const byScore = await searchParts(engine, 3).search('w');
		expect(byScore?.results.map((r) => r.id)).toEqual(
			(await pagefindLike().search('w'))?.results.map((r) => r.id)
		);
		expect(byScore?.filters).toEqual({ language: { en: 5, de: 4 } });

		const single = pagefindLike();
		await searchParts(single, 1).search('w', { sort: { date: 'desc' } });
		expect(single.calls).toBe(1);
	});

	it("hides the parts' own filter from the filters", async () => {
		expect(await searchParts(pagefindLike(), 3).filters()).toEqual({
			language: { en: 5, de: 4 }
		});
		expect(addCounts([{ language: { en: 1 } }, { language: { en: 2, de: 1 } }])).toEqual({
			language: { en: 3, de: 1 }
		});
	});

	it('drops what a part stood in for a word another part holds, and keeps the rest', async () => {
		// A part with no word that starts with the term matches the longest word the term starts
		// with instead, as Pagefind does; a quoted term matches the same stem only.
		const pages: Record<string, { part: string; word: string }> = {
			a: { part: '0', word: 'zauberflöte' },
			b: { part: '0', word: 'zu' },
			c: { part: '1', word: 'zauberflötenwerkstatt' },
			d: { part: '1', word: 'talking' },
			e: { part: '0', word: 'talks' },
			f: { part: '0', word: 'photography' },
			g: { part: '1', word: 'photo' }
		};
		const stem = (word: string) => word.replace(/(?:ing|s)$/, '');
		const engine: SearchEngine = {
			filters: async () => ({}),
			async search(query, options = {}) {
				const exact = /^"(.*)"$/.exec(query)?.[1];
				const term = stem((exact ?? query).toLowerCase());
				const only = options.filters?.[partFilter];
				const ids = ['0', '1']
					.filter((part) => only === undefined || part === only)
					.flatMap((part) => {
						const inPart = Object.entries(pages).filter(([, page]) => page.part === part);
						const where = (test: (word: string) => boolean) =>
							inPart.filter(([, page]) => test(stem(page.word))).map(([id]) => id);
						if (exact) return where((w) => w === term);
						const extensions = where((w) => w.startsWith(term));
						if (extensions.length) return extensions;
						const longest = inPart
							.map(([, page]) => stem(page.word))
							.filter((w) => term.startsWith(w))
							.sort((x, y) => y.length - x.length)[0];
						return longest ? where((w) => w === longest) : [];
					});
				return {
					results: ids.map((id) => ({
						id,
						data: async () =>
							({ excerpt: `A <mark>${pages[id].word}</mark>.` }) as unknown as PagefindData
					})),
					unfilteredResultCount: ids.length,
					filters: { language: { de: ids.length } }
				};
			}
		};
		const ids = async (query: string) =>
			(await searchParts(engine, 2).search(query))?.results.map((r) => r.id);

		// Pagefind alone: part 0 stands "zauberflöte" in for the word part 1 holds.
		expect((await engine.search('Zauberflötenwerkstatt'))?.results.map((r) => r.id)).toEqual([
			'a',
			'c'
		]);
		expect(await ids('Zauberflötenwerkstatt')).toEqual(['c']);
		// The word's forms, and longer words it begins, stay.
		expect(await ids('talk')).toEqual(['e', 'd']);
		expect(await ids('photo')).toEqual(['f', 'g']);
		// A word found nowhere keeps Pagefind's nearest matches, as one index would.
		expect(await ids('Zauberflötenwerkstattx')).toEqual(['a', 'c']);
		// While typing, a beginning keeps every word it begins.
		expect(await ids('zauberfl')).toEqual(['a', 'c']);
	});

	it('knows a stand-in by its marked words', () => {
		expect(
			standsIn('Zauberflötenwerkstatt', 'Ein <mark>Zauberflöte</mark> und <mark>z</mark>')
		).toBe(true);
		expect(standsIn('東京', '<mark>東</mark>の')).toBe(true);
		expect(standsIn('Zauberflötenwerkstatt', 'A <mark>Zauberflöte.</mark> B')).toBe(true);
		expect(standsIn('photo', 'the <mark>photography</mark>')).toBe(false);
		expect(standsIn('talks', 'no marks')).toBe(false);
	});
});
