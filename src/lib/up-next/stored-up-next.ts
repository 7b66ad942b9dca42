/**
 * Up next in storage: one versioned key, read whole and validated item by item; garbage, an
 * unknown version or storage that fails read as an empty list, and nothing throws.
 */
import { readStored, writeStored } from '$lib/storage';
import { maxItems, parseUpNext, type UpNextItem } from './up-next';

export const upNextKey = 'folio.upnext';
const version = 1;

export function readUpNext(): UpNextItem[] {
	const stored = readStored(upNextKey);
	return stored?.v === version ? parseUpNext(stored.data) : [];
}

/** Store `list` (at most maxItems). False when storage refused it. */
export function writeUpNext(list: readonly UpNextItem[]): boolean {
	return writeStored(upNextKey, version, list.slice(0, maxItems));
}
