import type { Page } from '@playwright/test';
import { fakeVoices, installFakeSpeech, spoken } from './support/fake-speech';
import { expect, firstArticle, test } from './support/fixtures';
import { hydrated } from './support/settings';

const speaking = (page: Page) => page.locator('.sentence.is-speaking');

test('keys play, pause and skip, without breaking scrolling or typing', async ({ page }) => {
	await installFakeSpeech(page, { voices: fakeVoices });
	await page.setViewportSize({ width: 800, height: 600 });
	await page.goto(firstArticle);
	// The Listen button is there from the first paint; keys work once the app runs.
	await expect(page.getByRole('button', { name: 'Listen', exact: true })).toBeVisible();
	await hydrated(page);
	await page.keyboard.press('k');
	await expect(speaking(page)).toHaveAttribute('id', 'b0-1');
	await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();

	await page.keyboard.press('l');
	await expect(speaking(page)).toHaveAttribute('id', 'b1-1');
	await page.keyboard.press('Shift+L');
	await expect(speaking(page)).toHaveAttribute('id', 'b2-1');
	await page.keyboard.press(']');
	await expect(speaking(page)).toHaveAttribute('id', 'b3-1');
	await page.keyboard.press('l');
	await expect(speaking(page)).toHaveAttribute('id', 'b3-2');
	// Back twice quickly: within 2 s of a start each press goes one sentence further back.
	await page.keyboard.press('j');
	await expect(speaking(page)).toHaveAttribute('id', 'b3-1');
	await page.keyboard.press('Shift+J');
	await expect(speaking(page)).toHaveAttribute('id', 'b2-1');
	await page.keyboard.press('[');
	await expect(speaking(page)).toHaveAttribute('id', 'b1-1');

	await page.keyboard.press('k');
	await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
	const count = (await spoken(page)).length;

	// Space still scrolls, and keys typed into a field stay there.
	await page.locator('body').click({ position: { x: 5, y: 5 } });
	const before = await page.evaluate(() => scrollY);
	await page.keyboard.press('Space');
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before);
	await page.getByLabel('Speed').focus();
	await page.keyboard.press('k');
	await page.keyboard.press('l');
	await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
	expect(await spoken(page)).toHaveLength(count);
	await page.keyboard.press('Control+l');
	expect(await spoken(page)).toHaveLength(count);

	await page.locator('body').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('?');
	const help = page.getByRole('region', { name: 'Listening keys' });
	await expect(help).toBeVisible();
	await expect(help).toContainText('Play or pause');
	await expect(help).toContainText('Previous paragraph');
	await page.keyboard.press('?');
	await expect(help).toBeHidden();
});
