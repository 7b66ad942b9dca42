import puppeteer from 'puppeteer-core';
import { providedBy } from '../../scripts/test-packages.js';
import { phone, watchPage } from './driver';
import { PageDriver } from './page-driver';

/**
 * Firefox (Debian's ESR) through WebDriver BiDi with puppeteer-core: Playwright 1.65's BiDi
 * channel fails on this Firefox at its first command. Each driver is a fresh profile.
 */
export async function openFirefox({
	baseURL,
	env
}: {
	baseURL: string;
	/** The environment of the speech engine's audio server (tests/support/real-speech.ts). */
	env?: Record<string, string>;
}): Promise<PageDriver> {
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
		return new PageDriver(
			'firefox',
			{
				goto: (url) => page.goto(url, { waitUntil: 'load' }),
				reload: () => page.reload({ waitUntil: 'load' }),
				click: (selector) => page.click(selector),
				press: (key) => page.keyboard.press(key as never),
				evaluate: (fn, arg) => page.evaluate(fn, arg),
				onProblem(note) {
					page.on('pageerror', (error) =>
						note(`${new URL(page.url()).pathname}: page error: ${String(error)}`)
					);
					page.on('console', (message) => {
						if (message.type() === 'error')
							note(`${new URL(page.url()).pathname}: console error: ${message.text()}`);
					});
				},
				close: () => browser.close()
			},
			baseURL
		);
	} catch (error) {
		await browser.close();
		throw error;
	}
}
