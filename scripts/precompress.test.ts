import { describe, expect, it } from 'vitest';
import { brotliQuality } from './precompress.js';

describe('brotliQuality', () => {
	it("is fast for each article's own files, and the best for everything else", () => {
		for (const file of ['index.html', '__data.json', 'listen.json'])
			expect(brotliQuality(`build/articles/a-b/${file}`)).toBe(6);
		for (const file of [
			'build/index.html',
			'build/page/2/index.html',
			'build/articles.json',
			'build/_app/immutable/chunks/x.js',
			'build/articles/a-b/extra.json',
			'build/search/index.html'
		])
			expect(brotliQuality(file)).toBe(11);
	});
});
