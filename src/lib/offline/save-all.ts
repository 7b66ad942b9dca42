/**
 * "Save all for offline": stores every article the precache does not hold in the article cache,
 * and drops articles the library no longer has. Page, data and listening file go together, so a
 * saved article opens offline both as a page and through client-side navigation, and Up next
 * can go on to it with the page hidden.
 */
import type { ArticleIndexEntry } from '$lib/article/types';
import {
	articleDataPath,
	articlePath,
	listeningFilePath,
	slugOfArticleFile
} from '$lib/article/urls';

export { listeningFilePath };
import { articleCacheName, cachedPaths, savedIndexUrl, type OfflinePack } from './precache';

/** The whole library, newest first, from the network. */
export async function fetchLibraryIndex(): Promise<ArticleIndexEntry[]> {
	const response = await fetch('/articles.json', { cache: 'no-cache' });
	if (!response.ok) throw new Error(`the library index answered ${response.status}`);
	return response.json();
}

/**
 * Keep `index` beside the saved articles, so their titles can be listed offline from data
 * (src/lib/offline/precache.ts). Only read from the cache, never served for /articles.json.
 */
export async function storeLibraryIndex(index: ArticleIndexEntry[]): Promise<void> {
	const cache = await caches.open(articleCacheName);
	await cache.put(
		savedIndexUrl,
		new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json' } })
	);
}

/**
 * The articles of `index` not yet stored whole on this device: page, and sentences for the
 * player (articles saved before the listening files existed lack those).
 */
export async function unsavedArticles(index: ArticleIndexEntry[]): Promise<ArticleIndexEntry[]> {
	const stored = await cachedPaths([articleCacheName]);
	return index.filter(
		(article) =>
			!stored.has(articlePath(article.slug)) || !stored.has(listeningFilePath(article.slug))
	);
}

/** Bytes one article takes, on average, judging by the articles in the offline pack. */
export function averageArticleBytes(pack: OfflinePack | undefined): number {
	const articleFiles = pack?.files.filter((file) => slugOfArticleFile(file.url)) ?? [];
	const articles = new Set(articleFiles.map((file) => slugOfArticleFile(file.url))).size;
	return articles ? articleFiles.reduce((sum, file) => sum + file.size, 0) / articles : 30_000;
}

/**
 * Store `articles` (page and data), a few at a time, reporting progress. Stops early when
 * `signal` aborts. Returns how many were saved and which failed.
 */
export async function saveArticles(
	articles: ArticleIndexEntry[],
	onProgress: (done: number) => void,
	signal?: AbortSignal
): Promise<{ saved: number; failed: string[] }> {
	const cache = await caches.open(articleCacheName);
	const queue = [...articles];
	const failed: string[] = [];
	let done = 0;
	const worker = async () => {
		for (let article = queue.shift(); article && !signal?.aborted; article = queue.shift()) {
			try {
				await cache.addAll([
					articlePath(article.slug),
					articleDataPath(article.slug),
					listeningFilePath(article.slug)
				]);
			} catch {
				failed.push(article.slug);
			}
			onProgress(++done);
		}
	};
	await Promise.all(Array.from({ length: 4 }, worker));
	return { saved: done - failed.length, failed };
}

/** Remove stored articles that the library no longer has. Returns how many went. */
export async function pruneRemovedArticles(index: ArticleIndexEntry[]): Promise<number> {
	if (typeof caches === 'undefined') return 0;
	const current = new Set(index.map((article) => article.slug));
	const cache = await caches.open(articleCacheName);
	let removed = 0;
	for (const request of await cache.keys()) {
		const slug = slugOfArticleFile(new URL(request.url).pathname);
		if (slug && !current.has(slug)) {
			await cache.delete(request);
			removed++;
		}
	}
	return removed;
}
