import type { BrowserContext, Page } from '@playwright/test';
import type { StaticServer } from './static-server';

/** Wait until a service worker is active for the page's origin and controls the page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		const worker = registration.active;
		if (worker && worker.state !== 'activated') {
			await new Promise<void>((resolve) => {
				worker.addEventListener('statechange', () => {
					if (worker.state === 'activated') resolve();
				});
			});
		}
		if (!navigator.serviceWorker.controller) {
			await new Promise<void>((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
					once: true
				})
			);
		}
	});
}

/**
 * Take the network away as a plane does: stop the server (setOffline alone does not cover the
 * worker's own requests) and tell the browser it is offline (navigator.onLine).
 */
export async function goOffline(context: BrowserContext, server: StaticServer): Promise<void> {
	await server.stop();
	await context.setOffline(true);
}

/** Bring the network back, optionally serving another build at the same address. */
export async function goOnline(
	context: BrowserContext,
	server: StaticServer,
	dir?: string
): Promise<void> {
	await server.resume(dir);
	await context.setOffline(false);
}
