import { launchSpeakingChromium } from '../support/real-speech';
import { type OpenOptions, phone, watchPage } from './driver';
import { PageDriver } from './page-driver';

/**
 * Chromium through Playwright, for the same journeys as the other engines (Chromium also keeps
 * its full suite). A browser of its own, so it can be given the speech engine's environment.
 */
export async function openChromium({ baseURL, env }: OpenOptions): Promise<PageDriver> {
	const browser = await launchSpeakingChromium(env);
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
