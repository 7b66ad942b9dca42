import { expect, test } from './support/fixtures';

for (const path of [
	'/no-such-page/',
	'/articles/no-such-article/',
	'/articles/%2e%2e/%2e%2e/etc/passwd'
]) {
	test(`${path} answers 404 with the not-found page`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await page.getByRole('link', { name: 'Go to the library' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library');
	});
}

test('a missing trailing slash redirects to the page', async ({ page }) => {
	const response = await page.goto('/articles/us-ukraine-florida-talks');
	expect(response?.url()).toMatch(/\/articles\/us-ukraine-florida-talks\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Florida');
});
