import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { imageChecker, maxImageBytes, noImages } from './image-refs';

const library = mkdtempSync(join(tmpdir(), 'folio-refs-'));
mkdirSync(join(library, 'media'));
mkdirSync(join(library, 'world'));
writeFileSync(join(library, 'media', 'photo.jpg'), 'x');
writeFileSync(join(library, 'media', 'two words.png'), 'x');
writeFileSync(join(library, 'media', 'anim.gif'), 'x');
writeFileSync(join(library, '..', 'folio-refs-outside.jpg'), 'x');
const huge = join(library, 'media', 'huge.jpg');
writeFileSync(huge, '');
truncateSync(huge, maxImageBytes + 1);
afterAll(() => {
	rmSync(library, { recursive: true, force: true });
	rmSync(join(library, '..', 'folio-refs-outside.jpg'), { force: true });
});

const check = imageChecker(join(library, 'story.md'), library);
const inWorld = imageChecker(join(library, 'world', 'story.md'), library);

describe('the images an article names', () => {
	it('are paths relative to the article, kept as paths in the library', () => {
		expect(check('media/photo.jpg', 'A photo')).toEqual({ src: 'media/photo.jpg', alt: 'A photo' });
		expect(inWorld('../media/photo.jpg', 'A photo')).toEqual({
			src: 'media/photo.jpg',
			alt: 'A photo'
		});
		expect(check('./media/two%20words.png', ' Two \n words ')).toEqual({
			src: 'media/two words.png',
			alt: 'Two words'
		});
	});

	it('marked decorative get an empty alt', () => {
		expect(check('media/photo.jpg', 'decorative')).toEqual({ src: 'media/photo.jpg', alt: '' });
	});

	it.each([
		['', 'A', 'an image has no path'],
		['https://example.org/a.jpg', 'A', 'is remote; the build has no network'],
		['HTTP://example.org/a.jpg', 'A', 'is remote'],
		['data:image/png;base64,AAAA', 'A', 'is not a file path'],
		["javascript:window.__hostile='image'", 'A', 'is not a file path'],
		['//example.org/a.jpg', 'A', 'is not a file path'],
		['/media/photo.jpg', 'A', 'is an absolute path'],
		['../folio-refs-outside.jpg', 'A', 'is outside the library folder'],
		['media/../../folio-refs-outside.jpg', 'A', 'is outside the library folder'],
		['media/anim.gif', 'A', 'unsupported format (.gif); use JPEG, PNG, WebP, AVIF or SVG'],
		['media/missing.jpg', 'A', 'image media/missing.jpg does not exist'],
		['media', 'A', 'unsupported format (no extension)'],
		['media/huge.jpg', 'A', 'is 30.0 MB; the limit is 30 MB'],
		['media/photo.jpg', '  ', 'has no alt text; say what it shows, or mark it ![decorative]']
	])('refuse %s (alt %j) with a reason', (url, alt, reason) => {
		expect(() => check(url, alt)).toThrow(reason);
	});

	it('cannot be placed from a source outside a library', () => {
		expect(() => noImages('media/photo.jpg', 'A')).toThrow(/needs the article's file in a library/);
	});
});
