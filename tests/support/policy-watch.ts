import type { Page } from '@playwright/test';

/**
 * Record, for the life of `page`, every Content Security Policy violation the page reports and
 * every request that leaves the site's origin.
 */
export async function watchPolicy(page: Page, origin: string) {
	const foreignRequests: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
			foreignRequests.push(url);
		}
	});
	await page.addInitScript(() => {
		const violations: string[] = [];
		(window as unknown as { __violations: string[] }).__violations = violations;
		document.addEventListener('securitypolicyviolation', (event) => {
			violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
		});
	});
	return {
		foreignRequests,
		/** Violations reported in the current document. */
		violations: () =>
			page.evaluate(() => (window as unknown as { __violations: string[] }).__violations ?? [])
	};
}
