import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { precompressPagesPlugin } from './scripts/plugins/precompress-pages.js';
import { pwaOptions } from './scripts/plugins/pwa-options.js';
import { searchIndexPlugin } from './scripts/plugins/search-index.js';

// The two inline scripts exactly as svelte.config.js hashes them for the CSP: loaded by Node
// itself (a computed URL is not bundled), since Vite's transform would change their text.
const inlineModule = (path: string) =>
	import(/* @vite-ignore */ new URL(path, import.meta.url).href);
const { prePaintScript } = await inlineModule('./src/lib/settings/pre-paint.js');
const { startAfterPaintScript } = await inlineModule('./src/lib/boot/start-after-paint.js');

const [startPrecompressing, finishPrecompressing] = precompressPagesPlugin();

export default defineConfig({
	// The search index is made after prerendering and before the service worker, which precaches
	// it. The prerendered files are compressed as Kit writes them, and done before the adapter.
	plugins: [
		sveltekit(),
		startPrecompressing,
		searchIndexPlugin(),
		SvelteKitPWA(pwaOptions),
		finishPrecompressing
	],
	define: {
		__FOLIO_PRE_PAINT__: JSON.stringify(prePaintScript),
		__FOLIO_START_AFTER_PAINT__: JSON.stringify(startAfterPaintScript)
	},
	build: {
		// Kit's module preloads are asked for after the first paint (src/lib/boot); Vite's
		// helper would append more during hydration.
		modulePreload: false,
		rolldownOptions: {
			// The PWA step runs after the bundle by design; rolldown's timing warning is noise.
			checks: { pluginTimings: false },
			// Code used by three or more chunks goes into one shared chunk: the article starts
			// with 11 modules instead of 19 (a phone on HTTP/1.1 fetches 6 at a time, so this is
			// two round trips instead of four) and 45.1 KB instead of 45.8 KB. Only code reachable
			// at startup ($initial) goes in: lazy code shared by three lazy chunks (the player, the
			// library's Up next, the article's end tools) stays out, so startup bytes do not grow
			// (Up next put 386 B more up front on the article without this).
			// Kept out of it: code that three chunks share but an article never starts with. The
			// library's and search's (the library, its later pages and /search/ start with it), and
			// the offline pack's reader (the /offline/ page starts with it; elsewhere it loads when
			// the offline status is first checked). In the shared chunk the article would load
			// 1 KB more.
			output: {
				codeSplitting: {
					groups: [
						{
							name: 'shared',
							minShareCount: 3,
							tags: ['$initial'],
							test: (id) => !/\/src\/lib\/(?:library\/|search\/|offline\/precache\.ts)/.test(id)
						}
					]
				}
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/setup/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
