import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nastyValues, storedTexts } from '../../../tests/doubles/storage-fuzz';
import { markStoredFace, noteBelievable, readingFace } from './stored-face.js';

/** The attribute markStoredFace leaves on a fresh root for `stored` under the key. */
function marked(stored: string | null, believable = true) {
	const attributes = new Map<string, string>();
	const root = { setAttribute: (name: string, value: string) => void attributes.set(name, value) };
	markStoredFace(
		root,
		{ getItem: (key) => (key === readingFace.key ? stored : null) },
		readingFace,
		believable
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

describe('noteBelievable (is the face really on this device?)', () => {
	it('believes the note on a page a service worker controls, or with no service workers', () => {
		expect(noteBelievable({ serviceWorker: { controller: {} } })).toBe(true);
		expect(noteBelievable({})).toBe(true);
		expect(noteBelievable(undefined)).toBe(true);
	});

	it('does not on a page no worker controls: its caches may be gone with it', () => {
		expect(noteBelievable({ serviceWorker: { controller: null } })).toBe(false);
		expect(marked(readingFace.value, false)).toBeUndefined();
	});
});
