// Nothing overlaps, nothing is clipped, controls are big enough to tap and the page is one
// column: every page and state, at 320, 390, 768 and 1440 px, light and dark, and with 200 %
// text at 320 px. The check itself is tests/support/layout.ts.
import type { Page } from '@playwright/test';
import { expect, ownServerTest, pictureTest, test } from './support/fixtures';
import { secondBuildDir } from './support/global-setup';
import { waitForServiceWorker } from './support/offline';
import { fakeVoices, installFakeSpeech } from './support/fake-speech';
import { column, layoutProblems } from './support/layout';
import { inProgress, states, type State } from './support/layout-states';
import { hydrated } from './support/settings';
import { seed, storageKeys } from './support/stored';

// Each width is one page going through every state, checked in the light and then the dark
// scheme (emulated in place: the default theme follows the system's), so a state is loaded once
// for both schemes.
const screens = [
	...[320, 390, 768, 1440].map((width) => ({
		width,
		schemes: ['light', 'dark'] as const,
		textZoom: 1
	})),
	{ width: 320, schemes: ['light'] as const, textZoom: 2 }
];

/** The layout problems of each state in `list`, loaded in turn on `page`, in each scheme. */
async function problemsIn(
	page: Page,
	list: State[],
	schemes: readonly ('light' | 'dark')[],
	width: number,
	textZoom: number
): Promise<string[]> {
	await installFakeSpeech(page, { voices: fakeVoices });
	if (textZoom > 1) {
		// The browser's text size setting: the root font size, which rem and em follow.
		await page.addInitScript(() => {
			document.addEventListener('DOMContentLoaded', () => {
				document.documentElement.style.fontSize = '200%';
			});
		});
	}
	const found: string[] = [];
	for (const state of list) {
		await page.emulateMedia({ colorScheme: schemes[0] });
		await page.goto(state.path);
		await hydrated(page);
		await page.evaluate(() => document.fonts.ready);
		await state.show?.(page);
		for (const scheme of schemes) {
			await page.emulateMedia({ colorScheme: scheme });
			const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
			expect(dark, `${state.name}: the ${scheme} scheme is on`).toBe(scheme === 'dark');
			const problems = await page.evaluate(layoutProblems, { phone: width < 500, column });
			found.push(...problems.map((problem) => `${state.name}, ${scheme}: ${problem}`));
		}
		await page.evaluate(() => localStorage.clear());
	}
	return found;
}

for (const { width, schemes, textZoom } of screens) {
	const title = `${width} px${textZoom > 1 ? ', 200 % text' : ''}`;
	const use = {
		viewport: { width, height: width < 700 ? 844 : 900 },
		colorScheme: schemes[0],
		reducedMotion: 'reduce'
	} as const;

	test.describe(title, () => {
		test.use(use);
		test(`no overlap, clipping, small targets or ragged column in any page or state, ${schemes.join(' and ')}`, async ({
			page
		}) => {
			// Some 20 states, each a fresh load: about 15 s alone, over a minute on a busy machine.
			test.setTimeout(180_000);
			const list = states.filter((state) => !state.build);
			expect(await problemsIn(page, list, schemes, width, textZoom)).toEqual([]);
		});
	});

	pictureTest.describe(title, () => {
		pictureTest.use(use);
		pictureTest(
			`the same in an article with pictures, ${schemes.join(' and ')}`,
			async ({ page }) => {
				const list = states.filter((state) => state.build === 'pictures');
				expect(await problemsIn(page, list, schemes, width, textZoom)).toEqual([]);
			}
		);
	});
}

