import { loadFaces } from './load';
import { markStoredFace, readingFace } from './stored-face.js';

const literata = "'Literata'";

function faceLoaded(): boolean {
	return document.fonts.check(`400 1em ${literata}`) && document.fonts.check(`700 1em ${literata}`);
}

function remember(): void {
	try {
		localStorage.setItem(readingFace.key, readingFace.value);
	} catch {
		// Storage refused: the next page starts in the system serif again, which is fine.
	}
}

/**
 * Fetch Literata's regular and bold faces without showing them, and remember that this device
 * has them, so later pages show Literata from their first paint. Never throws.
 */
export async function fetchReadingFace(): Promise<void> {
	if (typeof document === 'undefined' || !document.fonts) return;
	await loadFaces(literata);
	if (faceLoaded()) remember();
}

/**
 * Show Literata now, once it is loaded: when the reader opens the typography settings, where
 * Literata is the face they choose. Never throws; without the face the serif stays.
 */
export async function showReadingFace(root: HTMLElement = document.documentElement): Promise<void> {
	if (root.getAttribute(readingFace.attribute) === readingFace.value) return;
	await fetchReadingFace();
	if (document.fonts && faceLoaded()) root.setAttribute(readingFace.attribute, readingFace.value);
}

/**
 * Between pages (a client-side navigation): show Literata if it is known to be on this device,
 * as a full page load's pre-paint script would. Never throws.
 */
export function showStoredFace(root: HTMLElement = document.documentElement): void {
	try {
		markStoredFace(root, localStorage, readingFace);
	} catch {
		// Storage unreachable: stay with the face the page has.
	}
}
