import { firstArticle, ownServerTest as test, expect } from './support/fixtures';
import { goOffline, waitForServiceWorker } from './support/offline';
import { storageKeys, storedText } from './support/stored';

test.describe('with the network gone after one visit', () => {
	test('the library and the article reload from the service worker', async ({
		page,
		context,
		server
	}) => {
		await page.goto('/');
		await waitForServiceWorker(page);
		await expect(page.getByRole('button', { name: /Saved for offline/ })).toBeVisible();
		await goOffline(context, server);

		const home = await page.reload();
		expect(home?.fromServiceWorker()).toBe(true);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library');
		await expect(page.getByRole('button', { name: /Offline · everything saved/ })).toBeVisible();

		const article = await page.goto(firstArticle);
		expect(article?.fromServiceWorker()).toBe(true);
		await expect(page.locator('article > p[id]')).toHaveCount(9);
	});

	test('a first visit deep on an article saves the whole reader', async ({
		page,
		context,
		server
	}) => {
		await page.goto(firstArticle);
		await waitForServiceWorker(page);
		await expect(page.getByRole('button', { name: /Saved for offline/ })).toBeVisible();
		await goOffline(context, server);

		const article = await page.reload();
		expect(article?.fromServiceWorker()).toBe(true);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Florida');
		const home = await page.goto('/');
		expect(home?.fromServiceWorker()).toBe(true);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library');
	});

	test('client-side navigation between library and article works offline', async ({
		page,
		context,
		server
	}) => {
		await page.goto('/');
		await waitForServiceWorker(page);
		await goOffline(context, server);
		await page
			.getByRole('link', { name: /Florida/ })
			.first()
			.click();
		await expect(page).toHaveURL(firstArticle);
		await expect(page.locator('article > p[id]')).toHaveCount(9);
		await page.getByRole('link', { name: 'Folio', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library');
	});

	test('the reading font loads offline, from the service worker', async ({
		page,
		context,
		server
	}) => {
		await page.goto(firstArticle);
		await waitForServiceWorker(page);
		// Literata is shown from the first paint once the page has noted the device has it.
		await expect.poll(() => storedText(page, storageKeys.fonts)).toBe('literata');
		await goOffline(context, server);
		const fontFromWorker = page.waitForResponse(
			(response) =>
				response.url().includes('literata-latin-400-normal') && response.fromServiceWorker()
		);
		await page.reload();
		await fontFromWorker;
		await page.evaluate(() => document.fonts.ready);
		const literata = await page.evaluate(() =>
			[...document.fonts]
				.filter(
					(face) => face.family.replaceAll('"', '') === 'Literata' && face.status === 'loaded'
				)
				.map((face) => `${face.weight} ${face.style}`)
		);
		// With font-display: optional the face is used when it arrives in time for the first
		// paint (from the cache it does); a very late face never swaps in under the reader.
		expect(literata).toContain('400 normal');
	});

	test('an address never saved shows the offline page, at that address', async ({
		page,
		context,
		server
	}) => {
		await page.goto('/');
		await waitForServiceWorker(page);
		await goOffline(context, server);
		for (const path of ['/articles/not-saved-here/', '/somewhere/else/']) {
			const response = await page.goto(path);
			expect(response?.fromServiceWorker()).toBe(true);
			await expect(page).toHaveURL(path);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				'This page is not saved for offline reading'
			);
			await expect(page.getByRole('link', { name: /Florida/ })).toBeVisible();
		}
		await page.getByRole('link', { name: /Florida/ }).click();
		await expect(page.locator('article > p[id]')).toHaveCount(9);
	});

	test('the Offline panel lists the saved articles and fonts, and storage use', async ({
		page
	}) => {
		await page.goto('/');
		await waitForServiceWorker(page);
		await page.getByRole('button', { name: /Saved for offline/ }).click();
		const panel = page.getByRole('dialog', { name: 'Offline' });
		await expect(panel).toBeVisible();
		await expect(panel.getByRole('link', { name: /Florida/ })).toBeVisible();
		await expect(panel.getByText(/Literata 400 \(\d+ KB\)/)).toBeVisible();
		await expect(panel.getByText(/Folio uses .* of .* available on this device/)).toBeVisible();
		await expect(panel.getByText(/The offline pack is \d+ KB/)).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(panel).toBeHidden();
		await expect(page.getByRole('button', { name: /Saved for offline/ })).toBeFocused();
	});
});

test('the only service worker is /sw.js at scope /, registered from a deep first visit', async ({
	page
}) => {
	await page.goto(firstArticle);
	await waitForServiceWorker(page);
	const registrations = await page.evaluate(async () =>
		(await navigator.serviceWorker.getRegistrations()).map((r) => ({
			scope: new URL(r.scope).pathname,
			script: new URL(r.active?.scriptURL ?? '').pathname
		}))
	);
	expect(registrations).toEqual([{ scope: '/', script: '/sw.js' }]);
});
