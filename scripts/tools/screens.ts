// npm run screens: PNGs of every page and state of the layout check (tests/support/
// layout-states.ts) at 390 and 1440 px, light and dark, into .tmp/screens/ (ignored by git),
// from the built site. Look at them as a reader would before a change lands.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../../tests/setup/browser-path.js';
import { fakeVoices, installFakeSpeech } from '../../tests/support/fake-speech.ts';
import { buildPictureSite, pictureBuildDir } from '../../tests/support/global-setup.ts';
import { states } from '../../tests/support/layout-states.ts';
import { hydrated } from '../../tests/support/settings.ts';
import { StaticServer } from '../../tests/support/static-server.ts';

const out = join(import.meta.dirname, '..', '..', '.tmp', 'screens');
mkdirSync(out, { recursive: true });
const site = await StaticServer.start();
// The library with pictures, built as the browser tests build it (when not built already).
await buildPictureSite();
const pictures = await StaticServer.start(pictureBuildDir);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
try {
	for (const width of [390, 1440]) {
		for (const scheme of ['light', 'dark'] as const) {
			// A fresh context per state: a page saves its place as it is left, which would
			// otherwise show "Continued where you left off" in the next state's screen.
			for (const state of states) {
				const context = await browser.newContext({
					baseURL: site.url,
					viewport: { width, height: width < 700 ? 844 : 900 },
					colorScheme: scheme,
					reducedMotion: 'reduce'
				});
				const page = await context.newPage();
				await installFakeSpeech(page, { voices: fakeVoices });
				await page.goto(state.build ? `${pictures.url}${state.path}` : state.path);
				await hydrated(page);
				await page.evaluate(() => document.fonts.ready);
				await state.show?.(page);
				const name = state.name
					.replace(/[^a-z0-9]+/gi, '-')
					.replace(/^-|-$/g, '')
					.toLowerCase();
				await page.screenshot({ path: join(out, `${name}-${width}-${scheme}.png`) });
				await context.close();
			}
		}
	}
	console.log(`screens: ${states.length * 4} PNGs in ${out}`);
} finally {
	await browser.close();
	await site.stop();
	await pictures.stop();
}
