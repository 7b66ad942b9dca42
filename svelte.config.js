import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { kitAnnouncerStyleHash, sha256Source } from './scripts/csp-hashes.js';
import { sourceHash } from './scripts/source-hash.js';
import { prePaintScript } from './src/lib/settings/pre-paint.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Precompressed .br and .gz copies, which scripts/serve.js (and most static hosts) send.
		adapter: adapter({ fallback: undefined, strict: true, precompress: true }),
		// Identical sources give identical output (see scripts/source-hash.js).
		version: { name: sourceHash() },
		serviceWorker: { register: false },
		// Absolute asset paths: the same HTML works at any depth, and the service worker's
		// precache URLs match what pages request.
		paths: { relative: false },
		// Inline all CSS into the HTML, so the first paint needs no request beyond the page.
		inlineStyleThreshold: 16 * 1024,
		// A strict policy: nothing from other origins, no inline script or style but what Kit
		// hashes. Prerendered pages carry it as a <meta> tag.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// The pre-paint settings script (src/app.html), by the hash of its exact text.
				'script-src': ['self', sha256Source(prePaintScript)],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', kitAnnouncerStyleHash()],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'media-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleUnseenRoutes: 'fail'
		}
	}
};

export default config;
