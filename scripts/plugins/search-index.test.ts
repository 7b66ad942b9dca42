import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSearchChunk } from './offline-manifest.js';
import { searchFilesName, searchPartsName } from '../../src/lib/site-files.js';
import { buildSearchIndex, indexParts, partFolder } from './search-index.js';

const page = (body: string) =>
	`<!doctype html><html lang="en"><head><title>t</title></head><body><nav>Library chrome</nav>${body}</body></html>`;

/** A site of article pages, each with its own word. */
function site(words: Record<string, string>) {
	const dir = mkdtempSync(join(tmpdir(), 'folio-search-'));
	for (const [slug, word] of Object.entries(words)) {
		mkdirSync(join(dir, 'articles', slug), { recursive: true });
		writeFileSync(
			join(dir, 'articles', slug, 'index.html'),
			page(`<article data-pagefind-body><h1>${slug}</h1><p>A ${word}.</p></article>`)
		);
	}
	writeFileSync(join(dir, 'index.html'), page('<main>The library</main>'));
	return dir;
}
const parts = (out: string) => JSON.parse(readFileSync(join(out, searchPartsName), 'utf8')).parts;

describe('buildSearchIndex', () => {
	it('indexes the article pages only, ships no bundled interface, and lists the chunks', async () => {
		const dir = site({ one: 'zebra', two: 'quagga' });
		const out = join(dir, 'pagefind');

		const { pages, files } = await buildSearchIndex(dir, out);

		expect(pages).toBe(2);
		expect(parts(out)).toEqual(['/pagefind/']);
		const shipped = readdirSync(out);
		expect(shipped).toContain('pagefind.js');
		expect(shipped).toContain('wasm.en.pagefind');
		expect(shipped.filter((name) => /ui|highlight|worker|unknown/.test(name))).toEqual([]);
		const list = JSON.parse(readFileSync(join(out, searchFilesName), 'utf8'));
		expect(list.files).toHaveLength(files);
		expect(list.files.filter((url: string) => url.includes('/fragment/'))).toHaveLength(2);
		expect(list.files.every((url: string) => isSearchChunk(url))).toBe(true);
		expect(list.bytes).toBeGreaterThan(0);
	});
});

describe('an index in parts', () => {
	it('splits the library oldest first, the newest part holding the rest', () => {
		expect(indexParts(['e', 'd', 'c', 'b', 'a'], 2)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
		expect([1, 2, 3].map((n) => partFolder(n, 3))).toEqual(['part-1/', 'part-2/', '']);
	});

	it('writes each part apart, the engine once, and lists every part and chunk', async () => {
		const words = { a: 'zebra', b: 'quagga', c: 'okapi', d: 'tapir', e: 'gerenuk' };
		const dir = site(words);
		const out = join(dir, 'pagefind');
		const newestFirst = ['e', 'd', 'c', 'b', 'a'];

		const result = await buildSearchIndex(dir, out, { newestFirst, size: 2 });

		expect(result).toMatchObject({ pages: 5, parts: 3 });
		expect(parts(out)).toEqual(['/pagefind/', '/pagefind/part-2/', '/pagefind/part-1/']);
		const pageCount = (folder: string) =>
			JSON.parse(readFileSync(join(out, folder, 'pagefind-entry.json'), 'utf8')).languages.en
				.page_count;
		expect(['', 'part-2', 'part-1'].map(pageCount)).toEqual([1, 2, 2]);
		// The engine and its WebAssembly at the root only; the parts hold their index alone.
		for (const part of ['part-1', 'part-2']) {
			const rest = readdirSync(join(out, part))
				.filter((name) => !/^(?:index|filter|fragment)$/.test(name))
				.sort();
			expect(rest).toEqual([
				'pagefind-entry.json',
				expect.stringMatching(/^pagefind\.en_\w+\.pf_meta$/)
			]);
		}
		expect(readdirSync(out)).toContain('wasm.en.pagefind');
		const fragments = (folder: string) => readdirSync(join(out, folder, 'fragment'));
		expect(['', 'part-2', 'part-1'].map((f) => fragments(f).length)).toEqual([1, 2, 2]);
		// Which part holds which article: its fragment says.
		const { gunzipSync } = await import('node:zlib');
		const urls = (folder: string) =>
			fragments(folder).map(
				(name) =>
					JSON.parse(
						gunzipSync(readFileSync(join(out, folder, 'fragment', name)))
							.toString()
							.slice(12)
					).url
			);
		expect(urls('part-1').sort()).toEqual(['/articles/a/', '/articles/b/']);
		expect(urls('')).toEqual(['/articles/e/']);
		const list = JSON.parse(readFileSync(join(out, searchFilesName), 'utf8'));
		expect(list.files.filter((url: string) => url.includes('/fragment/'))).toHaveLength(5);
		expect(list.files.every((url: string) => isSearchChunk(url))).toBe(true);
		expect(readdirSync(dir)).not.toContain('pagefind.parts');
	});
});

describe('isSearchChunk', () => {
	it('is the chunks that grow with the library, not the engine', () => {
		expect(isSearchChunk('/pagefind/index/en_1.pf_index')).toBe(true);
		expect(isSearchChunk('pagefind/fragment/en_1.pf_fragment')).toBe(true);
		expect(isSearchChunk('/pagefind/filter/en_1.pf_filter')).toBe(true);
		expect(isSearchChunk('/pagefind/part-3/fragment/en_1.pf_fragment')).toBe(true);
		expect(isSearchChunk('/pagefind/part-3/pagefind-entry.json')).toBe(false);
		expect(isSearchChunk('/pagefind/pagefind.js')).toBe(false);
		expect(isSearchChunk('/pagefind/wasm.en.pagefind')).toBe(false);
		expect(isSearchChunk('/articles/index/')).toBe(false);
	});
});
