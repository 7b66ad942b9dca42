import type { Page } from '@playwright/test';
import { firstArticle, ownServerTest as test, expect } from './support/fixtures';
import { goOffline, waitForServiceWorker } from './support/offline';
import { hydrated } from './support/settings';

// "Umerov" is in the first article's body only: not its title, summary or byline.
const bodyWord = 'Umerov';
const title = /U\.S\. and Ukraine to meet again in Florida/;

const results = (page: Page) => page.getByRole('region', { name: 'Search results' });

/** Type a search into the page's field, as a reader would. */
async function typeSearch(page: Page, text: string) {
	const field = page.getByRole('searchbox', { name: 'Search articles' });
	await field.click();
	await field.pressSequentially(text);
}

test('the library finds an article by a word of its body as the reader types', async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	await typeSearch(page, bodyWord);
	const found = results(page);
	await expect(found.getByRole('status')).toHaveText(`1 article matches “${bodyWord}”.`);
	await expect(found.getByRole('link', { name: title })).toHaveAttribute('href', firstArticle);
	await expect(found.locator('mark')).toHaveText([new RegExp(`^${bodyWord}`)]);
	// Reading time and the reader's own state, as in the library's list.
	await expect(found.getByText(/\d+ min read · New/)).toBeVisible();

	// Enter goes to the search page, whose address can be shared.
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(`/search/?q=${bodyWord}`);
	await expect(results(page).getByRole('link', { name: title })).toBeVisible();
});

test('the search page answers the query in its address, and the address follows', async ({
	page
}) => {
	await page.goto(`/search/?q=${bodyWord.toLowerCase()}`);
	await expect(page.getByRole('searchbox', { name: 'Search articles' })).toHaveValue(
		bodyWord.toLowerCase()
	);
	await expect(results(page).getByRole('link', { name: title })).toBeVisible();
	await page.getByRole('combobox', { name: 'Language' }).selectOption('en');
	await page.getByRole('combobox', { name: 'Order' }).selectOption('newest');
	await expect(page).toHaveURL('/search/?q=umerov&lang=en&sort=newest');
	await expect(results(page).getByRole('link', { name: title })).toBeVisible();
	await page.getByRole('searchbox', { name: 'Search articles' }).fill('zzzzqqq');
	await expect(results(page).getByRole('status')).toHaveText('No articles match “zzzzqqq”.');
	await expect(page).toHaveURL('/search/?q=zzzzqqq&lang=en&sort=newest');
});

test('search works with the network gone, in the library and on the search page', async ({
	page,
	context,
	server
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await expect(page.getByRole('button', { name: /Saved for offline/ })).toBeVisible();
	await goOffline(context, server);
	await page.reload();
	await hydrated(page);
	await typeSearch(page, bodyWord);
	await expect(results(page).getByRole('link', { name: title })).toBeVisible();
	await expect(results(page).locator('.note')).toHaveCount(0);
	// Enter goes to the search page within the app, offline too.
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(`/search/?q=${bodyWord}`);
	await expect(results(page).getByRole('link', { name: title })).toBeVisible();

	const response = await page.goto(`/search/?q=${bodyWord}`);
	expect(response?.fromServiceWorker()).toBe(true);
	await expect(results(page).getByRole('link', { name: title })).toBeVisible();
});

test('"/" focuses the search field, but not while typing in a field', async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	const field = page.getByRole('searchbox', { name: 'Search articles' });
	await page.locator('body').press('/');
	await expect(field).toBeFocused();
	await expect(field).toHaveValue('');
	await field.pressSequentially('a/b');
	await expect(field).toHaveValue('a/b');
	await page.keyboard.press('Escape');
	await expect(field).toHaveValue('');
});

test('a hostile query is shown as text and never breaks the page', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	const markup = '<img src=x onerror=alert(1)><script>alert(2)</script>';
	const hostile = `${markup} .*+?^$\\{}()|[] \u202Eשלום 📚 ${'x'.repeat(10_000)}`;
	await page.goto(`/search/?q=${encodeURIComponent(hostile)}`);
	const status = results(page).getByRole('status');
	await expect(status).toContainText(`“${markup} .*+?^$\\{}()|[]`);
	await expect(results(page).getByText('Only the first 200 characters')).toBeVisible();
	await expect(page.locator('main img, main script')).toHaveCount(0);
	expect(dialogs).toEqual([]);
	// The page still works: another search finds the article.
	await page.getByRole('searchbox', { name: 'Search articles' }).fill(bodyWord);
	await expect(results(page).getByRole('link', { name: title })).toBeVisible();
	// And nothing of it spills sideways on a phone.
	await page.setViewportSize({ width: 390, height: 844 });
	await page.getByRole('searchbox', { name: 'Search articles' }).fill(hostile);
	await expect(status).toContainText(`“${markup}`);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('the article page loads no search code, and the library only once the field is used', async ({
	page
}) => {
	const scripts: { url: string; body: string }[] = [];
	const searchRequests: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('/pagefind/')) searchRequests.push(request.url());
	});
	page.on('response', async (response) => {
		if (response.request().resourceType() === 'script')
			scripts.push({ url: response.url(), body: await response.text().catch(() => '') });
	});
	const searchCode = () =>
		scripts.filter((script) => script.body.includes('/pagefind/pagefind.js'));

	await page.goto(firstArticle);
	await hydrated(page);
	await page
		.getByRole('button', { name: /Listen/ })
		.first()
		.waitFor();
	await page.waitForLoadState('networkidle');
	expect(searchCode()).toEqual([]);
	expect(searchRequests).toEqual([]);

	await page.goto('/');
	await hydrated(page);
	await page.waitForLoadState('networkidle');
	expect(searchCode()).toEqual([]);
	expect(searchRequests).toEqual([]);
	await typeSearch(page, bodyWord);
	await expect(results(page).getByRole('link', { name: title })).toBeVisible();
	expect(searchCode()).toHaveLength(1);
	expect(searchRequests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('only the pages that search may run WebAssembly, and no page may eval', async ({ page }) => {
	const policyOf = async (path: string) => {
		await page.goto(path);
		return page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content')
			.then((policy) => policy ?? '');
	};
	for (const path of ['/', '/search/']) {
		const policy = await policyOf(path);
		expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval' /);
	}
	for (const path of [firstArticle, '/offline/']) {
		const policy = await policyOf(path);
		expect(policy, path).toMatch(/script-src 'self' 'sha256-/);
		expect(policy, path).not.toContain('wasm-unsafe-eval');
	}
	for (const path of ['/', '/search/', firstArticle]) {
		const policy = await policyOf(path);
		expect(policy.replace("'wasm-unsafe-eval'", ''), path).not.toMatch(
			/'unsafe-eval'|'unsafe-inline'/
		);
	}
});
