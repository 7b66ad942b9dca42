import { firstArticle, ownServerTest as test, expect } from './support/fixtures';
import { secondBuildDir } from './support/global-setup';
import { goOffline, goOnline, waitForServiceWorker } from './support/offline';
import type { Page } from '@playwright/test';

/** Ask the browser to look for a new service worker now, as it does on its own schedule. */
async function checkForUpdate(page: Page) {
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.getRegistration('/');
		await registration?.update();
	});
}

const version = (page: Page) => page.locator('.site-footer .version');

test.describe('updating from v1 to v2', () => {
	test('prompts politely, keeps v1 working offline until accepted, then reloads into v2', async ({
		page,
		context,
		server
	}) => {
		await page.goto('/');
		await waitForServiceWorker(page);
		const v1 = await version(page).textContent();
		await page.evaluate(() => localStorage.setItem('folio-test-survivor', 'kept'));

		await server.stop();
		await server.resume(secondBuildDir);
		await checkForUpdate(page);
		const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready.' });
		await expect(prompt).toBeVisible();
		await expect(prompt.getByRole('button', { name: 'Reload' })).toBeVisible();
		await expect(prompt.getByRole('button', { name: 'Later' })).toBeVisible();

		// Until the reader accepts, v1 works completely, offline included.
		await goOffline(context, server);
		const article = await page.goto(firstArticle);
		expect(article?.fromServiceWorker()).toBe(true);
		await expect(page.locator('article > p[id]')).toHaveCount(9);
		await expect(version(page)).toHaveText(v1 ?? '');
		await page.getByRole('link', { name: 'Folio', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library');
		await goOnline(context, server, secondBuildDir);

		await expect(prompt).toBeVisible();
		await prompt.getByRole('button', { name: 'Reload' }).click();
		await expect(version(page)).toHaveText(`${v1}-v2`);
		await expect(page.getByText('A new version is ready.')).toBeHidden();
		expect(await page.evaluate(() => localStorage.getItem('folio-test-survivor'))).toBe('kept');

		// v2 is now what works offline.
		await goOffline(context, server);
		await page.reload();
		await expect(version(page)).toHaveText(`${v1}-v2`);
	});

	test('"Later" hides the prompt and keeps the current version', async ({ page, server }) => {
		await page.goto('/');
		await waitForServiceWorker(page);
		const v1 = await version(page).textContent();
		await server.stop();
		await server.resume(secondBuildDir);
		await checkForUpdate(page);
		await page.getByRole('button', { name: 'Later' }).click();
		await expect(page.getByText('A new version is ready.')).toBeHidden();
		await page.goto(firstArticle);
		await expect(version(page)).toHaveText(v1 ?? '');
	});

	test('a page no worker ever controlled is offered the reload, and accepting loads v2', async ({
		page,
		context,
		server
	}) => {
		await page.goto('/');
		await waitForServiceWorker(page);
		const v1 = await version(page).textContent();

		// A page loaded past the worker (like a hard reload) is not controlled by it.
		const fresh = await context.newPage();
		const cdp = await context.newCDPSession(fresh);
		await cdp.send('Network.enable');
		await cdp.send('Network.setBypassServiceWorker', { bypass: true });
		await fresh.goto(firstArticle);
		await cdp.send('Network.setBypassServiceWorker', { bypass: false });
		expect(await fresh.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
		await expect(fresh.getByRole('button', { name: /Saved for offline/ })).toBeVisible();
		await page.close();

		await server.stop();
		await server.resume(secondBuildDir);
		await checkForUpdate(fresh);
		// No tab holds v1 now, so v2 takes over at once; the page's code is still v1's.
		await fresh.getByRole('button', { name: 'Reload' }).click();
		await expect(version(fresh)).toHaveText(`${v1}-v2`);
	});
});

test('an update accepted in one tab reaches the other tab as a prompt', async ({
	page,
	context,
	server
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	const other = await context.newPage();
	await other.goto(firstArticle);
	await waitForServiceWorker(other);
	const v1 = await version(page).textContent();
	await server.stop();
	await server.resume(secondBuildDir);
	await checkForUpdate(page);
	await page.getByRole('button', { name: 'Reload' }).click();
	await expect(version(page)).toHaveText(`${v1}-v2`);
	await other.getByRole('button', { name: 'Reload' }).click();
	await expect(version(other)).toHaveText(`${v1}-v2`);
});
