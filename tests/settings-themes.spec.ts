import { contrastRatio } from '../src/lib/settings/contrast';
import { expectNoAxeViolationsInEach } from './support/a11y';
import { fakeVoices, installFakeSpeech } from './support/fake-speech';
import { expect, firstArticle, test } from './support/fixtures';
import { hydrated, openPanel, storeSettings } from './support/settings';

const builtIn = ['auto', 'light', 'sepia', 'gray', 'dark', 'black', 'contrast'];

for (const scheme of ['light', 'dark'] as const) {
	for (const theme of builtIn) {
		if (theme === 'auto' || scheme === 'light') {
			test(`${theme} theme (system ${scheme}): body text 7:1, muted text, links and focus 4.5:1`, async ({
				page
			}) => {
				await page.emulateMedia({ colorScheme: scheme });
				await page.goto(firstArticle);
				await storeSettings(page, { theme });
				const colours = await page.evaluate(() => {
					const html = getComputedStyle(document.documentElement);
					const colour = (selector: string) =>
						getComputedStyle(document.querySelector(selector)!).color;
					return {
						background: html.backgroundColor,
						text: colour('article > p[id]'),
						muted: colour('article .facts'),
						link: colour('.skip-link'),
						focus: html.getPropertyValue('--folio-focus').trim()
					};
				});
				const ratio = (colour: string) => contrastRatio(colour, colours.background);
				test.info().annotations.push({
					type: 'contrast',
					description: `text ${ratio(colours.text).toFixed(2)}, muted ${ratio(colours.muted).toFixed(2)}, link ${ratio(colours.link).toFixed(2)}, focus ${ratio(colours.focus).toFixed(2)}`
				});
				expect(ratio(colours.text)).toBeGreaterThanOrEqual(7);
				expect(ratio(colours.muted)).toBeGreaterThanOrEqual(4.5);
				expect(ratio(colours.link)).toBeGreaterThanOrEqual(4.5);
				expect(ratio(colours.focus)).toBeGreaterThanOrEqual(4.5);
			});
		}
	}
}

test('axe finds no violations in any theme: the article, the open panel, the listening bar', async ({
	page
}) => {
	test.setTimeout(90_000);
	await installFakeSpeech(page, { voices: fakeVoices });
	await page.goto(firstArticle);
	await hydrated(page);
	// Auto, the default, last: every change is one the app must make.
	const themes = [...builtIn.filter((t) => t !== 'auto'), 'custom', 'auto'].map((theme) => ({
		theme
	}));
	const inEveryTheme = (where: string) => expectNoAxeViolationsInEach(page, where, themes);
	await inEveryTheme('the article');
	await openPanel(page);
	await inEveryTheme('the open panel');
	await page.keyboard.press('Escape');
	// Listening, with every option shown and a sentence and word highlighted.
	await page.getByRole('button', { name: 'Listen', exact: true }).click();
	await expect(page.locator('.sentence.is-speaking')).toHaveCount(1);
	const bar = page.getByRole('region', { name: 'Listen' });
	await bar.getByRole('button', { name: 'More' }).click();
	await expect(bar.getByRole('button', { name: 'More' })).toHaveAttribute('aria-expanded', 'true');
	await inEveryTheme('the listening bar');
});
