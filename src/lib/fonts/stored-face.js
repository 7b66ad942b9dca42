// Literata, the reading face, is shown from the first paint only once this device has it.
// A first visit paints at once in the system's serif: no font download stands between the
// reader and the text (the article's LCP stays at the limit page's). Once the face has been
// fetched into the caches (src/lib/fonts/reading-face.ts), a note in storage lets the pre-paint
// script show it on every later page, from the first frame, with no swap under the reader.
// Plain JavaScript: src/lib/settings/pre-paint.js embeds `markStoredFace`'s source.

/** The localStorage key, its one valid value, and the attribute on <html> (tokens.css). */
export const readingFace = {
	key: 'folio.fonts',
	value: 'literata',
	attribute: 'data-folio-fonts'
};

/**
 * Whether a note in storage can be believed now. The face lives in the service worker's
 * precache, and browsers (and Lighthouse between runs) may clear the caches and the worker
 * while keeping localStorage; then no worker controls the page, and the note waits until one
 * does, so a stale note never puts a font download before the first paint. A browser with no
 * service workers has only its HTTP cache: the note is believed. Self-contained (the pre-paint
 * script embeds it).
 * @param {{ serviceWorker?: { controller: unknown } } | undefined} browser `navigator`
 */
export function noteBelievable(browser) {
	var worker = browser && browser.serviceWorker;
	return !worker || !!worker.controller;
}

/**
 * Set the attribute on `root` when `storage` says the face is on this device and the note can
 * be believed. Self-contained (the pre-paint script embeds it); storage that throws is the
 * caller's to catch.
 * @param {{ setAttribute(name: string, value: string): void }} root
 * @param {{ getItem(key: string): string | null }} storage
 * @param {{ key: string, value: string, attribute: string }} face
 * @param {boolean} believable
 */
export function markStoredFace(root, storage, face, believable) {
	if (believable && storage.getItem(face.key) === face.value) {
		root.setAttribute(face.attribute, face.value);
	}
}
