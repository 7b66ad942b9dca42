import { describe, expect, it, vi } from 'vitest';
import { countSaved, fontFaces, formatBytes, savedArticles } from './precache';

const pack = {
	bytes: 0,
	files: [
		{ url: '/', size: 10 },
		{ url: '/articles/a-story/', size: 10 },
		{ url: '/articles/a-story/__data.json', size: 10 },
		{ url: '/articles/other/', size: 10 },
		{ url: '/_app/immutable/assets/literata-latin-400-normal.CLtNJ872.woff2', size: 20420 },
		{ url: '/_app/immutable/assets/atkinson-hyperlegible-latin-700-italic.X1.woff2', size: 100 }
	]
};

describe('precache helpers', () => {
	it('names the font faces from their file names', () => {
		expect(fontFaces(pack).map(({ name, size }) => ({ name, size }))).toEqual([
			{ name: 'Atkinson Hyperlegible 700 italic', size: 100 },
			{ name: 'Literata 400', size: 20420 }
		]);
	});

	it('counts the files already stored', () => {
		expect(countSaved(pack, new Set(['/', '/articles/other/', '/elsewhere']))).toBe(2);
	});

	it('formats sizes for people', () => {
		expect(formatBytes(206_320)).toBe('206 KB');
		expect(formatBytes(12)).toBe('1 KB');
		expect(formatBytes(2_400_000)).toBe('2.4 MB');
	});
});

/** A CacheStorage holding `contents` (cache name → URL → body), enough for savedArticles. */
function fakeCaches(contents: Record<string, Record<string, string>>): CacheStorage {
	const origin = 'https://folio.example';
	const open = async (name: string) => {
		const entries = contents[name] ?? {};
		return {
			keys: async () => Object.keys(entries).map((url) => new Request(origin + url)),
			match: async (url: string) => (url in entries ? new Response(entries[url]) : undefined)
		} as unknown as Cache;
	};
	return { keys: async () => Object.keys(contents), open } as unknown as CacheStorage;
}

describe('savedArticles', () => {
	const precached = [{ slug: 'newest', title: 'The newest story', lang: 'en' }];
	const html = '<!doctype html><style>p{}</style><h1>Not read: titles come from data</h1>';

	it('lists stored articles from data: the known list, the saved index, else the address', async () => {
		vi.stubGlobal(
			'caches',
			fakeCaches({
				'workbox-precache-v2-https://folio.example/': {
					'/articles/newest/?__WB_REVISION__=1': html,
					'/articles/newest/__data.json?__WB_REVISION__=1': '{}',
					'/': html
				},
				'folio-articles': {
					'/articles/opened-once/': html,
					'/articles/saved-later/': html,
					'/articles.json': JSON.stringify([
						{ slug: 'newest', title: 'The newest story', lang: 'en' },
						{ slug: 'saved-later', title: 'مقالة محفوظة', lang: 'ar' }
					])
				},
				'other-cache': { '/articles/elsewhere/': html }
			})
		);
		try {
			expect(await savedArticles(50, precached)).toEqual({
				count: 3,
				listed: [
					{ slug: 'newest', title: 'The newest story', lang: 'en' },
					{ slug: 'saved-later', title: 'مقالة محفوظة', lang: 'ar' },
					{ slug: 'opened-once', title: 'opened-once', lang: '' }
				]
			});
			expect((await savedArticles(1, precached)).listed).toHaveLength(1);
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it('ignores a stored index that is not a list of entries', async () => {
		vi.stubGlobal(
			'caches',
			fakeCaches({
				'folio-articles': {
					'/articles/a/': html,
					'/articles.json': '{"slug": "a", "title": "no list"'
				}
			})
		);
		try {
			expect(await savedArticles()).toEqual({
				count: 1,
				listed: [{ slug: 'a', title: 'a', lang: '' }]
			});
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
