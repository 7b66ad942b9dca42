import puppeteer, { type Browser } from 'puppeteer-core';
import { providedBy } from '../setup/test-packages.js';
import { type OpenOptions, phone, watchPage } from './driver';
import { type LibraryPage, PageDriver } from './page-driver';

/**
 * Firefox (Debian's ESR) through WebDriver BiDi with puppeteer-core: Playwright 1.65's BiDi
 * channel fails on this Firefox at its first command. `env` is the environment of its speech
 * engine's audio server.
 */
export function launchFirefox(env?: Record<string, string>): Promise<Browser> {
	return puppeteer.launch({
		browser: 'firefox',
		executablePath: providedBy('firefox-esr'),
		headless: true,
		env: env ?? (process.env as Record<string, string>)
	});
}

/**
 * A driver with fresh storage. A journey with real speech gets a Firefox of its own, launched
 * with the speech engine's environment; any other gets a new user context (its own storage,
 * service workers and caches) in the worker's one Firefox, `shared`: a launch takes about 4 s
 * here, a context a tenth of that.
 */
export async function openFirefox({
	baseURL,
	env,
	shared
}: OpenOptions & { shared: () => Promise<Browser> }): Promise<PageDriver> {
	const own = env ? await launchFirefox(env) : undefined;
	const context = own ? undefined : await (await shared()).createBrowserContext();
	const close = async () => {
		await context?.close();
		await own?.close();
	};
	try {
		const page = await (context ?? own!).newPage();
		await page.setViewport(phone);
		await page.evaluateOnNewDocument(watchPage);
		// puppeteer types `on` generically; its pageerror and console events are the ones named.
		return new PageDriver('firefox', page as unknown as LibraryPage, baseURL, close);
	} catch (error) {
		await close();
		throw error;
	}
}
