import { expect, firstArticle, test } from './support/fixtures';
import { hydrated, storeSettings } from './support/settings';

test('Share copies the link where there is no Web Share API, and says so', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.addInitScript(() => {
		// Desktop Chromium on Linux has no navigator.share; make sure of it.
		Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
	});
	await page.goto(firstArticle);
	await hydrated(page);
	await page.getByRole('button', { name: 'Share' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(new URL(copied).pathname).toBe(firstArticle);
});

test('Share uses the Web Share API where it exists', async ({ page }) => {
	await page.addInitScript(() => {
		const shared: ShareData[] = [];
		Object.assign(window, { shared });
		Object.defineProperty(Navigator.prototype, 'share', {
			value: async (data: ShareData) => void shared.push(data),
			configurable: true
		});
	});
	await page.goto(firstArticle);
	await hydrated(page);
	await page.getByRole('button', { name: 'Share' }).click();
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
		.toEqual([
			{ title: expect.stringContaining('Florida'), url: expect.stringContaining(firstArticle) }
		]);
	await expect(page.getByText('Link copied')).toHaveCount(0);
});

test('printing shows the article only, in the chosen font family and size', async ({ page }) => {
	await page.goto(firstArticle);
	await storeSettings(page, { font: 'mono', fontSize: 26 });
	await hydrated(page);
	await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	for (const control of [
		page.getByRole('button', { name: 'Share' }),
		page.getByRole('button', { name: 'Listen', exact: true }),
		page.getByRole('button', { name: 'Text and display' }),
		page.getByRole('link', { name: 'Skip to content' }),
		page.getByRole('progressbar', { name: 'Reading progress' })
	]) {
		await expect(control).toBeHidden();
	}
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.locator('.byline')).toBeVisible();
	await expect(page.locator('.article-source')).toBeVisible();
	const text = page.locator('article p[id]').first();
	const style = await text.evaluate((p) => {
		const { fontFamily, fontSize } = getComputedStyle(p);
		return { fontFamily, fontSize };
	});
	expect(style.fontFamily).toContain('Atkinson Hyperlegible Mono');
	expect(style.fontSize).toBe('26px');
	// The source's address is printed after its name (where the source has one).
	const rule = await page.evaluate(() =>
		[...document.styleSheets]
			.flatMap((sheet) => [...sheet.cssRules])
			.some((rule) => rule.cssText.includes('attr(href)'))
	);
	expect(rule).toBe(true);
});
