// Makes the web app manifest's install-sheet screenshots from the real, built app:
//   npm run build && npm run screenshots
// Writes static/screenshots/narrow.png (540x1170, an article on a phone) and wide.png
// (1280x800, the library), the sizes scripts/plugins/pwa-options.js declares.
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { StaticServer } from '../../tests/support/static-server.ts';
import { chromiumPath } from '../../tests/setup/browser-path.js';

const out = join(import.meta.dirname, '..', '..', 'static', 'screenshots');
const shots = [
	{
		file: 'narrow.png',
		path: '/articles/us-ukraine-florida-talks/',
		width: 540,
		height: 1170,
		scale: 1
	},
	{ file: 'wide.png', path: '/', width: 1280, height: 800, scale: 1 }
];

const server = await StaticServer.start();
const browser = await chromium.launch({
	executablePath: chromiumPath(),
	args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking']
});
try {
	for (const shot of shots) {
		const page = await browser.newPage({
			viewport: { width: shot.width, height: shot.height },
			deviceScaleFactor: shot.scale,
			colorScheme: 'light'
		});
		// Shown as a returning reader sees it: saved for offline, fonts from the cache.
		await page.goto(server.url + shot.path);
		await page.getByRole('button', { name: 'Saved for offline' }).waitFor();
		await page.reload();
		await page.getByRole('button', { name: 'Saved for offline' }).waitFor();
		await page.evaluate(() => document.fonts.ready);
		await page.screenshot({ path: join(out, shot.file) });
		await page.close();
		console.log(`screenshots: wrote static/screenshots/${shot.file}`);
	}
} finally {
	await browser.close();
	await server.stop();
}
