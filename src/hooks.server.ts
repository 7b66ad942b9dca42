import type { Handle } from '@sveltejs/kit';
import { deferHydration } from '$lib/server/defer-hydration';

/**
 * Put the pre-paint settings script (src/lib/settings/pre-paint.js) into app.html. Its text
 * comes through vite.config.ts's `define`, untouched by Vite, so it matches its hash in the CSP.
 * Then start the app only after the page has loaded (src/lib/server/defer-hydration.ts).
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			deferHydration(
				html.replace('%folio.prePaint%', () => `<script>${__FOLIO_PRE_PAINT__}</script>`)
			)
	});
