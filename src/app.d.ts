// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}

	/** The pre-paint settings script's text, defined in vite.config.ts (server code only). */
	const __FOLIO_PRE_PAINT__: string;
	/** The start-after-paint script's text (src/lib/boot/start-after-paint.js), likewise. */
	const __FOLIO_START_AFTER_PAINT__: string;
}

export {};
