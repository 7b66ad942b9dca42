import { readText, writeText } from '$lib/storage';
import { loadFaces } from './load';
import { markStoredFace, readingFace } from './stored-face.js';

const literata = "'Literata'";

function faceLoaded(): boolean {
	return document.fonts.check(`400 1em ${literata}`) && document.fonts.check(`700 1em ${literata}`);
}

/**
 * Fetch Literata's regular and bold faces without showing them, and remember that this device
 * has them, so later pages show Literata from their first paint. True once they are loaded;
 * never throws. (Storage that refuses the note means the next page starts in the system serif.)
 */
export async function fetchReadingFace(): Promise<boolean> {
	if (typeof document === 'undefined' || !document.fonts) return false;
	await loadFaces(literata);
	if (!faceLoaded()) return false;
	writeText(readingFace.key, readingFace.value);
	return true;
}

/**
 * Show Literata now, once it is loaded: when the reader opens the typography settings, where
 * Literata is the face they choose. Never throws; without the face the serif stays.
 */
export async function showReadingFace(root: HTMLElement = document.documentElement): Promise<void> {
	if (root.getAttribute(readingFace.attribute) === readingFace.value) return;
	if (await fetchReadingFace()) root.setAttribute(readingFace.attribute, readingFace.value);
}

/**
 * Between pages (a client-side navigation): show Literata if it is known to be on this device,
 * as a full page load's pre-paint script would. Never throws.
 */
export function showStoredFace(root: HTMLElement = document.documentElement): void {
	markStoredFace(root, { getItem: (key) => readText(key) ?? null }, readingFace);
}
