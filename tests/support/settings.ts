import type { Page } from '@playwright/test';
import { storageKeys } from './stored';

export const settingsKey = storageKeys.settings;

/** Store `settings` (as the app would, version 1) in the page's origin. */
async function writeSettings(page: Page, settings: Record<string, unknown>) {
	await page.evaluate(
		([key, value]) => localStorage.setItem(key, JSON.stringify({ v: 1, data: value })),
		[settingsKey, settings] as const
	);
}

/** Store `settings` (as the app would, version 1) for the page's origin, then reload. */
export async function storeSettings(page: Page, settings: Record<string, unknown>) {
	await writeSettings(page, settings);
	await page.reload();
}

/**
 * A second page of the same site, as another tab: the settings it stores reach `page` by the
 * browser's own storage event, which the running app applies with no reload. For checks that
 * visit every theme in one load of a page (a load each took most of their time).
 */
export async function otherTab(page: Page) {
	const other = await page.context().newPage();
	// Any document of the origin shares its storage; this one runs no app of its own.
	await other.goto(new URL('/robots.txt', page.url()).href);
	return {
		storeSettings: (settings: Record<string, unknown>) => writeSettings(other, settings),
		close: () => other.close()
	};
}

/** The stored settings of the page's origin, parsed. */
export async function storedSettings(page: Page): Promise<Record<string, unknown> | undefined> {
	const text = await page.evaluate((key) => localStorage.getItem(key), settingsKey);
	return text ? JSON.parse(text).data : undefined;
}

/** Open the "Text and display" panel (once the app has started) and return it. */
export async function openPanel(page: Page) {
	await hydrated(page);
	await page.getByRole('button', { name: 'Text and display' }).click();
	const panel = page.getByRole('dialog', { name: 'Text and display' });
	await panel.waitFor();
	return panel;
}

/** Wait until the app has hydrated (SvelteKit adds its route announcer once mounted). */
export async function hydrated(page: Page) {
	await page.locator('#svelte-announcer').waitFor({ state: 'attached' });
}
