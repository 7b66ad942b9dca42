import { expect, firstArticle, test } from './support/fixtures';
import { hydrated, openPanel, settingsKey, storeSettings } from './support/settings';

const saved = {
	font: 'lexend',
	fontSize: 28,
	lineHeight: 2,
	measure: 55,
	theme: 'dark',
	align: 'justify'
};

/** The saved look, checked on the article's first paragraph and <html>. */
async function expectSavedLook(page: import('@playwright/test').Page) {
	const text = page.locator('article > p[id]').first();
	await expect(text).toHaveCSS('font-family', /^Lexend/);
	await expect(text).toHaveCSS('font-size', '28px');
	await expect(text).toHaveCSS('line-height', '56px');
	await expect(text).toHaveCSS('text-align', 'justify');
	await expect(text).toHaveCSS('color', 'rgb(232, 228, 220)');
	await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(23, 24, 27)');
}

test('settings survive a reload', async ({ page }) => {
	await page.goto(firstArticle);
	await hydrated(page);
	const panel = await openPanel(page);
	await panel.getByLabel('Lexend (easier reading)').check();
	await panel.getByRole('slider', { name: 'Size' }).fill('28');
	await panel.getByRole('slider', { name: 'Line height' }).fill('2');
	await panel.getByLabel('Justified').check();
	await panel.getByLabel('Dark').check();
	await page.reload();
	await expectSavedLook(page);
});

test.describe('without a service worker', () => {
	// Once a worker controls the page it fetches the app's scripts itself, where page.route
	// cannot stop them: the race this test lost once in CI on a busy machine.
	test.use({ serviceWorkers: 'block' });

	test('saved settings apply with no app JavaScript at all (the pre-paint script alone)', async ({
		page
	}) => {
		await page.goto(firstArticle);
		await storeSettings(page, saved);
		await page.route('**/_app/**/*.js', (route) => route.abort());
		await page.reload();
		await expectSavedLook(page);
		await expect(page.locator('#svelte-announcer')).toHaveCount(0);
	});
});

test('a change in one tab shows in the others', async ({ context, page }) => {
	await page.goto(firstArticle);
	const other = await context.newPage();
	await other.goto('/');
	await Promise.all([hydrated(page), hydrated(other)]);
	const panel = await openPanel(page);
	await panel.getByLabel('Sepia').check();
	await panel.getByRole('slider', { name: 'Size' }).fill('32');
	await expect(other.locator('html')).toHaveCSS('background-color', 'rgb(244, 236, 216)');
	await expect(other.locator('.entry-summary').first()).toHaveCSS('font-size', '32px');
	await other.evaluate((key) => localStorage.removeItem(key), settingsKey);
	await expect(page.locator('html')).toHaveAttribute('data-folio-theme', 'auto');
});

test('garbage in storage falls back to defaults field by field', async ({ page }) => {
	await page.goto(firstArticle);
	await storeSettings(page, { theme: 'black', fontSize: 'huge', font: 42, measure: 500 });
	const text = page.locator('article > p[id]').first();
	await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
	await expect(text).toHaveCSS('font-size', '22px');
	// The default serif: Literata once this device has it, the system's serif before.
	await expect(page.locator('html')).toHaveAttribute('data-folio-font', 'serif');
	await expect(text).toHaveCSS('font-family', /^(Literata|Georgia)/);
});

test('with storage disabled the settings still work for the visit', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('disabled', 'SecurityError');
			}
		});
	});
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(firstArticle);
	await hydrated(page);
	const panel = await openPanel(page);
	await panel.getByLabel('Black').check();
	await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
	await expect(panel.getByRole('status')).toHaveText(/does not let Folio store settings/);
	expect(errors).toEqual([]);
});
