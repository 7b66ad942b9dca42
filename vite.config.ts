import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { pwaOptions, withOfflineManifest } from './scripts/pwa-options.js';

const pwa = SvelteKitPWA(pwaOptions);
withOfflineManifest(pwaOptions);

// The pre-paint settings script exactly as svelte.config.js hashes it for the CSP: loaded by
// Node itself (a computed URL is not bundled), since Vite's transform would change its text.
const prePaintModule = new URL('./src/lib/settings/pre-paint.js', import.meta.url).href;
const { prePaintScript } = await import(/* @vite-ignore */ prePaintModule);

export default defineConfig({
	plugins: [sveltekit(), pwa],
	define: { __FOLIO_PRE_PAINT__: JSON.stringify(prePaintScript) },
	// The PWA step runs after the bundle by design; rolldown's timing warning is noise here.
	build: { modulePreload: false, rolldownOptions: { checks: { pluginTimings: false } } },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
