import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { makeVariants } from './make';

const dir = mkdtempSync(join(tmpdir(), 'folio-make-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A solid image of `width` x `height` in `format`, written to `name`. */
async function image(
	name: string,
	width: number,
	height: number,
	format: 'jpeg' | 'png' | 'avif',
	alpha = 1
) {
	const path = join(dir, name);
	const made = sharp({
		create: { width, height, channels: 4, background: { r: 200, g: 40, b: 20, alpha } }
	});
	writeFileSync(path, await made[format]().toBuffer());
	return path;
}

describe('making the variants of an image', () => {
	it('writes AVIF and WebP at each width and the fallback in its own format', async () => {
		const out = join(dir, 'photo');
		const made = await makeVariants(await image('photo.jpg', 1300, 866, 'jpeg'), out);
		expect(made).toMatchObject({
			width: 1300,
			height: 866,
			widths: [480, 800, 1300],
			fallback: '800.jpg'
		});
		// Its dominant colour, near the one it is made of (libvips counts colours in bins).
		const [r, g, b] = [1, 3, 5].map((at) => parseInt(made.color.slice(at, at + 2), 16));
		expect(Math.max(Math.abs(r - 200), Math.abs(g - 40), Math.abs(b - 20))).toBeLessThan(16);
		expect(readdirSync(out).sort()).toEqual(
			['1300.avif', '1300.webp', '480.avif', '480.webp', '800.avif', '800.jpg', '800.webp'].sort()
		);
		expect(Object.keys(made.files).sort()).toEqual(readdirSync(out).sort());
		const avif = await sharp(join(out, '800.avif')).metadata();
		expect([avif.format, avif.width, avif.height]).toEqual(['heif', 800, 533]);
	});

	it('gives an image with transparency no colour behind it, and a PNG fallback', async () => {
		const made = await makeVariants(
			await image('clear.png', 300, 100, 'png', 0.5),
			join(dir, 'clear')
		);
		expect(made).toMatchObject({ color: '', widths: [300], fallback: '300.png' });
	});

	it('applies the orientation a camera recorded', async () => {
		const path = join(dir, 'turned.jpg');
		const upright = sharp({
			create: { width: 600, height: 400, channels: 3, background: '#123456' }
		});
		writeFileSync(path, await upright.jpeg().withMetadata({ orientation: 6 }).toBuffer());
		const made = await makeVariants(path, join(dir, 'turned'));
		expect([made.width, made.height]).toEqual([400, 600]);
		expect((await sharp(join(dir, 'turned', '400.webp')).metadata()).height).toBe(600);
	});

	it('keeps a safe SVG as it is', async () => {
		const path = join(dir, 'chart.svg');
		writeFileSync(
			path,
			'<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180"><rect width="320" height="180"/></svg>'
		);
		expect(await makeVariants(path, join(dir, 'chart'))).toMatchObject({
			width: 320,
			height: 180,
			widths: [],
			fallback: 'image.svg'
		});
	});

	const solid = (width: number, height: number) =>
		sharp({ create: { width, height, channels: 3, background: '#345' } });
	it.each<[string, string, () => Buffer | Promise<Buffer>]>([
		['corrupt.jpg', 'cannot be read as an image', () => Buffer.from('not a picture at all')],
		[
			'cut.jpg',
			'cannot be read as an image',
			async () => (await solid(900, 600).jpeg().toBuffer()).subarray(0, 200)
		],
		['anim.jpg', 'is gif, not JPEG, PNG, WebP, AVIF or SVG', () => solid(20, 20).gif().toBuffer()],
		[
			'bad.svg',
			'is an SVG that is refused: it contains a <script> element',
			() =>
				Buffer.from(
					'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'
				)
		]
	])('refuses %s: %s', async (name, reason, bytes) => {
		const path = join(dir, name);
		writeFileSync(path, await bytes());
		await expect(makeVariants(path, join(dir, `${name}-out`))).rejects.toThrow(reason);
	});

	it('refuses an image over 40 megapixels, with its size', async () => {
		// A PNG of one colour: 41 megapixels in a few kilobytes.
		const path = join(dir, 'huge.png');
		const big = sharp({
			create: { width: 8200, height: 5000, channels: 3, background: '#fff' },
			limitInputPixels: false
		});
		writeFileSync(path, await big.png().toBuffer());
		await expect(makeVariants(path, join(dir, 'huge'))).rejects.toThrow(
			'is 8200 x 5000 (41.0 megapixels); the limit is 40'
		);
	});
});
