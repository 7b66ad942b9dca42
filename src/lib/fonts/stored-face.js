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
 * Set the attribute on `root` when `storage` says the face is on this device. Self-contained
 * (the pre-paint script embeds it); storage that throws is the caller's to catch.
 * @param {{ setAttribute(name: string, value: string): void }} root
 * @param {{ getItem(key: string): string | null }} storage
 * @param {{ key: string, value: string, attribute: string }} face
 */
export function markStoredFace(root, storage, face) {
	if (storage.getItem(face.key) === face.value) root.setAttribute(face.attribute, face.value);
}
