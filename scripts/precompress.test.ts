import { describe, expect, it } from 'vitest';
import { brotliQuality } from './precompress.js';

describe('brotliQuality', () => {
	it("is fast for each article's and each library page's own files, the best for the rest", () => {
		for (const file of ['index.html', '__data.json', 'listen.json'])
			expect(brotliQuality(`build/articles/a-b/${file}`)).toBe(6);
		for (const file of ['index.html', '__data.json'])
			expect(brotliQuality(`build/page/12/${file}`)).toBe(6);
		for (const file of [
			'build/index.html',
			'build/__data.json',
			'build/page/2/extra.json',
			'build/articles.json',
			'build/_app/immutable/chunks/x.js',
			'build/articles/a-b/extra.json',
			'build/search/index.html'
		])
			expect(brotliQuality(file)).toBe(11);
	});
});
