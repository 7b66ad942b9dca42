import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { VariantCache } from './cache';
import { readPictureRecord } from './pictures';
import { prepareImages } from './prepare';

const root = mkdtempSync(join(tmpdir(), 'folio-images-'));
const library = join(root, 'articles');
const out = join(root, 'prepared');
let cacheDir: string;
afterAll(() => rmSync(root, { recursive: true, force: true }));

const photo = (shade: number) =>
	sharp({
		create: { width: 900, height: 600, channels: 3, background: { r: shade, g: 90, b: 60 } }
	})
		.jpeg()
		.toBuffer();

beforeEach(async () => {
	rmSync(library, { recursive: true, force: true });
	mkdirSync(join(library, 'media'), { recursive: true });
	writeFileSync(join(library, 'media', 'a.jpg'), await photo(10));
	writeFileSync(join(library, 'media', 'b.jpg'), await photo(200));
	cacheDir = mkdtempSync(join(root, 'cache-'));
});

const shown = { 'media/a.jpg': 'articles/one.md', 'media/b.jpg': 'articles/two.md' };

describe('the image step', () => {
	it('makes each image once, and a rebuild with the images unchanged makes none', async () => {
		expect(await prepareImages(library, shown, out, new VariantCache(cacheDir))).toEqual({
			images: 2,
			made: 2,
			cached: 0
		});
		const first = readPictureRecord(out);
		expect(await prepareImages(library, shown, out, new VariantCache(cacheDir))).toEqual({
			images: 2,
			made: 0,
			cached: 2
		});
		expect(readPictureRecord(out)).toEqual(first);
		expect(first?.pictures['media/a.jpg']).toMatchObject({
			width: 900,
			height: 600,
			widths: [480, 800, 900],
			fallback: expect.stringMatching(/^\/images\/[0-9a-f]{16}-800\.jpg$/)
		});
		const base = first?.pictures['media/a.jpg'].base ?? '';
		const key = base.slice('/images/'.length);
		expect(Object.keys(first?.files ?? {}).filter((name) => name.startsWith(key))).toHaveLength(7);
	});

	it('finds a moved or renamed image by its content, and makes an edited one again', async () => {
		await prepareImages(library, shown, out, new VariantCache(cacheDir));
		renameSync(join(library, 'media', 'a.jpg'), join(library, 'media', 'moved.jpg'));
		writeFileSync(join(library, 'media', 'b.jpg'), await photo(120));
		const moved = { 'media/moved.jpg': 'articles/one.md', 'media/b.jpg': 'articles/two.md' };
		expect(await prepareImages(library, moved, out, new VariantCache(cacheDir))).toEqual({
			images: 2,
			made: 1,
			cached: 1
		});
	});

	it('fails naming every article file and image at fault, and writes no record', async () => {
		rmSync(out, { recursive: true, force: true });
		writeFileSync(join(library, 'media', 'a.jpg'), 'not an image');
		writeFileSync(join(library, 'media', 'c.svg'), '<svg onload="x()"></svg>');
		const bad = { ...shown, 'media/c.svg': 'articles/three.md' };
		const failure = prepareImages(library, bad, out, new VariantCache(cacheDir));
		await expect(failure).rejects.toThrow(
			/^2 articles have problems:\n {2}articles\/one\.md: image media\/a\.jpg cannot be read as an image .*\n {2}articles\/three\.md: image media\/c\.svg cannot be read/
		);
		expect(readPictureRecord(out)).toBeUndefined();
	});
});
