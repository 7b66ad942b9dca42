// Articles' pictures in Chromium, on the library with pictures (scripts/tools/picture-library.ts):
// the markup a browser chooses from, loading (the lead at once, the rest as they near the view,
// nothing shifting), offline with and without the picture kept, and accessibility.
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import {
	expect,
	ownPictureServerTest,
	pictureArticle,
	pictureTest as test
} from './support/fixtures';
import { goOffline, waitForServiceWorker } from './support/offline';
import { hydrated } from './support/settings';

const path = `/articles/${pictureArticle}/`;
const variant = /^\/images\/[0-9a-f]{16}-(\d+)\.(avif|webp|jpg|png)$/;

/** Every image request the page makes from now on, by path. */
function imageRequests(page: Page): string[] {
	const paths: string[] = [];
	page.on('request', (request) => {
		const { pathname } = new URL(request.url());
		if (pathname.startsWith('/images/')) paths.push(pathname);
	});
	return paths;
}

test.describe('an article with pictures', () => {
	test('gives each picture its sources, widths, intrinsic size and alt text', async ({ page }) => {
		await page.goto(path);
		const lead = page.locator('figure.lead');
		await expect(lead.locator('img')).toHaveAttribute(
			'alt',
			'A wide river valley at dawn, with layered hills under a pale sun.'
		);
		const img = lead.locator('img');
		await expect(img).toHaveAttribute('width', '1600');
		await expect(img).toHaveAttribute('height', '1067');
		await expect(img).toHaveAttribute('fetchpriority', 'high');
		await expect(img).not.toHaveAttribute('loading', 'lazy');
		const avif = lead.locator('source[type="image/avif"]');
		const srcset = (await avif.getAttribute('srcset')) ?? '';
		expect(srcset.split(', ').map((entry) => entry.split(' ')[1])).toEqual([
			'480w',
			'800w',
			'1200w',
			'1600w'
		]);
		for (const entry of srcset.split(', ')) expect(entry.split(' ')[0]).toMatch(variant);
		await expect(avif).toHaveAttribute('sizes', /40rem/);
		await expect(lead.locator('source[type="image/webp"]')).toHaveAttribute(
			'srcset',
			/\.webp 480w/
		);
		await expect(img).toHaveAttribute('src', /-800\.jpg$/);
		await expect(lead.locator('figcaption')).toHaveText(
			'The valley at first light, seen from the bridge. Photo: Folio test desk'
		);

		const market = page.locator('figure', { has: page.locator('img[alt^="Stalls"]') });
		await expect(market.locator('img')).toHaveAttribute('loading', 'lazy');
		await expect(market.locator('img')).toHaveAttribute('decoding', 'async');
		await expect(market.locator('.credit')).toHaveText('Photo: Folio test desk');
		// Marked decorative: empty alt, and nothing for a screen reader to say.
		await expect(page.locator('img[alt=""]')).toHaveCount(1);
		// Inline, in its sentence.
		await expect(page.locator('.sentence img[alt="a small fish"]')).toHaveCount(1);
		// The SVG as it is, with its size.
		await expect(page.locator('img[src$=".svg"]')).toHaveAttribute('width', '640');
	});

	test('loads the lead at once and the others only as they near the view', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		const requested = imageRequests(page);
		await page.goto(path);
		await hydrated(page);
		await page.waitForLoadState('networkidle');
		const lead = await page.locator('figure.lead img').evaluate((img: HTMLImageElement) => ({
			src: new URL(img.currentSrc).pathname,
			loaded: img.complete && img.naturalWidth > 0
		}));
		expect(lead.loaded).toBe(true);
		// A phone at 1x: the 480 px AVIF, the smallest that fills its column.
		expect(lead.src).toMatch(/-480\.avif$/);
		expect(requested[0]).toBe(lead.src);
		// The chart is screens below: not asked for until the reader comes near it.
		expect(requested.filter((path) => path.endsWith('.svg'))).toEqual([]);

		await page.locator('img[src$=".svg"]').scrollIntoViewIfNeeded();
		await expect.poll(() => requested.filter((path) => path.endsWith('.svg')).length).toBe(1);
		for (const request of requested.filter((path) => !path.endsWith('.svg')))
			expect(request).toMatch(/\.avif$/);
	});

	test('moves nothing while its pictures load on a slow network', async ({ page }) => {
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: 300,
			downloadThroughput: (400 * 1024) / 8,
			uploadThroughput: (400 * 1024) / 8
		});
		await page.goto(path, { waitUntil: 'commit' });
		// Shifts of anything in the article's text and pictures (the listening bar's label, which
		// changes as the place moves, is not this test's business).
		await page.evaluate(() => {
			const shifts: string[] = [];
			(window as { __shifts?: string[] }).__shifts = shifts;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & {
					sources: { node?: Node }[];
				})[])
					for (const { node } of entry.sources) {
						const element = node instanceof Element ? node : node?.parentElement;
						if (element?.closest('article')) shifts.push(element.outerHTML.slice(0, 80));
					}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		// Every picture loads (scrolled to, one after another) on the slow network.
		await page.waitForLoadState('domcontentloaded');
		const frames = page.locator('.frame img');
		await expect(frames).toHaveCount(4);
		for (const img of await frames.all()) {
			await img.scrollIntoViewIfNeeded();
			await expect
				.poll(() => img.evaluate((element: HTMLImageElement) => element.naturalWidth), {
					timeout: 20_000
				})
				.toBeGreaterThan(0);
		}
		await page.evaluate(() => window.scrollTo(0, 0));
		expect(await page.evaluate(() => (window as { __shifts?: string[] }).__shifts)).toEqual([]);
	});

	test('has no accessibility violations', async ({ page }) => {
		await page.goto(path);
		await hydrated(page);
		await expectNoAxeViolations(page, 'an article with pictures');
	});

	test('reads its captions in their place, after the text before them', async ({ page }) => {
		const response = await page.request.get(`${path}listen.json`);
		const { items } = (await response.json()) as { items: { id: string; text: string }[] };
		const texts = items.map((item) => item.text);
		expect(texts.slice(0, 3)).toEqual([
			'A day on the river, from the first light to the market',
			'The valley at first light, seen from the bridge.',
			'The boats leave before the sun is up.'
		]);
		expect(texts.indexOf('The quay market opens at seven.')).toBe(texts.indexOf('The market') + 1);
		// The credit is shown, not read.
		expect(texts.join(' ')).not.toContain('Photo:');
	});
});

