import type { BrowserContext, Page } from '@playwright/test';
import { expect, firstArticle, test } from './support/fixtures';
import { waitForServiceWorker } from './support/offline';
import { hydrated, openPanel } from './support/settings';
import { seed, storageKeys, storedText } from './support/stored';

// Literata is shown only once this device has it (src/lib/fonts/stored-face.js): a first visit
// paints at once in the system's serif, with no font download before the first paint.

const firstParagraph = (page: Page) => page.locator('article > p[id]').first();

/** Font files the page asked for before its first contentful paint. */
function fontsBeforeFirstPaint(page: Page) {
	return page.evaluate(() => {
		const paint = performance.getEntriesByName('first-contentful-paint')[0];
		if (!paint) throw new Error('no first contentful paint');
		return performance
			.getEntriesByType('resource')
			.filter((entry) => entry.name.endsWith('.woff2') && entry.startTime < paint.startTime)
			.map((entry) => entry.name);
	});
}

/** Wait until the page has noted that Literata is on this device. */
async function faceStored(page: Page) {
	await expect
		.poll(() => storedText(page, storageKeys.fonts), { timeout: 15_000 })
		.toBe('literata');
}

test('a first visit paints in the system serif, with no font fetched before the first paint', async ({
	page
}) => {
	await page.goto(firstArticle);
	await expect(page.locator('html')).not.toHaveAttribute('data-folio-fonts', /./);
	await expect(firstParagraph(page)).toHaveCSS('font-family', /^Georgia/);
	expect(await fontsBeforeFirstPaint(page)).toEqual([]);
	// The face is fetched afterwards, and not swapped in under the reader.
	await faceStored(page);
	await expect(firstParagraph(page)).toHaveCSS('font-family', /^Georgia/);
});

test('once the device has Literata, every page shows it from the first paint', async ({ page }) => {
	await page.goto(firstArticle);
	await faceStored(page);
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-folio-fonts', 'literata');
	await expect(firstParagraph(page)).toHaveCSS('font-family', /^Literata/);
	await page.evaluate(() => document.fonts.ready);
	expect(await page.evaluate(() => document.fonts.check('400 1em Literata'))).toBe(true);
});

test('the next page of the visit shows Literata once it is fetched', async ({ page }) => {
	await page.goto('/');
	await faceStored(page);
	await expect(page.locator('html')).not.toHaveAttribute('data-folio-fonts', /./);
	await page.locator('main a[href^="/articles/"]').first().click();
	await expect(page).toHaveURL(/\/articles\//);
	await expect(firstParagraph(page)).toHaveCSS('font-family', /^Literata/);
});

test('opening the text settings shows Literata, the face the panel names', async ({ page }) => {
	await page.goto(firstArticle);
	await expect(firstParagraph(page)).toHaveCSS('font-family', /^Georgia/);
	await hydrated(page);
	const panel = await openPanel(page);
	await expect(panel.getByLabel('Literata (serif)')).toBeChecked();
	await expect(firstParagraph(page)).toHaveCSS('font-family', /^Literata/);
});

test('a stored note that is not exactly right is ignored', async ({ page }) => {
	await page.goto(firstArticle);
	await seed(page, storageKeys.fonts, 'Literata; evil');
	await page.reload();
	await expect(page.locator('html')).not.toHaveAttribute('data-folio-fonts', /./);
	await expect(firstParagraph(page)).toHaveCSS('font-family', /^Georgia/);
});

/** A first visit that ends saved for offline, with the note that the device has Literata. */
async function savedWithLiterata(page: Page) {
	await page.goto(firstArticle);
	await waitForServiceWorker(page);
	await faceStored(page);
}

/**
 * The article opened again in a new tab, as a new visit (a reload would have Chromium fetch the
 * last page's fonts early whatever the page says).
 */
async function visitAgain(page: Page, context: BrowserContext): Promise<Page> {
	const later = await context.newPage();
	await page.close();
	await later.goto(firstArticle);
	return later;
}

test('a note kept after the caches and the worker were cleared puts no font before the first paint', async ({
	page,
	context
}) => {
	await savedWithLiterata(page);
	// What Lighthouse does between runs, and what a browser's eviction can leave: the caches
	// and the service worker gone, localStorage (and its note) kept.
	const cdp = await context.newCDPSession(page);
	await cdp.send('Storage.clearDataForOrigin', {
		origin: new URL(page.url()).origin,
		storageTypes: 'cache_storage,service_workers'
	});
	const later = await visitAgain(page, context);
	expect(await storedText(later, storageKeys.fonts)).toBe('literata');
	await expect(later.locator('html')).not.toHaveAttribute('data-folio-fonts', /./);
	expect(await fontsBeforeFirstPaint(later)).toEqual([]);
	await expect(firstParagraph(later)).toHaveCSS('font-family', /^Georgia/);
});

test('a worker that lost its caches has the note forgotten, and the next page waits for no font', async ({
	page,
	context
}) => {
	await savedWithLiterata(page);
	await page.evaluate(async () => {
		for (const name of await caches.keys()) await caches.delete(name);
	});
	await page.reload();
	await expect.poll(() => storedText(page, storageKeys.fonts), { timeout: 15_000 }).toBeNull();
	const later = await visitAgain(page, context);
	await expect(later.locator('html')).not.toHaveAttribute('data-folio-fonts', /./);
	expect(await fontsBeforeFirstPaint(later)).toEqual([]);
});
