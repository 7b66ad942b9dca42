import { StaticServer } from './support/static-server';
import { endCurrent, fakeVoices, installFakeSpeech, spoken } from './support/fake-speech';
import { expect, firstArticle, test } from './support/fixtures';
import { goOffline, waitForServiceWorker } from './support/offline';
import { expectNoPolicyBreaks, guardPolicy } from './support/policy-guard';
import { seed, storageKeys } from './support/stored';

const speaking = '.sentence.is-speaking';

test('the listening position survives a reload, and going offline, and is offered', async ({
	browser
}) => {
	// A server of our own, stopped to take the network away (same origin, same storage).
	const server = await StaticServer.start();
	const context = await browser.newContext({ baseURL: server.url });
	const policy = await guardPolicy(context, server.url);
	try {
		const page = await context.newPage();
		await installFakeSpeech(page, { voices: fakeVoices });
		await page.goto(firstArticle);
		await page.getByRole('button', { name: 'Listen', exact: true }).click();
		for (const id of ['b1-1', 'b1-2', 'b2-1']) {
			await endCurrent(page);
			await expect(page.locator(speaking)).toHaveAttribute('id', id);
		}
		await page.getByRole('button', { name: 'Pause', exact: true }).click();
		await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();

		await page.reload();
		await expect(page.getByRole('button', { name: 'Continue listening' })).toBeVisible();

		await waitForServiceWorker(page);
		await page.close();
		await goOffline(context, server);

		// Opened again with no network, as after an app restart on a plane.
		const later = await context.newPage();
		await installFakeSpeech(later, { voices: fakeVoices });
		const response = await later.goto(firstArticle);
		expect(response?.fromServiceWorker()).toBe(true);
		await later.getByRole('button', { name: 'Continue listening' }).click();
		await expect(later.locator(speaking)).toHaveAttribute('id', 'b2-1');
		await expect
			.poll(async () => (await spoken(later))[0]?.text)
			.toBe('From Florida to Moscow — and Back Again');
		expectNoPolicyBreaks(policy);
	} finally {
		await context.close();
		await server.stop();
	}
});

test('"From the start" ignores the saved position', async ({ page }) => {
	await installFakeSpeech(page, { voices: fakeVoices });
	await page.goto(firstArticle);
	await seed(page, storageKeys.positions, {
		v: 2,
		data: { 'us-ukraine-florida-talks': { sentenceId: 'b9-1', updatedAt: 1 } }
	});
	await page.reload();
	await page.getByRole('button', { name: 'From the start' }).click();
	await expect(page.locator(speaking)).toHaveAttribute('id', 'b0-1');
});

test('a garbage stored position falls back to listening from the top', async ({ page }) => {
	await installFakeSpeech(page, { voices: fakeVoices });
	await page.goto(firstArticle);
	await seed(page, storageKeys.positions, '{"v":2,"data":5');
	await page.reload();
	await page.getByRole('button', { name: 'Listen', exact: true }).click();
	await expect(page.locator(speaking)).toHaveAttribute('id', 'b0-1');
});

test('closing the bar stops speaking and offers to continue', async ({ page }) => {
	await installFakeSpeech(page, { voices: fakeVoices });
	await page.goto(firstArticle);
	await page.getByRole('button', { name: 'Listen', exact: true }).click();
	await endCurrent(page);
	await expect(page.locator(speaking)).toHaveAttribute('id', 'b1-1');
	await page.getByRole('button', { name: 'Close' }).click();
	await expect(page.locator(speaking)).toHaveCount(0);
	await expect(page.locator('article.listening-mode')).toHaveCount(0);
	await page.getByRole('button', { name: 'Continue listening' }).click();
	await expect(page.locator(speaking)).toHaveAttribute('id', 'b1-1');
});
