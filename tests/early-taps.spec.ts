import type { Page } from '@playwright/test';
import { fakeVoices, heard, installFakeSpeech } from './support/fake-speech';
import { expect, firstArticle, test } from './support/fixtures';
import { hydrated } from './support/settings';

// A tap made as soon as the text shows, before the app runs (src/lib/boot): shown pressed at
// once, and acted on when the app is ready. The app's scripts are held back until the tap.

/** Hold every script of the app until the returned function is called. */
async function holdApp(page: Page): Promise<() => void> {
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/**/*.js', async (route) => {
		await released;
		await route.continue();
	});
	return release;
}

test('a tap on "Text and display" before the app runs opens the panel once it does', async ({
	page
}) => {
	const release = await holdApp(page);
	await page.goto(firstArticle);
	const button = page.getByRole('button', { name: 'Text and display' });
	// Twice, as an impatient reader would: the panel opens, and stays open.
	await button.click();
	await button.click();
	await expect(button).toHaveAttribute('data-folio-pending', '');
	await expect(button).toHaveAttribute('aria-busy', 'true');
	await expect(page.getByRole('dialog', { name: 'Text and display' })).toHaveCount(0);
	release();
	await expect(page.getByRole('dialog', { name: 'Text and display' })).toBeVisible();
	await expect(button).not.toHaveAttribute('data-folio-pending', /.*/);
	// Both taps were handed to the app by now (it takes them as it hydrates): one opening only.
	await hydrated(page);
	await expect(page.getByRole('dialog', { name: 'Text and display' })).toBeVisible();
});

test('Listen is there from the first paint, and a tap on it before the app runs starts listening', async ({
	page
}) => {
	await installFakeSpeech(page, { voices: fakeVoices });
	const release = await holdApp(page);
	await page.goto(firstArticle);
	const listen = page.getByRole('button', { name: 'Listen', exact: true });
	await listen.click();
	await expect(listen).toHaveAttribute('data-folio-pending', '');
	release();
	await expect(page.locator('.sentence.is-speaking')).toHaveAttribute('id', 'b0-1');
	await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
	// Chromium needs no silent unlocking utterance (WebKit does: the unit tests): the title first.
	expect(await heard(page)).toEqual([
		'U.S. and Ukraine to meet again in Florida after inconclusive Moscow talks'
	]);
});

test('links work before the app runs, as the browser’s own', async ({ page }) => {
	const release = await holdApp(page);
	await page.goto(firstArticle);
	await page.getByRole('link', { name: 'Folio', exact: true }).click();
	await expect(page).toHaveURL('/');
	release();
});
