import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

const notVite = (name: string) => name !== '.vite';

describe('linkTree', () => {
	it("places the files Kit's copy would, and lists them as it does", () => {
		const linked = linkTree(source, join(dir, 'site'), { filter: notVite });
		// Kit's copy (@sveltejs/kit/src/utils/filesystem.js): paths relative to the target, with
		// forward slashes; no empty folders.
		expect([...linked].sort()).toEqual([
			'articles.json',
			'articles/a/__data.json',
			'articles/a/index.html',
			'articles/b/index.html',
			'index.html'
		]);
		for (const path of linked)
			expect(readFileSync(join(dir, 'site', path), 'utf8')).toBe(
				readFileSync(join(source, path), 'utf8')
			);
		expect(existsSync(join(dir, 'site', '.vite'))).toBe(false);
		expect(existsSync(join(dir, 'site', 'empty'))).toBe(false);
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
