import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSearchChunk } from './offline-manifest.js';
import { buildSearchIndex, searchFilesName } from './search-index.js';

const page = (body: string) =>
	`<!doctype html><html lang="en"><head><title>t</title></head><body><nav>Library chrome</nav>${body}</body></html>`;

describe('buildSearchIndex', () => {
	it('indexes the article pages only, ships no bundled interface, and lists the chunks', async () => {
		const site = mkdtempSync(join(tmpdir(), 'folio-search-'));
		for (const [slug, word] of [
			['one', 'zebra'],
			['two', 'quagga']
		]) {
			mkdirSync(join(site, 'articles', slug), { recursive: true });
			writeFileSync(
				join(site, 'articles', slug, 'index.html'),
				page(`<article data-pagefind-body><h1>${slug}</h1><p>A ${word}.</p></article>`)
			);
		}
		writeFileSync(join(site, 'index.html'), page('<main>The library</main>'));
		const out = join(site, 'pagefind');

		const { pages, files } = await buildSearchIndex(site, out);

		expect(pages).toBe(2);
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

describe('isSearchChunk', () => {
	it('is the chunks that grow with the library, not the engine', () => {
		expect(isSearchChunk('/pagefind/index/en_1.pf_index')).toBe(true);
		expect(isSearchChunk('pagefind/fragment/en_1.pf_fragment')).toBe(true);
		expect(isSearchChunk('/pagefind/filter/en_1.pf_filter')).toBe(true);
		expect(isSearchChunk('/pagefind/pagefind.js')).toBe(false);
		expect(isSearchChunk('/pagefind/wasm.en.pagefind')).toBe(false);
		expect(isSearchChunk('/articles/index/')).toBe(false);
	});
});
