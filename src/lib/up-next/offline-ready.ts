/**
 * Up next, honest about the plane: which queued articles this device can play with no network
 * (their listening file is stored), and storing the others while the network is there.
 */
import type { ArticleIndexEntry } from '$lib/article/types';
import { articleCacheName, cachedPaths } from '$lib/offline/precache';
import { listeningFilePath, saveArticles } from '$lib/offline/save-all';

/** Of `slugs`, those whose sentences are stored here (precached or saved). */
export async function readyOffline(slugs: readonly string[]): Promise<Set<string>> {
	const paths = await cachedPaths([articleCacheName]);
	return new Set(slugs.filter((slug) => paths.has(listeningFilePath(slug))));
}

/**
 * Store the articles of `entries` not stored yet (page, data and sentences), when online.
 * Returns the slugs that are ready offline afterwards.
 */
export async function keepForListening(entries: ArticleIndexEntry[]): Promise<Set<string>> {
	const slugs = entries.map((entry) => entry.slug);
	const ready = await readyOffline(slugs);
	const missing = entries.filter((entry) => !ready.has(entry.slug));
	if (missing.length && navigator.onLine) await saveArticles(missing, () => {});
	return readyOffline(slugs);
}
