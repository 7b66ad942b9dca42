import { expect, firstArticle, test } from './support/fixtures';

test('the library lists each article with its facts and links to it', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library');
	const entry = page.getByRole('listitem').filter({ hasText: 'Florida' });
	await expect(entry.locator('.entry-byline')).toHaveText('By U.S. Department of State');
	await expect(entry.locator('.entry-summary')).toContainText('negotiators will meet again');
	await expect(entry.locator('.facts')).toHaveText(/\d+ min read · \d+ min listen/);
	await entry.getByRole('link').click();
	await expect(page).toHaveURL(firstArticle);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Florida');
	await page.getByRole('link', { name: 'Folio' }).click();
	await expect(page).toHaveURL('/');
});

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto(firstArticle);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});
