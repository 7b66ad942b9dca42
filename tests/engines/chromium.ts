import { chromium } from '@playwright/test';
import { chromiumPath } from '../../scripts/browser-path.js';
import { phone, watchPage } from './driver';
import { PageDriver } from './page-driver';

/**
 * Chromium through Playwright, for the same journeys as the other engines (Chromium also keeps
 * its full suite). A browser of its own, so it can be given the speech engine's environment.
 */
export async function openChromium({
	baseURL,
	env
}: {
	baseURL: string;
	env?: Record<string, string>;
}): Promise<PageDriver> {
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		env,
		args: [
			'--no-sandbox',
			'--disable-dev-shm-usage',
			'--disable-background-networking',
			'--disable-component-update',
			'--enable-speech-dispatcher'
		]
	});
	try {
		const context = await browser.newContext({ viewport: phone });
		await context.addInitScript(watchPage);
		const page = await context.newPage();
		return new PageDriver(
			'chromium',
			{
				goto: (url) => page.goto(url),
				reload: () => page.reload(),
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
