import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	utimesSync,
	writeFileSync
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PrerenderedCompressor, precompressPagesPlugin } from './precompress-pages.js';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'folio-prerendered-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Write a file as Kit would, `age` ms ago. */
function write(path: string, text: string, age = 0) {
	const file = join(dir, path);
	mkdirSync(join(file, '..'), { recursive: true });
	writeFileSync(file, text);
	const time = new Date(Date.now() - age);
	utimesSync(file, time, time);
	return file;
}
const compressedText = (file: string) =>
	brotliDecompressSync(readFileSync(`${file}.br`)).toString();

describe('PrerenderedCompressor', () => {
	it('compresses a file once it has settled, and only once', () => {
		const settled = write('pages/articles/a/index.html', '<p>a</p>', 5000);
		const fresh = write('pages/articles/b/index.html', '<p>b</p>');
		write('pages/icon.png', 'not text', 5000);
		const compressor = new PrerenderedCompressor(dir, { settle: 1000 });
		expect(compressor.sweep()).toBe(1);
		expect(compressedText(settled)).toBe('<p>a</p>');
		expect(existsSync(`${fresh}.gz`)).toBe(false);
		expect(existsSync(join(dir, 'pages', 'icon.png.br'))).toBe(false);
		expect(compressor.sweep()).toBe(0);
	});

	it('takes a file written to a folder it has read already, within the same tick', () => {
		let now = Date.now();
		const compressor = new PrerenderedCompressor(dir, { settle: 5000, now: () => now });
		write('pages/articles/a/index.html', '<p>a</p>', 10_000);
		// The folder's time as the clock's tick leaves it.
		const folder = join(dir, 'pages', 'articles', 'a');
		const tick = new Date(Math.floor(now / 1000) * 1000);
		utimesSync(folder, tick, tick);
		expect(compressor.sweep()).toBe(1);
		// Kit writes the page's data next, in the same folder and the same tick: the folder's
		// time does not change.
		const data = write('pages/articles/a/__data.json', '{"a":1}');
		utimesSync(folder, tick, tick);
		expect(compressor.sweep()).toBe(0);
		now += 6000;
		expect(compressor.sweep()).toBe(1);
		expect(compressedText(data)).toBe('{"a":1}');
	});

	it('takes every file, however new, in the last sweep', () => {
		const fresh = write('dependencies/articles/a/__data.json', '{}');
		const compressor = new PrerenderedCompressor(dir, { settle: 60_000 });
		expect(compressor.sweep()).toBe(0);
		expect(compressor.sweep(true)).toBe(1);
		expect(compressedText(fresh)).toBe('{}');
		expect(compressor.compressed).toBe(1);
	});

	it('waits for a folder Kit has not made yet', () => {
		const compressor = new PrerenderedCompressor(join(dir, 'not-yet'));
		expect(compressor.sweep(true)).toBe(0);
	});
});

describe('precompressPagesPlugin', () => {
	type Hook = { handler: () => unknown };
	const build = async (ssr: boolean) => {
		const [start, finish] = precompressPagesPlugin();
		const info = vi.fn();
		(start.configResolved as (c: unknown) => void)({ root: dir, build: { ssr }, logger: { info } });
		await (start.writeBundle as Hook).handler();
		await (start.closeBundle as Hook).handler();
		await (finish.closeBundle as Hook).handler();
		return info;
	};
	const prerendered = (path: string) => join(dir, '.svelte-kit', 'output', 'prerendered', path);

	it("compresses Kit's prerendered files in the server build, and says how many", async () => {
		mkdirSync(prerendered('pages'), { recursive: true });
		writeFileSync(prerendered('pages/index.html'), '<p>home</p>');
		expect(await build(false)).not.toHaveBeenCalled();
		expect(existsSync(prerendered('pages/index.html.br'))).toBe(false);
		expect(await build(true)).toHaveBeenCalledWith(
			'precompress: 1 prerendered files, while prerendering'
		);
		expect(compressedText(prerendered('pages/index.html'))).toBe('<p>home</p>');
	});

	it('fails the build, when it waits, if compressing failed', async () => {
		mkdirSync(prerendered('pages/index.html.br'), { recursive: true });
		writeFileSync(prerendered('pages/index.html'), '<p>home</p>');
		await expect(build(true)).rejects.toThrow(/EISDIR/);
	});

	it('does not keep a build that stops before the prerender ends from exiting', () => {
		mkdirSync(prerendered('pages'), { recursive: true });
		// A program that calls Vite's build() and fails in the prerender: the first plugin
		// started the worker, and neither closeBundle hook ever runs. (A file, not node -e: a
		// program given with -e exits with its worker still running.)
		const program = join(dir, 'failed-build.mjs');
		const plugin = new URL('./precompress-pages.js', import.meta.url).href;
		writeFileSync(
			program,
			`import { precompressPagesPlugin } from ${JSON.stringify(plugin)};
			const [start] = precompressPagesPlugin();
			start.configResolved({ root: ${JSON.stringify(dir)}, build: { ssr: true }, logger: console });
			start.writeBundle.handler();`
		);
		const child = spawnSync(process.execPath, [program], { timeout: 20_000 });
		expect(child.error).toBeUndefined();
		expect(child.status).toBe(0);
	}, 30_000);
});
