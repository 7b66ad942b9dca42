import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	utimesSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compressionLevels, precompress } from './precompress.js';

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

describe('precompress', () => {
	let dir: string;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'folio-precompress-'));
		mkdirSync(join(dir, 'articles', 'a'), { recursive: true });
		writeFileSync(join(dir, 'index.html'), '<p>home</p>'.repeat(50));
		writeFileSync(join(dir, 'articles', 'a', 'index.html'), '<p>a</p>'.repeat(50));
		writeFileSync(join(dir, 'icon.png'), 'not text');
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	const unpacked = (file: string) => ({
		br: brotliDecompressSync(readFileSync(`${file}.br`)).toString(),
		gz: gunzipSync(readFileSync(`${file}.gz`)).toString()
	});

	it('writes both copies of every text file, and none of the rest', async () => {
		expect(await precompress(dir)).toEqual({ compressed: 2, upToDate: 0 });
		const page = join(dir, 'articles', 'a', 'index.html');
		const text = readFileSync(page, 'utf8');
		expect(unpacked(page)).toEqual({ br: text, gz: text });
		expect(existsSync(join(dir, 'icon.png.br'))).toBe(false);
	});

	it('skips what is compressed already, and compresses again a file changed since', async () => {
		await precompress(dir);
		expect(await precompress(dir)).toEqual({ compressed: 0, upToDate: 2 });
		const home = join(dir, 'index.html');
		writeFileSync(home, '<p>changed</p>'.repeat(50));
		const later = new Date(Date.now() + 5000);
		utimesSync(home, later, later);
		expect(await precompress(dir)).toEqual({ compressed: 1, upToDate: 1 });
		expect(unpacked(home).br).toBe('<p>changed</p>'.repeat(50));
	});

	it('compresses again a file that has only one of its copies', async () => {
		await precompress(dir);
		rmSync(join(dir, 'index.html.gz'));
		expect(await precompress(dir)).toEqual({ compressed: 1, upToDate: 1 });
		expect(existsSync(join(dir, 'index.html.gz'))).toBe(true);
	});
});
