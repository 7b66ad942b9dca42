import { expect, firstArticle, test } from './support/fixtures';

test.use({ javaScriptEnabled: false });

test('the library and the article read fully without JavaScript', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: /Florida/ }).click();
	await expect(page).toHaveURL(firstArticle);
	await expect(page.locator('article > p[id]')).toHaveCount(9);
	await expect(page.locator('article')).toContainText('adjust its demands.');
	const fontSize = await page
		.locator('article p')
		.first()
		.evaluate((p) => getComputedStyle(p).fontSize);
	expect(parseFloat(fontSize)).toBeGreaterThanOrEqual(18);
});
