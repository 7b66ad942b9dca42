import { endCurrent, fakeVoices, installFakeSpeech } from './support/fake-speech';
import { expect, firstArticle, ownServerTest as test } from './support/fixtures';
import { expectHeaders, revalidated } from './support/header-policy';
import { goOffline, goOnline, waitForServiceWorker } from './support/offline';
import { watchPolicy } from './support/policy-watch';
import { scrollToSentence, storedPosition, topSentence } from './support/reading';
import { hydrated, openPanel } from './support/settings';

// A phone: the reader this journey is for, and an article several screens long.
test.use({ viewport: { width: 400, height: 640 } });

test('the whole journey breaks no policy, asks no other origin, and ships the headers', async ({
	page,
	context,
	server
}) => {
	const watch = await watchPolicy(page, server.url);
	// Headless Chromium has no voices; the fake engine speaks through the real Web Speech calls.
	await installFakeSpeech(page, { voices: fakeVoices });
	const violations: string[] = [];
	/** Violations of the document now open; each document starts its own list. */
	const collect = async () => violations.push(...(await watch.violations()));

	// The library, straight from the server.
	const library = await page.goto('/');
	expectHeaders(await library!.allHeaders(), revalidated, '/');
	await hydrated(page);
	await waitForServiceWorker(page);
	await expect(page.getByRole('button', { name: /Saved for offline/ })).toBeVisible();
	await collect();

	// An article, by client-side navigation, then loaded afresh for its headers.
	await page
		.getByRole('link', { name: /Florida/ })
		.first()
		.click();
	await expect(page).toHaveURL(firstArticle);
	await expect(page.locator('article > p[id]')).toHaveCount(9);
	await collect();
	const article = await page.reload();
	expectHeaders(await article!.allHeaders(), revalidated, firstArticle);
	await hydrated(page);

	// A setting changed in the panel.
	const panel = await openPanel(page);
	await panel.getByLabel('Sepia').check();
	await expect(page.locator('html')).toHaveAttribute('data-folio-theme', 'sepia');
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await collect();

	// Listening: from the title, on to the next sentence, then paused and closed.
	await page.getByRole('button', { name: 'Listen', exact: true }).click();
	const speaking = page.locator('.sentence.is-speaking');
	await expect(speaking).toHaveAttribute('id', 'b0-1');
	await endCurrent(page);
	await expect(speaking).toHaveAttribute('id', 'b1-1');
	const bar = page.getByRole('region', { name: 'Listen' });
	await bar.getByRole('button', { name: 'Pause', exact: true }).click();
	await bar.getByRole('button', { name: 'Close' }).click();
	await expect(speaking).toHaveCount(0);
	await collect();

	// Reading on: the place is stored as the reader scrolls.
	await scrollToSentence(page, 'b6-1');
	await expect
		.poll(() => storedPosition(page, 'us-ukraine-florida-talks'))
		.toMatchObject({ sentenceId: 'b6-1' });
	await collect();

	// Offline: the article and the library come from the service worker, settings kept.
	await goOffline(context, server);
	const offlineArticle = await page.reload();
	expect(offlineArticle?.fromServiceWorker()).toBe(true);
	await expect(page.locator('article > p[id]')).toHaveCount(9);
	await expect(page.locator('html')).toHaveAttribute('data-folio-theme', 'sepia');
	await expect(page.getByText('Continued where you left off.')).toBeVisible();
	await expect.poll(() => topSentence(page)).toBe('b6-1');
	await collect();
	await page.getByRole('link', { name: 'Folio', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library');
	await collect();

	// And back online: the status says so, and the network answers again (a page the worker
	// never saved comes from the server, with its headers).
	await goOnline(context, server);
	await page.reload();
	await expect(page.getByRole('button', { name: /Saved for offline/ })).toBeVisible();
	await collect();
	const missing = await page.goto('/no-such-page/');
	expect(missing?.status()).toBe(404);
	expectHeaders(await missing!.allHeaders(), revalidated, '/no-such-page/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await collect();

	expect(violations).toEqual([]);
	expect(watch.foreignRequests).toEqual([]);
});
