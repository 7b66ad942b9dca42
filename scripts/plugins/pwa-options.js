// Service worker and web app manifest options for @vite-pwa/sveltekit. Each numbered comment
// names a pitfall from the platform notes that broke offline use in a prototype.
import { searchFilesName, searchFolder } from '../../src/lib/site-files.js';
import { precacheManifest } from './offline-manifest.js';
import { growingGlobIgnores, maximumFileSize } from './precache-growing.js';
import { imageCaching } from './image-cache.js';

/** @type {import('@vite-pwa/sveltekit').SvelteKitPWAOptions} */
export const pwaOptions = {
	strategies: 'generateSW',
	registerType: 'prompt',
	// src/lib/offline registers the worker itself with workbox-window.
	injectRegister: false,
	// 1. Absolute base and scope: a first visit deep in the site must still find /sw.js.
	base: '/',
	scope: '/',
	filename: 'sw.js',
	manifestFilename: 'manifest.webmanifest',
	// 3. Must equal the trailingSlash exported by src/routes/+layout.ts.
	kit: { trailingSlash: 'always', includeVersionFile: true },
	manifest: {
		id: '/',
		name: 'Folio',
		short_name: 'Folio',
		description: 'A reader that works with no network and reads articles aloud.',
		lang: 'en',
		dir: 'ltr',
		start_url: '/',
		scope: '/',
		display: 'standalone',
		orientation: 'any',
		theme_color: '#1f4fa3',
		background_color: '#fbfaf7',
		categories: ['books', 'news', 'education'],
		icons: [
			{ src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
			{ src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
			{
				src: '/maskable-icon-512x512.png',
				sizes: '512x512',
				type: 'image/png',
				purpose: 'maskable'
			}
		],
		screenshots: [
			{
				src: '/screenshots/narrow.png',
				sizes: '540x1170',
				type: 'image/png',
				form_factor: 'narrow',
				label: 'An article in Folio on a phone'
			},
			{
				src: '/screenshots/wide.png',
				sizes: '1280x800',
				type: 'image/png',
				form_factor: 'wide',
				label: 'The Folio library on a wide screen'
			}
		]
	},
	workbox: {
		// 6. Fonts and icons too; the .br/.gz copies are the server's business, not the cache's.
		globPatterns: [
			'client/**/*.{js,css,woff2,svg,png,ico,json,webmanifest}',
			// The search index (scripts/plugins/search-index.js): its fixed files here, its chunks added by
			// offline-manifest.js when the whole library is precached.
			'client/pagefind/**/*.{pagefind,pf_meta,pf_index,pf_filter,pf_fragment}',
			'prerendered/**/*.{html,json}'
		],
		// Left out on purpose (scripts/steps/check-precache.js knows these): install screenshots serve
		// only the install sheet, online; 404.html is for servers, and offline an unknown
		// address gets the offline page instead.
		globIgnores: [
			'client/screenshots/**',
			'prerendered/pages/404.html',
			// The whole library's index, fetched online by "Save all for offline".
			'prerendered/pages/articles.json',
			// The list of the search index's files, fetched online by Save all too.
			`client/${searchFolder}/${searchFilesName}`,
			// The files that grow with the library (scripts/plugins/precache-growing.js): hashing them all
			// took 21 s at 20,000 articles, to keep 50. The manifest transform adds those it keeps.
			...growingGlobIgnores
		],
		// 4. No navigation fallback to the home page: unknown pages go to the network, and
		// offline to the prerendered offline page.
		navigateFallback: null,
		// Articles beyond the precached newest ones (scripts/plugins/offline-manifest.js) are kept in
		// the "folio-articles" cache when opened online, or saved all at once from the Offline
		// panel; network first, so an open article is always the current one.
		runtimeCaching: [
			{
				urlPattern: ({ request, url }) =>
					request.mode === 'navigate' && /^\/articles\/[^/]+\/$/.test(url.pathname),
				handler: 'NetworkFirst',
				options: {
					cacheName: 'folio-articles',
					networkTimeoutSeconds: 5,
					precacheFallback: { fallbackURL: '/offline/' }
				}
			},
			{
				// The page's data, and its sentences for the player (listen.json).
				urlPattern: ({ url }) => /^\/articles\/[^/]+\/(?:__data|listen)\.json$/.test(url.pathname),
				handler: 'NetworkFirst',
				options: {
					cacheName: 'folio-articles',
					networkTimeoutSeconds: 5,
					// Kit adds x-sveltekit-* parameters; a saved article answers whatever they say.
					matchOptions: { ignoreSearch: true }
				}
			},
			{
				// The search index's chunks that are not precached (a library larger than the
				// precache): kept when a search online uses them, or all at once by Save all. Their
				// names are hashes of their contents, so a stored one is never stale.
				urlPattern: ({ url }) =>
					/^\/pagefind\/(?:part-\d+\/)?(?:index|filter|fragment)\//.test(url.pathname),
				handler: 'CacheFirst',
				options: { cacheName: 'folio-search' }
			},
			// Articles' images: kept as pages load them, and any width of one offline.
			imageCaching,
			{
				urlPattern: ({ request }) => request.mode === 'navigate',
				handler: 'NetworkOnly',
				options: { precacheFallback: { fallbackURL: '/offline/' } }
			}
		],
		// 2. SvelteKit's own query parameters must not defeat the precache lookup.
		ignoreURLParametersMatching: [
			/^utm_/,
			/^fbclid$/,
			/^x-sveltekit-invalidated$/,
			/^x-sveltekit-trailing-slash$/,
			// Pagefind asks for its entry file with ?ts=<now>, to get past HTTP caches; the
			// precache holds the entry of this very build, whatever the parameter says.
			/^ts$/,
			// The search page's own parameters (src/lib/search/search-url.ts): offline, /search/?q=…
			// is the precached /search/, which reads them itself.
			/^q$/,
			/^lang$/,
			/^sort$/
		],
		// Kit's URLs, the newest articles only, and the record of it all (offline-manifest.js).
		manifestTransforms: [precacheManifest],
		// 9. The default limit (2 MiB) stays: the check in scripts/steps/check-precache.js fails the
		// build when a file is left out for any reason.
		maximumFileSizeToCacheInBytes: maximumFileSize,
		cleanupOutdatedCaches: true,
		// Prompt-based updates: a new worker waits until the reader accepts. Claiming clients
		// is safe with that (a worker only activates on first install or after consent) and
		// makes a first visit work offline at once, client-side navigation included.
		skipWaiting: false,
		clientsClaim: true,
		sourcemap: false
	},
	devOptions: { enabled: false }
};
