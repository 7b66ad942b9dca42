// Every icon is generated from static/icon.svg by `npm run icons` (@vite-pwa/assets-generator):
// 64/192/512 "any", a padded 512 maskable, the 180 apple-touch-icon and favicon.ico.
import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

export default defineConfig({
	headLinkOptions: { preset: '2023' },
	preset: {
		...minimal2023Preset,
		maskable: { ...minimal2023Preset.maskable, resizeOptions: { background: '#1f4fa3' } },
		apple: { ...minimal2023Preset.apple, resizeOptions: { background: '#1f4fa3' } }
	},
	images: ['static/icon.svg']
});
