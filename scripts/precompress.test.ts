import { describe, expect, it } from 'vitest';
import { compressionLevels } from './precompress.js';

describe('compressionLevels', () => {
	it("is fast for each article's and each library page's own files, the best for the rest", () => {
		for (const file of ['index.html', '__data.json', 'listen.json'])
			expect(compressionLevels(`build/articles/a-b/${file}`)).toEqual({ brotli: 5, gzip: 6 });
		for (const file of ['index.html', '__data.json'])
			expect(compressionLevels(`build/page/12/${file}`)).toEqual({ brotli: 5, gzip: 6 });
		for (const file of [
			'build/index.html',
			'build/__data.json',
			'build/page/2/extra.json',
			'build/articles.json',
			'build/_app/immutable/chunks/x.js',
			'build/articles/a-b/extra.json',
			'build/search/index.html'
		])
			expect(compressionLevels(file)).toEqual({ brotli: 11, gzip: 9 });
		expect(compressionLevels('build/articles.json', 3_650_074)).toEqual({ brotli: 9, gzip: 9 });
		expect(compressionLevels('build/articles.json', 1024 * 1024)).toEqual({ brotli: 11, gzip: 9 });
	});
});
