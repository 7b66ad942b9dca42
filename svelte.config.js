import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { kitAnnouncerStyle, sha256Source } from './scripts/plugins/csp-hashes.js';
import { sourceHash } from './scripts/plugins/source-hash.js';
import adapter from './scripts/plugins/static-adapter.js';
import { startAfterPaintScript } from './src/lib/boot/start-after-paint.js';
import { prePaintScript } from './src/lib/settings/pre-paint.js';

const buildDir = process.env.FOLIO_BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Precompressed .br and .gz copies come from scripts/steps/precompress.js (a few files at a
		// time: the adapter's own opens them all at once and fails on thousands of articles).
		// FOLIO_BUILD_DIR lets the update tests build a second version beside the first.
		// adapter-static, but linking the build's files into place (scripts/plugins/static-adapter.js).
		adapter: adapter({
			pages: buildDir,
			assets: buildDir,
			fallback: undefined,
			strict: true,
			precompress: false
		}),
		// Identical sources give identical output (see scripts/plugins/source-hash.js).
		// FOLIO_VERSION_SUFFIX marks a deliberately different build (the update tests' v2).
		version: { name: sourceHash() + (process.env.FOLIO_VERSION_SUFFIX ?? '') },
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
				// The two inline scripts of src/app.html, by the hashes of their exact texts: the
				// pre-paint settings and the start after the paint. (Kit adds its boot script's.)
				'script-src': ['self', sha256Source(prePaintScript), sha256Source(startAfterPaintScript)],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', sha256Source(kitAnnouncerStyle)],
				'img-src': ['self'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				// The keep-audible tone is made in the page (src/lib/speech/keep-audible.ts).
				'media-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			// Linked from no page (or only from <head>): name them so they are prerendered too.
			entries: ['*', '/articles.json', '/feed.xml', '/sitemap.xml', '/robots.txt'],
			// Articles' images are put in the site after Vite (scripts/steps/place-images.ts, from
			// the record of what the image step made): not there yet while Kit follows the links.
			handleHttpError: ({ path, status, message }) => {
				if (status === 404 && /^\/images\/[0-9a-f]{16}(?:-\d+)?\.\w+$/.test(path)) return;
				throw new Error(message);
			},
			handleMissingId: 'fail',
			// Library page 2 and on exist only once the library outgrows page 1.
			handleUnseenRoutes: ({ routes }) => {
				const unexpected = routes.filter((route) => route !== '/page/[n]');
				if (unexpected.length)
					throw new Error(`Routes never prerendered: ${unexpected.join(', ')}`);
			}
		}
	}
};

export default config;
