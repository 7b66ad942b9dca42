import { expect, type BrowserContext, type Page } from '@playwright/test';
import type { SiteServer } from './static-server';

/**
 * Wait until a service worker is active for the page's origin and controls the page.
 *
 * A page whose document was still loading when the first worker activated can miss the
 * worker's clients.claim() (Chromium claims only documents that are ready), and then stays
 * uncontrolled for its life; this happened once in CI on a loaded machine, after a reload
 * during the worker's install. A reader's next load of the page is controlled, so that is what
 * the helper does then: it reloads once and requires control.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
	const controlled = await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		const worker = registration.active;
		if (worker && worker.state !== 'activated') {
			await new Promise<void>((resolve) => {
				worker.addEventListener('statechange', () => {
					if (worker.state === 'activated') resolve();
				});
			});
		}
		if (navigator.serviceWorker.controller) return true;
		// An activated worker claims pages as it activates: give that a moment to arrive.
		return new Promise<boolean>((resolve) => {
			navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true), {
				once: true
			});
			setTimeout(() => resolve(Boolean(navigator.serviceWorker.controller)), 5_000);
		});
	});
	if (controlled) return;
	await page.reload();
	await expect
		.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
		.toBe(true);
}

/**
 * Take the network away as a plane does: stop the server (setOffline alone does not cover the
 * worker's own requests) and tell the browser it is offline (navigator.onLine).
 */
export async function goOffline(context: BrowserContext, server: SiteServer): Promise<void> {
	await server.stop();
	await context.setOffline(true);
}

/** Bring the network back, optionally serving another build at the same address. */
export async function goOnline(
	context: BrowserContext,
	server: SiteServer,
	dir?: string
): Promise<void> {
	await server.resume(dir);
	await context.setOffline(false);
}
