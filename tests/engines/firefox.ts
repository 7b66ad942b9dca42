import puppeteer from 'puppeteer-core';
import { providedBy } from '../setup/test-packages.js';
import { type OpenOptions, phone, watchPage } from './driver';
import { type LibraryPage, PageDriver } from './page-driver';

/**
 * Firefox (Debian's ESR) through WebDriver BiDi with puppeteer-core: Playwright 1.65's BiDi
 * channel fails on this Firefox at its first command. Each driver is a fresh profile.
 */
export async function openFirefox({ baseURL, env }: OpenOptions): Promise<PageDriver> {
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: providedBy('firefox-esr'),
		headless: true,
		env: env ?? (process.env as Record<string, string>)
	});
	try {
		const page = await browser.newPage();
		await page.setViewport(phone);
		await page.evaluateOnNewDocument(watchPage);
		// puppeteer types `on` generically; its pageerror and console events are the ones named.
		return new PageDriver('firefox', page as unknown as LibraryPage, baseURL, () =>
			browser.close()
		);
	} catch (error) {
		await browser.close();
		throw error;
	}
}
