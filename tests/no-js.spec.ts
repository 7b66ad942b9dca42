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

test('the library field goes to the search page, which says search needs JavaScript', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('searchbox', { name: 'Search articles' }).fill('Umerov');
	await page.getByRole('button', { name: 'Search', exact: true }).click();
	await expect(page).toHaveURL('/search/?q=Umerov');
	// Playwright's text and role queries skip <noscript>, so it is read from the page itself.
	const message = page.locator('noscript p');
	expect(await message.evaluate((p) => (p as HTMLElement).innerText)).toMatch(
		/^Search needs JavaScript, which is off in this browser\./
	);
	await expect(message).toBeVisible();
	await page.locator('noscript a[href="/"]').click();
	await expect(page).toHaveURL('/');
});
