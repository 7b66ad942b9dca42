import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { pwaOptions, withOfflineManifest } from './scripts/pwa-options.js';

const pwa = SvelteKitPWA(pwaOptions);
withOfflineManifest(pwaOptions);

export default defineConfig({
	plugins: [sveltekit(), pwa],
	// The PWA step runs after the bundle by design; rolldown's timing warning is noise here.
	build: { rolldownOptions: { checks: { pluginTimings: false } } },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
