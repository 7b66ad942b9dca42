import { expect, firstArticle, test } from './support/fixtures';
import { hydrated, openPanel, storedSettings } from './support/settings';

test.describe('the Text and display panel', () => {
	test.beforeEach(async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(firstArticle);
		await hydrated(page);
	});

	test('is reachable from the library too', async ({ page }) => {
		await page.goto('/');
		await hydrated(page);
		const panel = await openPanel(page);
		await expect(panel.getByRole('heading', { name: 'Text and display' })).toBeVisible();
	});

	test('each control changes the article at once', async ({ page }) => {
		const panel = await openPanel(page);
		const text = page.locator('article > p[id]').first();
		const html = page.locator('html');

		await panel.getByLabel('Lexend (easier reading)').check();
		await expect(text).toHaveCSS('font-family', /^Lexend/);
		await panel.getByLabel('Atkinson Hyperlegible Mono').check();
		await expect(text).toHaveCSS('font-family', /^"Atkinson Hyperlegible Mono"/);
		await panel.getByLabel('Atkinson Hyperlegible (sans)').check();
		await expect(text).toHaveCSS('font-family', /^"Atkinson Hyperlegible"/);
		await panel.getByLabel('System font').check();
		await expect(text).toHaveCSS('font-family', /^system-ui/);
		await panel.getByLabel('Literata (serif)').check();
		await expect(text).toHaveCSS('font-family', /^Literata/);

		await panel.getByRole('slider', { name: 'Size' }).fill('30');
		await expect(text).toHaveCSS('font-size', '30px');
		await panel.getByRole('slider', { name: 'Line height' }).fill('2.2');
		await expect(text).toHaveCSS('line-height', '66px');
		const mainWidth = () =>
			page.locator('main').evaluate((main) => main.getBoundingClientRect().width);
		const wide = await mainWidth();
		await panel.getByRole('slider', { name: 'Content width' }).fill('45');
		await expect.poll(mainWidth).toBeLessThan(wide * 0.8);
		await panel.getByRole('slider', { name: 'Letter spacing' }).fill('0.12');
		await expect(text).toHaveCSS('letter-spacing', '3.6px');
		await panel.getByRole('slider', { name: 'Word spacing' }).fill('0.2');
		await expect(text).toHaveCSS('word-spacing', '6px');
		await panel.getByLabel('Justified').check();
		await expect(text).toHaveCSS('text-align', 'justify');
		await expect(text).toHaveCSS('hyphens', 'auto');
		await expect(page.locator('article')).toHaveAttribute('lang', 'en');

		await panel.getByLabel('Sepia').check();
		await expect(html).toHaveCSS('background-color', 'rgb(244, 236, 216)');
		await expect(text).toHaveCSS('color', 'rgb(51, 39, 27)');

		expect(await storedSettings(page)).toMatchObject({
			fontSize: 30,
			lineHeight: 2.2,
			measure: 45,
			letterSpacing: 0.12,
			wordSpacing: 0.2,
			align: 'justify',
			theme: 'sepia'
		});
	});

	test('custom colours show their contrast and warn below 4.5:1', async ({ page }) => {
		const panel = await openPanel(page);
		await panel.getByLabel('Custom').check();
		await panel.getByLabel('Text colour').fill('#000000');
		await panel.getByLabel('Background colour').fill('#ffffff');
		await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
		await expect(page.locator('article > p[id]').first()).toHaveCSS('color', 'rgb(0, 0, 0)');
		const ratio = panel.getByRole('status').filter({ hasText: 'Contrast' });
		await expect(ratio).toHaveText('Contrast 21.0:1');
		await panel.getByLabel('Text colour').fill('#999999');
		await expect(ratio).toContainText('Contrast 2.8:1');
		await expect(ratio).toContainText('below 4.5:1');
	});

	test('resets text layout and colours separately', async ({ page }) => {
		const panel = await openPanel(page);
		const text = page.locator('article > p[id]').first();
		await panel.getByRole('slider', { name: 'Size' }).fill('14');
		await panel.getByLabel('Black').check();
		await panel.getByRole('button', { name: 'Reset text layout' }).click();
		await expect(text).toHaveCSS('font-size', '22px');
		await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
		await panel.getByRole('button', { name: 'Reset colours' }).click();
		await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(251, 250, 247)');
	});

	test('can be walked by keyboard alone: focus moves in, Esc closes, focus returns', async ({
		page
	}) => {
		const button = page.getByRole('button', { name: 'Text and display' });
		await button.focus();
		await page.keyboard.press('Enter');
		const panel = page.getByRole('dialog', { name: 'Text and display' });
		await expect(panel).toBeVisible();
		await expect(panel.getByRole('button', { name: 'Close' })).toBeFocused();

		// Into the font group; arrows pick a font.
		await page.keyboard.press('Tab');
		await expect(panel.getByLabel('Literata (serif)')).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(panel.getByLabel('Atkinson Hyperlegible (sans)')).toBeChecked();
		await expect(page.locator('html')).toHaveAttribute('data-folio-font', 'sans');

		// On to the size slider; arrows change the size.
		await page.keyboard.press('Tab');
		await expect(panel.getByRole('slider', { name: 'Size' })).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('article > p[id]').first()).toHaveCSS('font-size', '24px');

		// Tab through the rest to the theme group and pick one by arrows.
		for (const name of ['Line height', 'Content width', 'Letter spacing', 'Word spacing']) {
			await page.keyboard.press('Tab');
			await expect(panel.getByRole('slider', { name })).toBeFocused();
		}
		await page.keyboard.press('Tab');
		await expect(panel.getByLabel('Start')).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(panel.getByRole('button', { name: 'Reset text layout' })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(panel.getByLabel('Auto')).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect(panel.getByLabel('Sepia')).toBeChecked();
		await expect(page.locator('html')).toHaveAttribute('data-folio-theme', 'sepia');

		// Focus stays inside the modal dialog.
		await page.keyboard.press('Tab');
		await expect(panel.getByRole('button', { name: 'Reset colours' })).toBeFocused();

		await page.keyboard.press('Escape');
		await expect(panel).toBeHidden();
		await expect(button).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(panel).toBeVisible();
		await panel.getByRole('button', { name: 'Close' }).press('Enter');
		await expect(panel).toBeHidden();
		await expect(button).toBeFocused();
	});

	test('Ctrl/Cmd + plus, minus and 0 change the size in the reader', async ({ page }) => {
		const text = page.locator('article > p[id]').first();
		await expect(text).toHaveCSS('font-size', '22px');
		await page.keyboard.press('Control+Equal');
		await expect(text).toHaveCSS('font-size', '24px');
		await page.keyboard.press('Meta+Equal');
		await expect(text).toHaveCSS('font-size', '26px');
		await page.keyboard.press('Control+Minus');
		await page.keyboard.press('Control+Minus');
		await page.keyboard.press('Control+Minus');
		await expect(text).toHaveCSS('font-size', '20px');
		await page.keyboard.press('Control+Digit0');
		await expect(text).toHaveCSS('font-size', '22px');
		expect(await storedSettings(page)).toMatchObject({ fontSize: null });
	});

	test('the shortcuts leave the library to the browser', async ({ page }) => {
		await page.goto('/');
		await hydrated(page);
		await page.keyboard.press('Control+Equal');
		await expect(page.locator('html')).not.toHaveAttribute('style', /--folio-font-size/);
		expect(await storedSettings(page)).toBeUndefined();
	});
});
