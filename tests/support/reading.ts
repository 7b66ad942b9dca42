import type { Page } from '@playwright/test';
import { storageKeys } from './stored';

export const positionsKey = storageKeys.positions;

/** The id of the sentence crossing the top of the viewport, as the reader sees it. */
export async function topSentence(page: Page): Promise<string | undefined> {
	return page.evaluate(
		() =>
			[...document.querySelectorAll('article .sentence[id]')].find(
				(s) => s.getBoundingClientRect().bottom > 1
			)?.id
	);
}

/** Scroll so that sentence `id` starts at the top of the viewport, as a reader would. */
export async function scrollToSentence(page: Page, id: string): Promise<void> {
	await page.evaluate((id) => {
		const top = document.getElementById(id)!.getBoundingClientRect().top;
		window.scrollBy({ top: top + 2, behavior: 'instant' });
	}, id);
}

/** The stored position of `slug`, parsed (undefined when none). */
export async function storedPosition(page: Page, slug: string) {
	const text = await page.evaluate((key) => localStorage.getItem(key), positionsKey);
	return text ? JSON.parse(text).data?.[slug] : undefined;
}

/**
 * Store the positions of the page's origin as version 2, then come back to the page. Leaving
 * first lets the article save its own place (it does on pagehide) before ours is written.
 */
export async function storePositions(page: Page, positions: Record<string, unknown>) {
	const back = page.url();
	await page.goto('/');
	await page.evaluate(
		([key, value]) => localStorage.setItem(key, JSON.stringify({ v: 2, data: value })),
		[positionsKey, positions] as const
	);
	await page.goto(back);
}
