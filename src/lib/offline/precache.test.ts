import { describe, expect, it } from 'vitest';
import { countSaved, fontFaces, formatBytes } from './precache';

const pack = {
	bytes: 0,
	files: [
		{ url: '/', size: 10 },
		{ url: '/articles/a-story/', size: 10 },
		{ url: '/articles/a-story/__data.json', size: 10 },
		{ url: '/articles/other/', size: 10 },
		{ url: '/_app/immutable/assets/literata-latin-400-normal.CLtNJ872.woff2', size: 20420 },
		{ url: '/_app/immutable/assets/atkinson-hyperlegible-latin-700-italic.X1.woff2', size: 100 }
	]
};

describe('precache helpers', () => {
	it('names the font faces from their file names', () => {
		expect(fontFaces(pack).map(({ name, size }) => ({ name, size }))).toEqual([
			{ name: 'Atkinson Hyperlegible 700 italic', size: 100 },
			{ name: 'Literata 400', size: 20420 }
		]);
	});

	it('counts the files already stored', () => {
		expect(countSaved(pack, new Set(['/', '/articles/other/', '/elsewhere']))).toBe(2);
	});

	it('formats sizes for people', () => {
		expect(formatBytes(206_320)).toBe('206 KB');
		expect(formatBytes(12)).toBe('1 KB');
		expect(formatBytes(2_400_000)).toBe('2.4 MB');
	});
});
