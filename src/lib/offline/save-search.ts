/**
 * The search index's share of "Save all for offline": in a library larger than the precache,
 * its chunks are not precached (scripts/plugins/offline-manifest.js), so Save all stores them in the
 * search cache, which the service worker answers from (scripts/plugins/pwa-options.js).
 */
import { searchFilesUrl } from '$lib/site-files.js';
import { cachedPaths } from './precache';

/** The runtime cache of the search index's chunks. */
export const searchCacheName = 'folio-search';

/** The build's list of the index's chunk files and their bytes (scripts/plugins/search-index.js). */
export interface SearchFiles {
	bytes: number;
	files: string[];
}

/** The list, from the network. */
export async function fetchSearchFiles(): Promise<SearchFiles> {
	const response = await fetch(searchFilesUrl, { cache: 'no-cache' });
	if (!response.ok) throw new Error(`the search index's list answered ${response.status}`);
	const list = (await response.json()) as SearchFiles;
	if (!Array.isArray(list.files) || !(list.bytes >= 0)) throw new Error('a malformed index list');
	return list;
}

/** The files of `list` this device does not hold yet, in the precache or the search cache. */
export async function unsavedSearchFiles(list: SearchFiles): Promise<string[]> {
	const stored = await cachedPaths([searchCacheName]);
	return list.files.filter((url) => !stored.has(url));
}

/** Store `files`, a few at a time; returns how many could not be stored. */
export async function saveSearchFiles(files: string[], signal?: AbortSignal): Promise<number> {
	const cache = await caches.open(searchCacheName);
	const queue = [...files];
	let failed = 0;
	const worker = async () => {
		while (queue.length && !signal?.aborted) {
			const batch = queue.splice(0, 16);
			await cache.addAll(batch).catch(() => (failed += batch.length));
		}
	};
	await Promise.all(Array.from({ length: 4 }, worker));
	return failed;
}

/** Drop stored chunks of an older index (new builds name their chunks anew). */
export async function pruneSearchFiles(list: SearchFiles): Promise<void> {
	if (typeof caches === 'undefined') return;
	const current = new Set(list.files);
	const cache = await caches.open(searchCacheName);
	for (const request of await cache.keys())
		if (!current.has(new URL(request.url).pathname)) await cache.delete(request);
}
