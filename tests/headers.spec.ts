// The host policy on Folio's own server (scripts/tools/serve.js: npm start and every browser test),
// checked as on nginx (tests/nginx.spec.ts): the same checks, written out in
// tests/support/host-checks.ts.
import { expect, test } from './support/fixtures';
import {
	checkHeaders,
	checkNotFound,
	checkPrecompressed,
	checkTrailingSlash
} from './support/host-checks';

test('every kind of file carries the header policy', async ({ site }) => {
	await checkHeaders(site.url);
});

test('the .br and .gz copies are served to readers that accept them, with Vary', async ({
	site
}) => {
	await checkPrecompressed(site.url);
});

test('misses get the 404 page with short-lived headers, and _headers itself is not served', async ({
	site
}) => {
	await checkNotFound(site.url);
});

test('a folder without its slash is redirected to it, with the policy', async ({ site }) => {
	await checkTrailingSlash(site.url);
});

test('the page refuses to be framed', async ({ page }) => {
	await page.goto('/');
	const response = await page.request.get('/');
	expect(response.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
	const framed = await page.evaluate(
		() =>
			new Promise<string>((resolve) => {
				const frame = document.createElement('iframe');
				frame.src = '/';
				frame.onload = () => {
					try {
						resolve(frame.contentDocument?.querySelector('h1')?.textContent ?? 'blocked');
					} catch {
						resolve('blocked');
					}
				};
				document.body.append(frame);
			})
	);
	expect(framed).toBe('blocked');
});
