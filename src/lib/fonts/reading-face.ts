import literataRegular from '@fontsource/literata/files/literata-latin-400-normal.woff2?url';
import { readText, removeKey, writeText } from '$lib/storage';
import { loadFaces } from './load';
import { markStoredFace, noteBelievable, readingFace } from './stored-face.js';

const literata = "'Literata'";

function faceLoaded(): boolean {
	return document.fonts.check(`400 1em ${literata}`) && document.fonts.check(`700 1em ${literata}`);
}

/**
 * Whether the face is kept on this device: in the caches of the worker that controls the page
 * (it may have lost them while it stays), or, with no worker, wherever the browser keeps it.
 */
async function faceKept(): Promise<boolean> {
	if (!navigator.serviceWorker?.controller) return true;
	try {
		return (await caches.match(literataRegular, { ignoreSearch: true })) !== undefined;
	} catch {
		return false;
	}
}

/**
 * Forget the note when the face is no longer kept (a worker that lost its caches), so the next
 * page does not wait for a font download before its first paint. Never throws.
 */
export async function forgetLostFace(): Promise<void> {
	if (readText(readingFace.key) === readingFace.value && !(await faceKept())) {
		removeKey(readingFace.key);
	}
}

/**
 * Fetch Literata's regular and bold faces without showing them, and note whether this device
 * keeps them, so later pages show Literata from their first paint only when it is really
 * there. True once they are loaded; never throws. (Storage that refuses the note means the
 * next page starts in the system serif.)
 */
export async function fetchReadingFace(): Promise<boolean> {
	if (typeof document === 'undefined' || !document.fonts) return false;
	await loadFaces(literata);
	if (!faceLoaded()) return false;
	if (await faceKept()) writeText(readingFace.key, readingFace.value);
	else removeKey(readingFace.key);
	return true;
}

/**
 * Show Literata now, once it is loaded: when the reader opens the typography settings, where
 * Literata is the face they choose. Never throws; without the face the serif stays.
 */
export async function showReadingFace(
	root: Pick<Element, 'getAttribute' | 'setAttribute'> = document.documentElement
): Promise<void> {
	if (root.getAttribute(readingFace.attribute) === readingFace.value) return;
	if (await fetchReadingFace()) root.setAttribute(readingFace.attribute, readingFace.value);
}

/**
 * Between pages (a client-side navigation): show Literata if it is known to be on this device,
 * as a full page load's pre-paint script would, or already loaded in this one. Never throws.
 */
export function showStoredFace(root: HTMLElement = document.documentElement): void {
	const believable = noteBelievable(navigator) || faceLoaded();
	markStoredFace(root, { getItem: (key) => readText(key) ?? null }, readingFace, believable);
}
