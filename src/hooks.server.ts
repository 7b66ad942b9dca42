import type { Handle } from '@sveltejs/kit';
import { readFileSync } from 'node:fs';
import { building } from '$app/environment';
import {
	firstTapSources,
	holdKitStart,
	modulesOf,
	type ClientManifest
} from '$lib/server/boot/hold-kit-start';
import { getArticle } from '$lib/server/content';
import { prerenderTurns } from '$lib/server/prerender-turns';
import { allowWebAssembly, searchingRoutes } from '$lib/server/search/search-csp';
import { markForSearch } from '$lib/server/search/search-marks';

/**
 * The first-tap modules, from Vite's client manifest (written before Kit prerenders). Read once,
 * at build time; `vite dev` has no such manifest and needs none.
 */
let firstTapModules: string[] | undefined;
function firstTap(): string[] {
	if (!building) return [];
	firstTapModules ??= modulesOf(
		JSON.parse(
			readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
		) as ClientManifest,
		firstTapSources
	);
	return firstTapModules;
}

/** Lets memory go while prerendering (src/lib/server/prerender-turns.ts). */
const prerenderTurn = prerenderTurns();

/**
 * Put the two inline scripts into app.html: the pre-paint settings script
 * (src/lib/settings/pre-paint.js) and the start of the app after the first paint
 * (src/lib/boot/start-after-paint.js). Their texts come through vite.config.ts's `define`,
 * untouched by Vite, so they match their hashes in the CSP (svelte.config.js). Kit's own boot
 * script waits for the second (src/lib/server/boot/hold-kit-start.ts). Pages that search may
 * also run WebAssembly (src/lib/server/search/search-csp.ts); article pages get the marks of
 * what search indexes (src/lib/server/search/search-marks.ts).
 */
export const handle: Handle = async ({ event, resolve }) => {
	if (building) await prerenderTurn();
	const searches = building && searchingRoutes.has(event.route.id ?? '');
	const article =
		building && event.route.id === '/articles/[slug]' && event.params.slug
			? getArticle(event.params.slug)
			: undefined;
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = holdKitStart(
				html
					.replace('%folio.prePaint%', () => `<script>${__FOLIO_PRE_PAINT__}</script>`)
					.replace(
						'%folio.startAfterPaint%',
						() => `<script>${__FOLIO_START_AFTER_PAINT__}</script>`
					),
				firstTap()
			);
			if (article) return markForSearch(page, article);
			return searches ? allowWebAssembly(page) : page;
		}
	});
};
