// Time from a first visit to "Saved for offline", in a fresh browser profile on localhost.
import { chromium } from '@playwright/test';
import { chromiumPath } from '../../tests/setup/browser-path.js';

export async function timeToSavedForOffline(url: string): Promise<number> {
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking']
	});
	try {
		const page = await browser.newPage();
		const start = Date.now();
		await page.goto(url);
		await page.getByRole('button', { name: 'Saved for offline' }).waitFor({ timeout: 60_000 });
		return Date.now() - start;
	} finally {
		await browser.close();
	}
}
