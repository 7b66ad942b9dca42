import { describe, expect, it } from 'vitest';
import { kitUrl, selectPrecache } from './offline-manifest.js';

describe('the precache transform', () => {
	it('maps Kit’s output files to the URLs Kit serves them at', () => {
		expect(kitUrl('client/_app/immutable/x.js')).toBe('_app/immutable/x.js');
		expect(kitUrl('client/favicon.svg')).toBe('favicon.svg');
		expect(kitUrl('prerendered/pages/index.html')).toBe('/');
		expect(kitUrl('prerendered/pages/articles/a/index.html')).toBe('articles/a/');
		expect(kitUrl('prerendered/pages/offline.html')).toBe('offline/');
		expect(kitUrl('prerendered/pages/articles/a/__data.json')).toBe('articles/a/__data.json');
		expect(kitUrl('prerendered/dependencies/x.json')).toBe('x.json');
	});

	it('keeps the newest articles’ pages, data and listening files, and every other file', () => {
		const entries = [
			'/',
			'articles/a/',
			'articles/a/__data.json',
			'articles/a/listen.json',
			'articles/b/',
			'articles/b/listen.json',
			'x.js'
		].map((url) => ({ url }));
		expect(selectPrecache(entries, ['a', 'b'], 1)).toEqual({
			entries: [
				{ url: '/' },
				{ url: 'articles/a/' },
				{ url: 'articles/a/__data.json' },
				{ url: 'articles/a/listen.json' },
				{ url: 'x.js' }
			],
			articles: ['a']
		});
	});
});
