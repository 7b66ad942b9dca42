import type { Handle } from '@sveltejs/kit';
import { readFileSync } from 'node:fs';
import { building } from '$app/environment';
import {
	firstTapSources,
	holdKitStart,
	modulesOf,
	type ClientManifest
} from '$lib/server/boot/hold-kit-start';

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

/**
 * Put the two inline scripts into app.html: the pre-paint settings script
 * (src/lib/settings/pre-paint.js) and the start of the app after the first paint
 * (src/lib/boot/start-after-paint.js). Their texts come through vite.config.ts's `define`,
 * untouched by Vite, so they match their hashes in the CSP (svelte.config.js). Kit's own boot
 * script waits for the second (src/lib/server/boot/hold-kit-start.ts).
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			holdKitStart(
				html
					.replace('%folio.prePaint%', () => `<script>${__FOLIO_PRE_PAINT__}</script>`)
					.replace(
						'%folio.startAfterPaint%',
						() => `<script>${__FOLIO_START_AFTER_PAINT__}</script>`
					),
				firstTap()
			)
	});
