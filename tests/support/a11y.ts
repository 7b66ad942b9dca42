import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { otherTab } from './settings';

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

/**
 * Run axe (every rule, as configured by default) on the page as it is now and expect no
 * violations, named by `where` on failure. axe-core runs in the page itself, added once per
 * document, and only the violations come back: @axe-core/playwright added it to every frame
 * again at each run and sent back every rule's passes too, which took 600 ms a run here against
 * 250 for the same violations (the pages have no frames).
 */
export async function expectNoAxeViolations(page: Page, where: string) {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		type Axe = { run(context: Document, options: object): Promise<AxeResults> };
		const { axe } = window as unknown as { axe: Axe };
		// Only the violations are kept whole; passes and the rest stop at their first node.
		const results = await axe.run(document, { resultTypes: ['violations'] });
		return results.violations.map(
			(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
	});
	expect(violations, where).toEqual([]);
}

/**
 * Axe on the page as it is, in each of `looks` in turn: the theme stored by another tab and
 * applied in place by the running app (and the colour scheme emulated, where one is given).
 * The first look should not be the page's own, so that every change is one the app makes.
 */
export async function expectNoAxeViolationsInEach(
	page: Page,
	where: string,
	looks: { theme: string; scheme?: 'light' | 'dark' }[]
) {
	const tab = await otherTab(page);
	for (const { theme, scheme } of looks) {
		if (scheme) await page.emulateMedia({ colorScheme: scheme });
		await tab.storeSettings({ theme });
		await expect(page.locator('html')).toHaveAttribute('data-folio-theme', theme);
		await expectNoAxeViolations(page, `${where}, ${theme} theme${scheme ? ` (${scheme})` : ''}`);
	}
	await tab.close();
}

/** Elements that stick out of the window sideways (the screen-reader-only text aside). */
export async function overflowingElements(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const out: string[] = [];
		for (const element of document.body.querySelectorAll('*')) {
			if (element.closest('.sr-only, .skip-link, script, style, head')) continue;
			const box = element.getBoundingClientRect();
			if (box.width === 0 || box.height === 0) continue;
			if (box.right > width + 0.5 || box.left < -0.5) {
				out.push(`${element.tagName.toLowerCase()}.${element.className} ${box.left}–${box.right}`);
			}
		}
		return out;
	});
}

/** True when the document scrolls sideways. */
export async function scrollsSideways(page: Page): Promise<boolean> {
	return page.evaluate(
		() => document.documentElement.scrollWidth > document.documentElement.clientWidth
	);
}

/** The focused element is not the body, is on screen, and shows a focus outline. */
export async function expectFocusVisible(page: Page, where: string) {
	const focus = await page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		if (!element || element === document.body) return { lost: true };
		const style = getComputedStyle(element);
		const box = element.getBoundingClientRect();
		return {
			lost: false,
			name: `${element.tagName} ${element.textContent?.trim().slice(0, 40)}`,
			ring: element.matches(':focus-visible') && style.outlineStyle !== 'none',
			outlineWidth: parseFloat(style.outlineWidth),
			onScreen: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth
		};
	});
	expect(focus.lost, `${where}: focus lost`).toBe(false);
	expect(focus, where).toMatchObject({ ring: true, onScreen: true });
	expect(focus.outlineWidth, where).toBeGreaterThanOrEqual(2);
}
