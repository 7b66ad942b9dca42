import { expect, firstArticle, test } from './support/fixtures';
import { watchPolicy } from './support/policy-watch';
import { kitAnnouncerStyle, sha256Source } from '../scripts/plugins/csp-hashes.js';
import { hydrated, openPanel, storeSettings } from './support/settings';

test('pages ship a strict CSP, break none of it, and ask nothing of other origins', async ({
	page,
	site
}) => {
	const watch = await watchPolicy(page, site.url);
	for (const path of ['/', firstArticle, '/no-such-page/']) {
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible();
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(policy).toContain("default-src 'self'");
		expect(policy).toContain("object-src 'none'");
		expect(policy).not.toContain('unsafe-inline');
		// WebAssembly for search, on the library only (tests/search.spec.ts checks every page).
		expect(policy?.includes("'wasm-unsafe-eval'")).toBe(path === '/');
		expect(policy?.replace("'wasm-unsafe-eval'", '')).not.toContain('unsafe-eval');
		expect(await watch.violations()).toEqual([]);
	}
	expect(watch.foreignRequests).toEqual([]);
});

test('the settings panel and saved settings break no CSP in any state', async ({ page, site }) => {
	const watch = await watchPolicy(page, site.url);
	await page.goto(firstArticle);
	await storeSettings(page, { theme: 'custom', font: 'mono', fontSize: 30, align: 'justify' });
	await hydrated(page);
	await expect(page.locator('html')).toHaveAttribute('data-folio-theme', 'custom');
	const panel = await openPanel(page);
	await panel.getByLabel('Background colour').fill('#203040');
	await panel.getByLabel('Atkinson Hyperlegible (sans)').check();
	await panel.getByRole('slider', { name: 'Letter spacing' }).fill('0.06');
	for (const theme of ['Sepia', 'Gray', 'Black', 'High contrast']) {
		await panel.getByLabel(theme).check();
	}
	await expect(page.locator('article > p[id]').first()).toHaveCSS(
		'font-family',
		/^"Atkinson Hyperlegible"/
	);
	expect(await watch.violations()).toEqual([]);
	await page.keyboard.press('Escape');
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-folio-theme', 'contrast');
	expect(await watch.violations()).toEqual([]);
	expect(watch.foreignRequests).toEqual([]);
});

test('the one inline style attribute the policy allows is the one Kit’s announcer really has', async ({
	page
}) => {
	await page.goto('/');
	await hydrated(page);
	const style = await page.locator('#svelte-announcer').getAttribute('style');
	expect(style).toBe(kitAnnouncerStyle);
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(policy).toContain(`style-src-attr 'unsafe-hashes' ${sha256Source(style ?? '')}`);
});
