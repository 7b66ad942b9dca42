import { afterEach, describe, expect, it, vi } from 'vitest';
import { Persisted } from '$lib/persisted.svelte';
import { defaultPrefs, prefsFormat, type ListeningPrefs } from './prefs';

/** What a page opened now reads from storage, and what a page's change writes to it. */
const readPrefs = () => new Persisted(prefsFormat).current;
const writePrefs = (prefs: ListeningPrefs) => new Persisted(prefsFormat).save(prefs);

function stubStorage(initial?: string) {
	const items = new Map<string, string>();
	if (initial !== undefined) items.set('folio.listening', initial);
	vi.stubGlobal('localStorage', {
		getItem: (k: string) => items.get(k) ?? null,
		setItem: (k: string, v: string) => items.set(k, v),
		removeItem: (k: string) => items.delete(k)
	});
}
afterEach(() => vi.unstubAllGlobals());

describe('listening preferences', () => {
	it('round-trips speed, voices per language and wake lock', () => {
		stubStorage();
		const prefs = {
			rate: 1.5,
			voices: { en: 'voice-uri' },
			wakeLock: true,
			keepAudible: false,
			markRead: false
		};
		expect(writePrefs(prefs)).toBe(true);
		expect(readPrefs()).toEqual(prefs);
	});

	it('falls back to defaults for garbage, other versions and invalid parts', () => {
		for (const text of ['{oops', '"x"', '{"v":9,"rate":2}']) {
			stubStorage(text);
			expect(readPrefs()).toEqual(defaultPrefs);
		}
		stubStorage(
			JSON.stringify({
				v: 1,
				data: {
					rate: 99,
					voices: { en: 5, de: 'ok' },
					wakeLock: 'yes',
					keepAudible: 0,
					markRead: 1
				}
			})
		);
		expect(readPrefs()).toEqual({
			rate: 1,
			voices: { de: 'ok' },
			wakeLock: false,
			keepAudible: true,
			markRead: true
		});
	});

	it('reads preferences stored before the envelope, beside their version', () => {
		stubStorage(JSON.stringify({ v: 1, rate: 1.5, voices: { de: 'ok' }, wakeLock: true }));
		expect(readPrefs()).toEqual({
			rate: 1.5,
			voices: { de: 'ok' },
			wakeLock: true,
			keepAudible: true,
			markRead: true
		});
	});
});
