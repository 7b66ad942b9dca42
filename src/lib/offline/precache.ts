import type { ArticleIndexEntry } from '$lib/article/types';
import { offlineManifestUrl } from '$lib/site-files.js';
import { slugOfArticlePage } from '$lib/article/urls';

/**
 * What is saved on this device, read from the precache itself and from /offline-manifest.json
 * (the build's list of every precached file and its size; see scripts/plugins/offline-manifest.js).
 */

export interface PackFile {
	url: string;
	size: number;
}

export interface OfflinePack {
	files: PackFile[];
	bytes: number;
	/** The precached articles' titles and languages (scripts/plugins/offline-manifest.js). */
	articleIndex?: ArticleIndexEntry[];
}

/** Workbox's precache names start like this (workbox-precache-v2-<scope>). */
const precachePrefix = 'workbox-precache-';
/** The runtime cache of articles opened or saved beyond the precache (scripts/plugins/pwa-options.js). */
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
		const response = await fetch(offlineManifestUrl);
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

/** The slugs of every article page stored on this device, in the precache or the article cache. */
async function savedArticleSlugs(): Promise<Set<string>> {
	const slugs = [...(await cachedPaths([articleCacheName]))].map(slugOfArticlePage);
	return new Set(slugs.filter((slug) => slug !== undefined));
}

/** Where "Save all for offline" keeps the library index it saved by (never served as a page). */
export const savedIndexUrl = '/articles.json';

/** The library index "Save all for offline" stored, or nothing. */
async function savedLibraryIndex(): Promise<ArticleIndexEntry[]> {
	try {
		const response = await (await caches.open(articleCacheName)).match(savedIndexUrl);
		const index: unknown = await response?.json();
		return Array.isArray(index) ? index : [];
	} catch {
		return [];
	}
}

/**
 * The articles stored on this device: how many, and up to `limit` of them with their titles.
 * Titles come from data, never from the stored pages: `known` (the caller's list, such as the
 * precached articles the build recorded) and the library index "Save all" stored. An article
 * known by neither (opened once, beyond the precache) is listed by its address.
 */
export async function savedArticles(
	limit = 50,
	known: ArticleIndexEntry[] = []
): Promise<{ count: number; listed: SavedArticle[] }> {
	const slugs = await savedArticleSlugs();
	// Newest first where the library's order is known; articles known by no index last.
	const entries = new Map<string, SavedArticle>();
	for (const entry of [...(await savedLibraryIndex()), ...known]) {
		if (!slugs.has(entry?.slug) || entries.has(entry.slug) || typeof entry.title !== 'string')
			continue;
		entries.set(entry.slug, {
			slug: entry.slug,
			title: entry.title,
			lang: typeof entry.lang === 'string' ? entry.lang : ''
		});
	}
	// An empty lang says the language is unknown (HTML); the address is ASCII anyway.
	for (const slug of slugs) {
		if (!entries.has(slug)) entries.set(slug, { slug, title: slug, lang: '' });
	}
	const listed = [...entries.values()].slice(0, limit);
	return { count: slugs.size, listed };
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
