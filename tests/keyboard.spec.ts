import type { Page } from '@playwright/test';
import { expect, firstArticle, test } from './support/fixtures';
import { expectFocusVisible } from './support/a11y';
import { fakeVoices, heard, installFakeSpeech } from './support/fake-speech';
import { hydrated } from './support/settings';

/** Press Tab until `target` has focus, checking at every stop that focus is visible. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, where: string, most = 30) {
	for (let stop = 1; stop <= most; stop++) {
		await page.keyboard.press('Tab');
		await expectFocusVisible(page, `${where}, stop ${stop}`);
		if (await target.evaluate((element) => element === document.activeElement)) return;
	}
	throw new Error(`${where}: Tab never reached the target in ${most} stops`);
}

/** Everything Tab can reach on the page, in order. */
async function tabStops(page: Page) {
	return page.evaluate(
		() =>
			[...document.querySelectorAll<HTMLElement>('a[href], button, input, [tabindex="0"]')].filter(
				(element) => !element.hidden && element.getClientRects().length > 0
			).length
	);
}

test('by keyboard alone: library, article, a setting, and back, focus always visible', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await installFakeSpeech(page, { voices: fakeVoices });
	await page.goto('/');
	await hydrated(page);

	// The library: the skip link first, then on to the article.
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await tabTo(page, skip, 'library', 1);
	const articleLink = page.getByRole('link', { name: /Florida/ }).first();
	await tabTo(page, articleLink, 'library');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(firstArticle);
	await expect(page.locator('article > p[id]')).toHaveCount(9);

	// The article starts over from the top, as a new page does.
	await tabTo(page, skip, 'article', 1);
	const settingsButton = page.getByRole('button', { name: 'Text and display' });
	await tabTo(page, settingsButton, 'article');
	await page.keyboard.press('Enter');
	const panel = page.getByRole('dialog', { name: 'Text and display' });
	await expect(panel.getByRole('button', { name: 'Close' })).toBeFocused();
	await tabTo(page, panel.getByLabel('Auto'), 'settings panel');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('html')).toHaveAttribute('data-folio-theme', 'light');
	await expectFocusVisible(page, 'theme chosen');
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(settingsButton).toBeFocused();
	await expectFocusVisible(page, 'panel closed');

	// Listening: Tab to Listen and start it; focus stays in the bar as Listen becomes the
	// player; pause and close by keyboard, and focus comes back to Listen.
	const listen = page.locator('button.listen');
	await tabTo(page, listen, 'article, to Listen');
	await page.keyboard.press('Enter');
	const bar = page.getByRole('region', { name: 'Listen' });
	// (Tabbing through the article scrolled it, so this may be "Continue listening".)
	await expect(page.locator('.sentence.is-speaking')).toHaveCount(1);
	await expect.poll(() => heard(page)).toHaveLength(1);
	const pause = bar.getByRole('button', { name: 'Pause', exact: true });
	await expect(pause).toBeFocused();
	await expectFocusVisible(page, 'listening started');
	await page.keyboard.press('Enter');
	await expect(bar.getByRole('button', { name: 'Play', exact: true })).toBeFocused();
	await expectFocusVisible(page, 'paused');
	await tabTo(page, bar.getByRole('button', { name: 'Close' }), 'listening bar, to Close', 8);
	await page.keyboard.press('Enter');
	await expect(listen).toBeFocused();
	await expectFocusVisible(page, 'listening closed');

	// Nothing traps focus: Tab runs through every stop on the page and out of it.
	const stops = await tabStops(page);
	let leftPage = false;
	for (let press = 0; press <= stops + 2 && !leftPage; press++) {
		await page.keyboard.press('Tab');
		leftPage = await page.evaluate(() => document.activeElement === document.body);
	}
	expect(leftPage).toBe(true);

	// And back to the library by the site link.
	await tabTo(page, page.getByRole('link', { name: 'Folio', exact: true }), 'back');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library');
	await expect(page.locator('html')).toHaveAttribute('data-folio-theme', 'light');
	await tabTo(page, skip, 'library again', 1);
});
