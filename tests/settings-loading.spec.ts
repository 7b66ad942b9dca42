import { gzipSync } from 'node:zlib';
import type { Request } from '@playwright/test';
import { expect, firstArticle, test } from './support/fixtures';
import { hydrated, openPanel } from './support/settings';

test('the panel code loads on first open; the article keeps its up-front JS under 45 KB gzipped', async ({
	page
}) => {
	// Up front: the scripts requested before the page's load event. The offline bridge and
	// anything else deliberately deferred start after it.
	const scripts: Request[] = [];
	let loaded = false;
	page.once('load', () => (loaded = true));
	page.on('request', (request) => {
		if (!loaded && request.resourceType() === 'script') scripts.push(request);
	});
	await page.goto(firstArticle);
	await hydrated(page);
	const upFront = await Promise.all(
		scripts.map(async (request) => (await request.response())?.text() ?? '')
	);
	const gzipped = upFront.reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0);
	test.info().annotations.push({ type: 'js', description: `${gzipped} bytes gzipped up front` });
	expect(gzipped).toBeLessThan(45 * 1024);
	expect(upFront.some((text) => text.includes('Reset text layout'))).toBe(false);

	const panelCode = page.waitForResponse(
		async (response) =>
			response.url().endsWith('.js') && (await response.text()).includes('Reset text layout')
	);
	await openPanel(page);
	await panelCode;
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
