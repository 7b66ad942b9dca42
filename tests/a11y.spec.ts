import type { Page } from '@playwright/test';
import { expect, firstArticle, test } from './support/fixtures';
import {
	expectNoAxeViolations,
	expectNoAxeViolationsInEach,
	overflowingElements,
	scrollsSideways
} from './support/a11y';
import { waitForServiceWorker } from './support/offline';
import { hydrated, openPanel, otherTab, storeSettings } from './support/settings';

// The article and the settings panel in every theme are checked in settings-themes.spec.ts;
// this covers every other page and panel, each loaded once and shown in every look in turn.
// The first look is not the default (auto), so that every change is one the app must make.
const themes = ['light', 'sepia', 'gray', 'dark', 'black', 'contrast', 'auto'] as const;
const looks = [
	...themes.map((theme) => ({ theme, scheme: 'light' as const })),
	{ theme: 'auto', scheme: 'dark' as const }
];

/** Axe in every look, then back to the light scheme and the default theme. */
async function inEveryLook(page: Page, where: string) {
	await expectNoAxeViolationsInEach(page, where, looks);
	await page.emulateMedia({ colorScheme: 'light' });
	const tab = await otherTab(page);
	await tab.storeSettings({ theme: 'auto' });
	await tab.close();
}

/** Open the Offline panel from the status chip, whatever it says now. */
async function openOfflinePanel(page: Page) {
	await page.locator('.status-line button').click();
	const panel = page.getByRole('dialog', { name: 'Offline' });
	await expect(panel).toBeVisible();
	return panel;
}

test('axe in every theme: the library, its Offline panel and its search results', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.goto('/');
	await hydrated(page);
	await inEveryLook(page, 'library');
	const panel = await openOfflinePanel(page);
	await expect(panel.getByRole('heading', { name: /Articles available offline/ })).toBeVisible();
	await inEveryLook(page, 'library with the Offline panel');
	await page.keyboard.press('Escape');
	// Search results, their marked words included.
	await page.getByRole('searchbox', { name: 'Search articles' }).fill('Umerov');
	await expect(page.locator('.search-results mark')).toHaveCount(1);
	await inEveryLook(page, 'library with search results');
});

test('axe in every theme: the search page, the offline page and the 404', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/search/?q=Umerov');
	await expect(page.locator('.search-results mark')).toHaveCount(1);
	await hydrated(page);
	await inEveryLook(page, 'the search page with results');
	for (const [path, heading] of [
		['/offline/', 'This page is not saved for offline reading'],
		['/no-such-page/', 'Page not found']
	]) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await hydrated(page);
		await inEveryLook(page, path);
	}
});

test('every page has a skip link and the landmarks: banner, site navigation, main, footer', async ({
	page
}) => {
	for (const path of ['/', firstArticle, '/search/', '/offline/', '/no-such-page/']) {
		await page.goto(path);
		await expect(page.getByRole('link', { name: 'Skip to content' })).toHaveAttribute(
			'href',
			'#main'
		);
		await expect(page.getByRole('banner')).toHaveCount(1);
		await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
		await expect(page.getByRole('main')).toHaveCount(1);
		await expect(page.getByRole('contentinfo')).toHaveCount(1);
	}
});

test('"Saved for offline" and the update prompt are polite live regions, there from the start', async ({
	page
}) => {
	await page.goto('/');
	await hydrated(page);
	// Present and empty before anything happens, so assistive technology hears the change.
	const saved = page.locator('.status-line [role="status"]');
	await expect(saved).toBeAttached();
	const update = page.locator('.update-region');
	await expect(update).toHaveAttribute('role', 'status');
	await expect(update).toHaveAttribute('aria-live', 'polite');
	await expect(update).toBeEmpty();
	// Kit's own route announcer is the one assertive region, and speaks only on navigation.
	await expect(
		page.locator('[aria-live="assertive"]:not(#svelte-announcer), [role="alert"]')
	).toHaveCount(0);
	await waitForServiceWorker(page);
	await expect(saved).toHaveText('Saved for offline');
	// The chip itself says it too, but is no live region: it is not announced twice.
	await expect(page.getByRole('button', { name: /Saved for offline/ })).not.toHaveAttribute(
		'aria-live',
		/.*/
	);
});

for (const path of ['/', firstArticle, '/offline/', '/no-such-page/']) {
	test(`${path} at 320 px with text at 200 %: nothing scrolls sideways or sticks out`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(path);
		// Twice the default 20 px: the reader's own size setting, which the site's controls follow.
		await storeSettings(page, { fontSize: 40 });
		await hydrated(page);
		await expect(page.locator('html')).toHaveCSS('font-size', '40px');
		expect(await scrollsSideways(page)).toBe(false);
		expect(await overflowingElements(page)).toEqual([]);
		const panel = await openPanel(page);
		expect(await overflowingElements(page), 'with the settings panel').toEqual([]);
		await page.keyboard.press('Escape');
		await expect(panel).toBeHidden();
		await openOfflinePanel(page);
		expect(await overflowingElements(page), 'with the Offline panel').toEqual([]);
	});
}

test('forced colours: controls keep visible borders and the focus ring', async ({ page }) => {
	await page.emulateMedia({ forcedColors: 'active' });
	await page.goto(firstArticle);
	await hydrated(page);
	const outlined = async (selector: string) =>
		page
			.locator(selector)
			.first()
			.evaluate((element) => {
				const style = getComputedStyle(element);
				return style.borderStyle !== 'none' && parseFloat(style.borderWidth) >= 1;
			});
	expect(await outlined('.settings-button'), 'Text and display button').toBe(true);
	expect(await outlined('.status-line button'), 'offline status button').toBe(true);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).not.toHaveCSS('outline-style', 'none');
	const panel = await openPanel(page);
	for (const chip of await panel.locator('.chip').all())
		await expect(chip).not.toHaveCSS('border-style', 'none');
});

test('reduced motion: no transition or animation runs longer than a blink', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(firstArticle);
	await hydrated(page);
	await openPanel(page);
	const slow = await page.evaluate(() =>
		[...document.querySelectorAll('*')].flatMap((element) => {
			const style = getComputedStyle(element);
			const longest = (list: string) => Math.max(...list.split(',').map((s) => parseFloat(s)));
			const seconds = Math.max(longest(style.transitionDuration), longest(style.animationDuration));
			return seconds > 0.001 ? [`${element.tagName}.${element.className}: ${seconds}s`] : [];
		})
	);
	expect(slow).toEqual([]);
	await expect(page.locator('html')).toHaveCSS('scroll-behavior', 'auto');
});

test('the axe check itself fails on a violation: an image and a button with no name', async ({
	page
}) => {
	await page.goto('/');
	await hydrated(page);
	await page.evaluate(() => {
		const main = document.querySelector('main')!;
		main.insertAdjacentHTML(
			'beforeend',
			'<img src="/favicon.ico" width="16" height="16"><button type="button"></button>'
		);
	});
	await expect(expectNoAxeViolations(page, 'planted')).rejects.toThrow(
		/button-name[\s\S]*image-alt|image-alt[\s\S]*button-name/
	);
});
