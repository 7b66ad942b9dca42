import { gzipSync } from 'node:zlib';
import type { Request } from '@playwright/test';
import { expect, firstArticle, test } from './support/fixtures';
import { hydrated, openPanel } from './support/settings';

test('the panel code is not up front: it comes after the app, at low priority, ready for a first tap; the article keeps its up-front JS under 45 KB gzipped', async ({
	page
}) => {
	// Up front: the scripts requested before the page's load event. The app, the first-tap
	// code (src/lib/server/boot) and anything else deliberately deferred start after it.
	const scripts: Request[] = [];
	let loaded = false;
	page.once('load', () => (loaded = true));
	page.on('request', (request) => {
		if (!loaded && request.resourceType() === 'script') scripts.push(request);
	});
	const panelCode = page.waitForResponse(
		async (response) =>
			response.url().endsWith('.js') && (await response.text()).includes('Reset text layout')
	);
	await page.goto(firstArticle);
	await hydrated(page);
	const upFront = await Promise.all(
		scripts.map(async (request) => (await request.response())?.text() ?? '')
	);
	const gzipped = upFront.reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0);
	test.info().annotations.push({ type: 'js', description: `${gzipped} bytes gzipped up front` });
	expect(gzipped).toBeLessThan(45 * 1024);
	expect(upFront.some((text) => text.includes('Reset text layout'))).toBe(false);

	// Asked for after the page loaded, below the app's own modules, and not evaluated until
	// the panel opens: opening it then needs no request.
	const panel = (await panelCode).request();
	expect(scripts).not.toContain(panel);
	const preload = await page.evaluate(
		(url) =>
			[...document.querySelectorAll('link[rel="modulepreload"]')]
				.find((link) => (link as HTMLLinkElement).href === url)
				?.getAttribute('fetchpriority'),
		panel.url()
	);
	expect(preload).toBe('low');
	// Once what the page loads by itself has come (the reading tools, Up next's buttons), opening
	// the panel asks for nothing more.
	await page.waitForLoadState('networkidle');
	const later: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') later.push(request.url());
	});
	await openPanel(page);
	expect(later).toEqual([]);
});

test('no face is preloaded; another than Literata loads only when chosen', async ({ page }) => {
	const fonts: string[] = [];
	page.on('request', (request) => {
		if (request.url().endsWith('.woff2')) fonts.push(request.url());
	});
	await page.goto(firstArticle);
	await hydrated(page);
	await page.evaluate(() => document.fonts.ready);
	// Nothing waits for a font before the first paint (tests/reading-face.spec.ts).
	await expect(page.locator('link[rel="preload"][as="font"]')).toHaveCount(0);
	expect(fonts.filter((url) => !url.includes('literata'))).toEqual([]);

	const panel = await openPanel(page);
	await panel.getByLabel('Lexend (easier reading)').check();
	await expect(page.locator('article > p[id]').first()).toHaveCSS('font-family', /^Lexend/);
	expect(await page.evaluate(() => document.fonts.check('400 20px Lexend'))).toBe(true);
	expect(
		fonts.filter((url) => !url.includes('literata')).map((url) => url.split('/').pop())
	).toEqual([
		expect.stringMatching(/^lexend-latin-400-normal\./),
		expect.stringMatching(/^lexend-latin-700-normal\./)
	]);
});
