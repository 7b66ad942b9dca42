import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// Kit's own copy, which the adapter's linking stands in for.
import { copy } from '../node_modules/@sveltejs/kit/src/utils/filesystem.js';
import { linkTree } from './static-adapter.js';

let dir: string;
let source: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'folio-link-'));
	source = join(dir, 'source');
	const files: Record<string, string> = {
		'index.html': 'home',
		'articles/a/index.html': 'a',
		'articles/a/__data.json': '{}',
		'articles/b/index.html': 'b',
		'.vite/manifest.json': '{}',
		'articles.json': '[]'
	};
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(source, path, '..'), { recursive: true });
		writeFileSync(join(source, path), text);
	}
	mkdirSync(join(source, 'empty'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sorted = (list: string[]) => [...list].sort();
const notVite = (name: string) => name !== '.vite';

describe('linkTree', () => {
	it("places the same files as Kit's copy, and lists them the same way", () => {
		const linked = linkTree(source, join(dir, 'linked'), { filter: notVite });
		const copied = copy(source, join(dir, 'copied'), { filter: notVite });
		expect(sorted(linked)).toEqual(sorted(copied));
		expect(linked).toContain('articles/a/__data.json');
		expect(linked).not.toContain('.vite/manifest.json');
		for (const path of linked)
			expect(readFileSync(join(dir, 'linked', path), 'utf8')).toBe(
				readFileSync(join(dir, 'copied', path), 'utf8')
			);
	});

	it('links, not copies: the file in the site is the one the build wrote', () => {
		linkTree(source, join(dir, 'site'));
		const inSite = statSync(join(dir, 'site', 'articles', 'b', 'index.html'));
		expect(inSite.ino).toBe(statSync(join(source, 'articles', 'b', 'index.html')).ino);
	});

	it('replaces a file already there, as a copy would', () => {
		mkdirSync(join(dir, 'site'));
		writeFileSync(join(dir, 'site', 'index.html'), 'from the last build');
		linkTree(source, join(dir, 'site'));
		expect(readFileSync(join(dir, 'site', 'index.html'), 'utf8')).toBe('home');
	});

	it('copies where a link cannot be made (another file system)', () => {
		let tries = 0;
		const link = () => {
			tries++;
			throw Object.assign(new Error('cross-device link'), { code: 'EXDEV' });
		};
		const files = linkTree(source, join(dir, 'site'), { link });
		expect(files).toHaveLength(6);
		expect(tries).toBe(1);
		expect(readFileSync(join(dir, 'site', 'articles', 'a', 'index.html'), 'utf8')).toBe('a');
		const inSite = statSync(join(dir, 'site', 'articles', 'a', 'index.html'));
		expect(inSite.ino).not.toBe(statSync(join(source, 'articles', 'a', 'index.html')).ino);
	});

	it('stops on any other error, naming it', () => {
		const link = () => {
			throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
		};
		expect(() => linkTree(source, join(dir, 'site'), { link })).toThrow(/no space left/);
	});

	it('gives nothing for a folder that is not there', () => {
		expect(linkTree(join(dir, 'nowhere'), join(dir, 'site'))).toEqual([]);
	});
});
