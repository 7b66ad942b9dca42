/**
 * What is saved on this device, read from the precache itself and from /offline-manifest.json
 * (the build's list of every precached file and its size; see scripts/offline-manifest.js).
 */

export interface PackFile {
	url: string;
	size: number;
}

export interface OfflinePack {
	files: PackFile[];
	bytes: number;
}

/** Workbox's precache names start like this (workbox-precache-v2-<scope>). */
const precachePrefix = 'workbox-precache-';
/** The runtime cache of articles opened or saved beyond the precache (scripts/pwa-options.js). */
export const articleCacheName = 'folio-articles';

/** An article page stored on this device. */
export interface SavedArticle {
	slug: string;
	title: string;
	lang: string;
}

/** The build's list of precached files, or undefined when it cannot be read. */
export async function loadPack(): Promise<OfflinePack | undefined> {
	try {
		const response = await fetch('/offline-manifest.json');
		if (!response.ok) return undefined;
		const pack = (await response.json()) as OfflinePack;
		return Array.isArray(pack.files) ? pack : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The paths stored in the precache (and in any `extra` caches) now, without Workbox's revision
 * parameters.
 */
export async function cachedPaths(extra: string[] = []): Promise<Set<string>> {
	const paths = new Set<string>();
	if (typeof caches === 'undefined') return paths;
	for (const name of await caches.keys()) {
		if (!name.startsWith(precachePrefix) && !extra.includes(name)) continue;
		const cache = await caches.open(name);
		for (const request of await cache.keys()) paths.add(new URL(request.url).pathname);
	}
	return paths;
}

/** Every article page stored on this device, in the precache or the article cache. */
async function savedArticlePages(): Promise<Map<string, { cache: Cache; request: Request }>> {
	const pages = new Map<string, { cache: Cache; request: Request }>();
	if (typeof caches === 'undefined') return pages;
	for (const name of await caches.keys()) {
		if (!name.startsWith(precachePrefix) && name !== articleCacheName) continue;
		const cache = await caches.open(name);
		for (const request of await cache.keys()) {
			const slug = /^\/articles\/([^/]+)\/$/.exec(new URL(request.url).pathname)?.[1];
			if (slug && !pages.has(slug)) pages.set(slug, { cache, request });
		}
	}
	return pages;
}

/**
 * The articles stored on this device: how many, and the titles of up to `limit` of them, read
 * from the stored pages themselves so that the answer holds offline.
 */
export async function savedArticles(
	limit = 50
): Promise<{ count: number; listed: SavedArticle[] }> {
	const pages = await savedArticlePages();
	const listed: SavedArticle[] = [];
	for (const [slug, { cache, request }] of [...pages].slice(0, limit)) {
		const html = await (await cache.match(request))?.text();
		if (!html) continue;
		const doc = new DOMParser().parseFromString(html, 'text/html');
		const article = doc.querySelector('article');
		listed.push({
			slug,
			title: doc.querySelector('h1')?.textContent?.trim() || slug,
			lang: article?.getAttribute('lang') ?? 'en'
		});
	}
	return { count: pages.size, listed };
}

/** How many of the pack's files are stored. */
export function countSaved(pack: OfflinePack, paths: Set<string>): number {
	return pack.files.filter((file) => paths.has(file.url)).length;
}

/** Font faces in the pack, named from their @fontsource file names ("Literata 400 italic"). */
export function fontFaces(pack: OfflinePack): { name: string; url: string; size: number }[] {
	return pack.files
		.filter((file) => file.url.endsWith('.woff2'))
		.map((file) => {
			const base = file.url.slice(file.url.lastIndexOf('/') + 1).split('.')[0];
			const match =
				/^(.+?)-(latin|latin-ext|cyrillic|greek|vietnamese)-(\d+)-(normal|italic)$/.exec(base);
			if (!match) return { name: base, url: file.url, size: file.size };
			const [, family, , weight, style] = match;
			const title = family
				.split('-')
				.map((word) => word[0].toUpperCase() + word.slice(1))
				.join(' ');
			return {
				name: `${title} ${weight}${style === 'italic' ? ' italic' : ''}`,
				url: file.url,
				size: file.size
			};
		})
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** "206 KB": sizes for people, in decimal kilobytes like most file managers. */
export function formatBytes(bytes: number): string {
	if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
	return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
