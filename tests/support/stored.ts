// What Folio keeps in localStorage, by the keys the app itself defines, for tests that seed or
// read it. The stored shape is Folio's one envelope, { v, data } (src/lib/envelope.js); tests
// seed it in that current shape, and the older shapes only where migration is the subject.
import type { Page } from '@playwright/test';
import { readingFace } from '../../src/lib/fonts/stored-face.js';
import { resumeMark } from '../../src/lib/progress/resume-mark.js';
import { storageKey as settingsKey } from '../../src/lib/settings/schema.js';
import { listeningKey } from '../../src/lib/speech/prefs';
import { upNextKey } from '../../src/lib/up-next/stored-up-next';

export const storageKeys = {
	positions: resumeMark.key,
	settings: settingsKey,
	listening: listeningKey,
	upNext: upNextKey,
	fonts: readingFace.key
} as const;

/** Store `value` under `key` for the page's origin: text as it is, anything else as JSON. */
export async function seed(page: Page, key: string, value: unknown): Promise<void> {
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, text] as const);
}

/** The text stored under `key` for the page's origin, or null. */
export function storedText(page: Page, key: string): Promise<string | null> {
	return page.evaluate((k) => localStorage.getItem(k), key);
}
