// Nothing moves once painted: what loads after the first paint (progress, the reading tools, Up
// next) takes space reserved for it, or none. Lighthouse's CLS in `npm run bench` says the
// same for one visit; this checks every page a reader starts on, with and without stored state.
import type { Page } from '@playwright/test';
import { expect, firstArticle, test } from './support/fixtures';
import { hydrated } from './support/settings';

/** The layout shifts since the page started, as the browser reports them (not from input). */
function shifts(page: Page) {
	return page.evaluate(
		() =>
			new Promise<number[]>((resolve) => {
				const values: number[] = [];
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as (PerformanceEntry & {
						value: number;
						hadRecentInput: boolean;
					})[]) {
						if (!entry.hadRecentInput) values.push(entry.value);
					}
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => resolve(values), 200);
			})
	);
}

for (const path of ['/', firstArticle]) {
	test(`${path}: nothing shifts after the first paint, on a first visit`, async ({ page }) => {
		await page.goto(path);
		await hydrated(page);
		await page.waitForLoadState('networkidle');
		expect(await shifts(page)).toEqual([]);
	});
}
