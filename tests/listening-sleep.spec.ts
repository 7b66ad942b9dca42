import type { Page } from '@playwright/test';
import { fakeVoices, heard, held, installFakeSpeech } from './support/fake-speech';
import { expect, firstArticle, test } from './support/fixtures';

const speaking = (page: Page) => page.locator('.sentence.is-speaking');

test('the sleep timer pauses at the end of the sentence being spoken', async ({ page }) => {
	await page.clock.install();
	await installFakeSpeech(page, { voices: fakeVoices });
	await page.goto(firstArticle);
	await page.getByRole('button', { name: 'Listen', exact: true }).click();
	await page.clock.runFor(50);
	await expect(speaking(page)).toHaveAttribute('id', 'b0-1');
	await page.getByRole('button', { name: 'More' }).click();
	await page.getByLabel('Sleep timer').selectOption('5');
	await page.clock.fastForward(5 * 60_000);
	await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
	await page.evaluate(() =>
		(window as unknown as { __fakeSpeech: { endCurrent(): void } }).__fakeSpeech.endCurrent()
	);
	await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
	await expect(speaking(page)).toHaveAttribute('id', 'b1-1');
	await expect(page.getByLabel('Sleep timer')).toHaveValue('off');
	// Nothing after the sentence that crossed the time: what was queued ahead is cancelled.
	await page.clock.runFor(50);
	expect(await heard(page)).toHaveLength(1);
	expect(await held(page)).toBe(0);
});
