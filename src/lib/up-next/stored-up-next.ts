/**
 * Up next in storage: one versioned key, read whole and validated item by item; garbage, an
 * unknown version or storage that fails read as an empty list, and nothing throws.
 */
import { openEnvelope } from '$lib/envelope.js';
import type { StoredFormat } from '$lib/persisted.svelte';
import { maxItems, parseUpNext, type UpNextItem } from './up-next';

export const upNextKey = 'folio.upnext';
const version = 1;

/** How the list is stored: `{ v, data }`, at most maxItems. */
export const upNextFormat: StoredFormat<UpNextItem[]> = {
	key: upNextKey,
	read(stored) {
		const opened = openEnvelope(stored);
		return opened?.v === version ? parseUpNext(opened.data) : [];
	},
	write: (list) => ({ v: version, data: list.slice(0, maxItems) })
};