test.describe('the listening bar on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });

	test('the Listen dock keeps "Continue listening" and "From the start" on one row', async ({
		page
	}) => {
		await page.goto('/');
		await seed(page, storageKeys.positions, inProgress);
		await page.goto('/articles/us-ukraine-florida-talks/');
		await hydrated(page);
		const dock = page.getByRole('region', { name: 'Listen' });
		const resume = dock.getByRole('button', { name: 'Continue listening' });
		const restart = dock.getByRole('button', { name: 'From the start' });
		await expect(restart).toBeVisible();
		const [a, b] = [(await resume.boundingBox())!, (await restart.boundingBox())!];
		expect(Math.abs(a.y - b.y)).toBeLessThan(1);
		// One row of 44 px targets and the dock's padding, not two rows (141 px before).
		expect((await dock.boundingBox())!.height).toBeLessThanOrEqual(80);
	});

	test('is at most 96 px tall; its options open in a sheet that Escape and Done close', async ({
		page
	}) => {
		await installFakeSpeech(page, { voices: fakeVoices });
		await page.goto('/articles/us-ukraine-florida-talks/');
		await hydrated(page);
		await page.getByRole('button', { name: 'Listen', exact: true }).click();
		const bar = page.getByRole('region', { name: 'Listen' });
		await expect(bar.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
		const height = async () => (await bar.boundingBox())!.height;
		expect(await height()).toBeLessThanOrEqual(96);

		const more = bar.getByRole('button', { name: 'More' });
		const sheet = page.getByRole('group', { name: 'Listening options' });
		await more.click();
		await expect(sheet.getByLabel('Sleep timer')).toBeVisible();
		await expect(sheet.getByRole('button', { name: 'Next paragraph' })).toBeVisible();
		// The sheet lies over the text, above the bar: the bar keeps its height.
		expect(await height()).toBeLessThanOrEqual(96);
		expect(
			(await sheet.boundingBox())!.y + (await sheet.boundingBox())!.height
		).toBeLessThanOrEqual((await bar.boundingBox())!.y + 1);
		await page.keyboard.press('Escape');
		await expect(sheet).toHaveCount(0);
		await expect(more).toBeFocused();
		await more.click();
		await sheet.getByRole('button', { name: 'Done' }).click();
		await expect(sheet).toHaveCount(0);
		await expect(more).toHaveAttribute('aria-expanded', 'false');
	});
});

for (const width of [390, 1440]) {
	for (const scheme of ['light', 'dark'] as const) {
		ownServerTest.describe(`${width} px, ${scheme}, an update ready`, () => {
			ownServerTest.use({
				viewport: { width, height: width < 700 ? 844 : 900 },
				colorScheme: scheme,
				reducedMotion: 'reduce'
			});

			ownServerTest('the update prompt covers nothing it must not', async ({ page, server }) => {
				await page.goto('/');
				await waitForServiceWorker(page);
				await server.stop();
				await server.resume(secondBuildDir);
				// On the article, "Continued where you left off" shows at the same time.
				await seed(page, storageKeys.positions, inProgress);
				const found: string[] = [];
				for (const path of ['/', '/articles/us-ukraine-florida-talks/']) {
					await page.goto(path);
					await hydrated(page);
					await page.evaluate(async () => {
						await (await navigator.serviceWorker.getRegistration('/'))?.update();
					});
					await page.getByText('A new version is ready.').waitFor();
					if (path !== '/') await page.getByText('Continued where you left off.').waitFor();
					const problems = await page.evaluate(layoutProblems, {
						phone: width < 500,
						column
					});
					found.push(...problems.map((problem) => `${path}: ${problem}`));
				}
				expect(found).toEqual([]);
			});
		});
	}
}

test.describe('on a notched phone (safe-area insets emulated)', () => {
	for (const { name, viewport, insets } of [
		{
			name: 'portrait',
			viewport: { width: 390, height: 844 },
			insets: { top: 47, bottom: 34, left: 0, right: 0 }
		},
		{
			name: 'landscape',
			viewport: { width: 844, height: 390 },
			insets: { top: 0, bottom: 21, left: 47, right: 47 }
		}
	]) {
		test(`${name}: bars and the column keep clear of the insets, and nothing overlaps`, async ({
			page,
			context
		}) => {
			await page.setViewportSize(viewport);
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setSafeAreaInsetsOverride' as never, { insets } as never);
			await installFakeSpeech(page, { voices: fakeVoices });
			await page.goto('/articles/us-ukraine-florida-talks/');
			await hydrated(page);
			await page.getByRole('button', { name: 'Listen', exact: true }).click();
			await page.locator('.sentence.is-speaking').waitFor();
			const measured = await page.evaluate(() => {
				const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
				const dock = document.querySelector('.listen-dock')!;
				return {
					brandTop: box('.site-header .brand').top,
					brandLeft: box('.site-header .brand').left,
					textLeft: box('article h1').left,
					textRight: box('article > p').right,
					progressTop: box('.reading-progress').top,
					dockContentBottom:
						dock.getBoundingClientRect().bottom - parseFloat(getComputedStyle(dock).paddingBottom)
				};
			});
			expect(measured.brandTop).toBeGreaterThanOrEqual(insets.top);
			expect(measured.progressTop).toBe(insets.top);
			expect(measured.brandLeft).toBeGreaterThanOrEqual(insets.left);
			expect(measured.textLeft).toBe(measured.brandLeft);
			expect(measured.textRight).toBeLessThanOrEqual(viewport.width - insets.right);
			expect(measured.dockContentBottom).toBeLessThanOrEqual(viewport.height - insets.bottom);
			const problems = await page.evaluate(layoutProblems, {
				phone: true,
				column
			});
			expect(problems).toEqual([]);
		});
	}
});
