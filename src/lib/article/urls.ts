/**
 * Where an article's files are, and which article a path belongs to: the one place that knows
 * the shape `/articles/<slug>/`. (The service worker's rules in scripts/plugins/pwa-options.js
 * match it literally: Workbox writes their source into sw.js, where nothing can be imported.)
 */
export const articlePath = (slug: string) => `/articles/${slug}/`;
export const articleDataPath = (slug: string) => `/articles/${slug}/__data.json`;
export const listeningFilePath = (slug: string) => `/articles/${slug}/listen.json`;

/** The slug of an article's page (`/articles/<slug>/`), or undefined for any other path. */
export const slugOfArticlePage = (path: string): string | undefined =>
	/^\/articles\/([^/]+)\/$/.exec(path)?.[1];

/** The slug of the article a path is in (its page or any of its files), or undefined. */
export const slugOfArticleFile = (path: string): string | undefined =>
	/^\/articles\/([^/]+)\//.exec(path)?.[1];
