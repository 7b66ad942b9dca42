// Nothing overlaps, nothing is clipped, controls are big enough to tap and the page is one
// column: every page and state, at 320, 390, 768 and 1440 px, light and dark, and with 200 %
// text at 320 px. The check itself is tests/support/layout.ts.
import { expect, test } from './support/fixtures';
import { fakeVoices, installFakeSpeech } from './support/fake-speech';
import { layoutProblems } from './support/layout';
import { states } from './support/layout-states';
import { hydrated } from './support/settings';

const screens = [
	...[320, 390, 768, 1440].flatMap((width) =>
		(['light', 'dark'] as const).map((scheme) => ({ width, scheme, textZoom: 1 }))
	),
	{ width: 320, scheme: 'light' as const, textZoom: 2 }
];

for (const { width, scheme, textZoom } of screens) {
	test.describe(`${width} px, ${scheme}${textZoom > 1 ? ', 200 % text' : ''}`, () => {
		test.use({
			viewport: { width, height: width < 700 ? 844 : 900 },
			colorScheme: scheme,
			reducedMotion: 'reduce'
		});

		test('no overlap, clipping, small targets or ragged column in any page or state', async ({
			page
		}) => {
			test.setTimeout(90_000);
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
			for (const state of states) {
				await page.goto(state.path);
				await hydrated(page);
				await page.evaluate(() => document.fonts.ready);
				await state.show?.(page);
				const problems = await page.evaluate(layoutProblems, {
					phone: width < 500,
					column: ['.site-header .brand', 'main h1', '.site-footer p']
				});
				found.push(...problems.map((problem) => `${state.name}: ${problem}`));
				await page.evaluate(() => localStorage.clear());
			}
			expect(found).toEqual([]);
		});
	});
}
