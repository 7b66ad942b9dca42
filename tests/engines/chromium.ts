import type { Browser } from '@playwright/test';
import { launchSpeakingChromium } from '../support/real-speech';
import { type OpenOptions, phone, watchPage } from './driver';
import { PageDriver } from './page-driver';

/**
 * Chromium through Playwright, for the same journeys as the other engines (Chromium also keeps
 * its full suite). A journey with real speech gets the full browser of its own, with the speech
 * engine's environment; any other a new context (fresh storage) in the headless shell the worker
 * runs the suite in, `shared`.
 */
export async function openChromium({
	baseURL,
	env,
	shared
}: OpenOptions & { shared: Browser }): Promise<PageDriver> {
	const own = env ? await launchSpeakingChromium(env) : undefined;
	const context = await (own ?? shared).newContext({ viewport: phone });
	const close = async () => {
		await context.close();
		await own?.close();
	};
	try {
		await context.addInitScript(watchPage);
		const page = await context.newPage();
		return new PageDriver('chromium', page, baseURL, close);
	} catch (error) {
		await close();
		throw error;
	}
}
