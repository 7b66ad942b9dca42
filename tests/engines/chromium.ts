import { chromium } from '@playwright/test';
import { quietChromiumArgs, testChromiumPath } from '../setup/browser-path.js';
import { launchSpeakingChromium } from '../support/real-speech';
import { type OpenOptions, phone, watchPage } from './driver';
import { PageDriver } from './page-driver';

/**
 * Chromium through Playwright, for the same journeys as the other engines (Chromium also keeps
 * its full suite). A browser of its own: for a journey with real speech, the full browser with
 * the speech engine's environment; otherwise the headless shell the suite runs in.
 */
export async function openChromium({ baseURL, env }: OpenOptions): Promise<PageDriver> {
	const browser = env
		? await launchSpeakingChromium(env)
		: await chromium.launch({ executablePath: testChromiumPath(), args: quietChromiumArgs });
	try {
		const context = await browser.newContext({ viewport: phone });
		await context.addInitScript(watchPage);
		const page = await context.newPage();
		return new PageDriver('chromium', page, baseURL, () => browser.close());
	} catch (error) {
		await browser.close();
		throw error;
	}
}
