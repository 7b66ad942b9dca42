// The files the build writes into the site for the app to read, named once for both sides: the
// build (scripts/plugins, scripts/steps, the bench) and the browser (src/lib/offline,
// src/lib/search). Plain JavaScript, with no imports, so the build's steps load it in Node as it
// is. (The service worker's own rules in scripts/plugins/pwa-options.js stay literal: Workbox
// writes their source into sw.js, where nothing can be imported.)

/** What the service worker precaches, with sizes and titles (scripts/plugins/offline-manifest.js). */
export const offlineManifestName = 'offline-manifest.json';
export const offlineManifestUrl = `/${offlineManifestName}`;

/** The search index's folder, Pagefind's own (scripts/plugins/search-index.js). */
export const searchFolder = 'pagefind';
/** Where the index is served from. */
export const searchBase = `/${searchFolder}/`;

/** The list of the index's parts, newest first, that the browser merges. Always precached. */
export const searchPartsName = 'folio-parts.json';
export const searchPartsUrl = `${searchBase}${searchPartsName}`;

/**
 * The list of the index's files that Save all stores (not precached: see offline-manifest.js).
 * Inside Pagefind's folder, so one rule of the service worker covers all of it.
 */
export const searchFilesName = 'folio-files.json';
export const searchFilesUrl = `${searchBase}${searchFilesName}`;