ownPictureServerTest.describe('pictures offline', () => {
	ownPictureServerTest(
		'a picture seen online shows offline; one never loaded keeps its box, with its alt text',
		async ({ page, context, server }) => {
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(path);
			await waitForServiceWorker(page);
			// The lead loads online again, now through the worker, which keeps it.
			await page.reload();
			await hydrated(page);
			const lead = page.locator('figure.lead img');
			const leadSrc = await lead.evaluate((img: HTMLImageElement) => img.currentSrc);
			await expect
				.poll(() =>
					page.evaluate(async () =>
						(await (await caches.open('folio-images')).keys()).map((request) => request.url)
					)
				)
				.toContain(leadSrc);
			await goOffline(context, server);

			const article = await page.reload();
			expect(article?.fromServiceWorker()).toBe(true);
			await hydrated(page);
			await expect
				.poll(() => lead.evaluate((img: HTMLImageElement) => img.naturalWidth))
				.toBeGreaterThan(0);
			await expect(page.locator('figure.lead .frame')).not.toHaveAttribute('data-missing');

			// The chart was never near the view online, so never kept.
			const chart = page.locator('.frame', { has: page.locator('img[src$=".svg"]') });
			await chart.scrollIntoViewIfNeeded();
			await expect(chart).toHaveAttribute('data-missing', '');
			const note = chart.locator('.frame-alt');
			await expect(note).toBeVisible();
			await expect(note).toContainText('A bar chart of four months');
			await expect(chart.locator('img')).toHaveCSS('opacity', '0');
			// The box keeps the picture's shape: 640 x 360.
			const box = await chart.boundingBox();
			expect(Math.abs((box?.width ?? 0) / (box?.height ?? 1) - 640 / 360)).toBeLessThan(0.02);
		}
	);
});
