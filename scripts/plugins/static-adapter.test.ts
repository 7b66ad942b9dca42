import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkingBuilder, linkTree } from './static-adapter.js';

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

/** Every file under `root`, by its path relative to `root`, with its text. */
function tree(root: string): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync(root, { recursive: true, withFileTypes: true }))
		if (entry.isFile()) {
			const path = join(entry.parentPath, entry.name);
			files[relative(root, path)] = readFileSync(path, 'utf8');
		}
	return files;
}

describe("the adapter's builder", () => {
	it("writes the same site as Kit's own builder, and lists the same files in the same order", async () => {
		// Kit's output folder as a build leaves it: the client's files (Vite's manifest folder
		// among them) and the prerendered pages, their dependencies and data.
		const outDir = join(dir, 'kit');
		const output: Record<string, string> = {
			'output/client/_app/immutable/entry/start.js': 'start',
			'output/client/_app/version.json': '{}',
			'output/client/.vite/manifest.json': '{}',
			'output/client/favicon.svg': '<svg/>',
			'output/prerendered/pages/index.html': 'home',
			'output/prerendered/pages/articles/a/index.html': 'a',
			'output/prerendered/dependencies/articles/a/listen.json': '[]',
			'output/prerendered/dependencies/articles.json': '[]',
			'output/prerendered/data/articles/a/__data.json': '{}'
		};
		for (const [path, text] of Object.entries(output)) {
			mkdirSync(join(outDir, path, '..'), { recursive: true });
			writeFileSync(join(outDir, path), text);
		}
		mkdirSync(join(outDir, 'output/client/empty'));
		// Kit's builder, as adapter-static receives it (internal to Kit: no public export).
		const { create_builder } = await import(
			/* @vite-ignore */ new URL(
				'../../node_modules/@sveltejs/kit/src/core/adapt/builder.js',
				import.meta.url
			).href
		);
		const kit = create_builder({
			config: { kit: { outDir } },
			route_data: [],
			server_metadata: { routes: new Map() },
			prerender_map: new Map(),
			prerendered: { pages: new Map(), assets: new Map(), redirects: new Map(), paths: [] },
			log: () => {},
			build_data: {},
			vite_config: {}
		});
		const ours = linkingBuilder(kit);
		for (const write of ['writeClient', 'writePrerendered'] as const) {
			const theirSite = join(dir, `kit-${write}`);
			const ourSite = join(dir, `ours-${write}`);
			expect(ours[write](ourSite), write).toEqual(kit[write](theirSite));
			expect(tree(ourSite), write).toEqual(tree(theirSite));
		}
		expect(Object.keys(tree(join(dir, 'ours-writeClient')))).not.toContain('.vite/manifest.json');
	});
});

describe('linkTree', () => {
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
