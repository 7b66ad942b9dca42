import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nastyValues, storedTexts } from '$lib/storage-fuzz';
import { markStoredFace, readingFace } from './stored-face.js';

/** The attribute markStoredFace leaves on a fresh root for `stored` under the key. */
function marked(stored: string | null) {
	const attributes = new Map<string, string>();
	const root = { setAttribute: (name: string, value: string) => void attributes.set(name, value) };
	markStoredFace(
		root,
		{ getItem: (key) => (key === readingFace.key ? stored : null) },
		readingFace
	);
	return attributes.get(readingFace.attribute);
}

describe('markStoredFace (the pre-paint check for Literata)', () => {
	it('shows the face for the one value the app writes', () => {
		expect(marked(readingFace.value)).toBe(readingFace.value);
		expect(marked(null)).toBeUndefined();
	});

	it('ignores anything else storage may hold (fast-check, 1,000 runs)', () => {
		fc.assert(
			fc.property(storedTexts(nastyValues(readingFace.value)), (text) => {
				expect(marked(text)).toBe(text === readingFace.value ? readingFace.value : undefined);
			}),
			{ numRuns: 1000 }
		);
	});
});
