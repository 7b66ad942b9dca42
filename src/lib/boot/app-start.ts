import { fetchReadingFace, forgetLostFace } from '$lib/fonts/reading-face';
import { install } from '$lib/offline/install.svelte';
import { offline } from '$lib/offline/offline.svelte';
import { replayEarlyTaps } from './early-taps';

/**
 * Everything the app starts beside the page, once, when the root layout has mounted: the taps
 * made before it first, then the offline and install watchers, and the reading face.
 */
export function startApp(): void {
	replayEarlyTaps();
	offline.start();
	install.start();
	void forgetLostFace();
	// Literata: fetched once the reader is saved for offline (from that cache), or at once where
	// nothing is being saved; shown from the next page on (src/lib/fonts/stored-face.js).
	void offline.settled.then(fetchReadingFace);
}
