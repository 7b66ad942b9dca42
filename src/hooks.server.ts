import type { Handle } from '@sveltejs/kit';

/**
 * Put the pre-paint settings script (src/lib/settings/pre-paint.js) into app.html. Its text
 * comes through vite.config.ts's `define`, untouched by Vite, so it matches its hash in the CSP.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%folio.prePaint%', `<script>${__FOLIO_PRE_PAINT__}</script>`)
	});
