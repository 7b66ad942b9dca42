import type { Page } from '@playwright/test';
import { expect, firstArticle, test } from './support/fixtures';
import { hydrated } from './support/settings';

/**
 * Esc, then Enter at once: the dialog closes, and its close event comes a task later, after the
 * reopening. Done here in one task (close, then the button's click) so the order is certain; in
 * CI a real Esc and Enter 20 ms apart once left the panel closed.
 */
async function closeAndReopenAtOnce(page: Page, dialogName: string, opener: string) {
	const dialog = page.getByRole('dialog', { name: dialogName });
	await page.locator(opener).click();
	await expect(dialog).toBeVisible();
	await page.evaluate((selector) => {
		document.querySelector('dialog')?.close();
		document.querySelector<HTMLButtonElement>(selector)?.click();
	}, opener);
	// The late close event has run by the next frames; the reopened panel must still be there.
	await page.evaluate(
		() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
	);
	await expect(dialog).toBeVisible();
	await expect(dialog).toHaveCount(1);
}

test.beforeEach(async ({ page }) => {
	await page.goto(firstArticle);
	await hydrated(page);
});

test('the Text and display panel reopened at once stays open', async ({ page }) => {
	await closeAndReopenAtOnce(page, 'Text and display', 'button.settings-button');
});

test('the Offline panel reopened at once stays open', async ({ page }) => {
	await closeAndReopenAtOnce(page, 'Offline', 'button.status');
});
