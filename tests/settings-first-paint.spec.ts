import { expect, firstArticle, test } from './support/fixtures';
import { hydrated, storeSettings } from './support/settings';

/** What one animation frame saw, just before the browser painted it. */
interface Frame {
	theme: string | null;
	background: string;
	hasText: boolean;
	fontFamily?: string;
	fontSize?: string;
	color?: string;
	appStarted: boolean;
}

test('saved settings are on the very first painted frame, even while the app JS is held back', async ({
	page
}) => {
	await page.goto(firstArticle);
	await storeSettings(page, { theme: 'dark', font: 'lexend', fontSize: 28 });

	// Hold every app script until the first frames are checked: the slowest possible JS.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	// requestAnimationFrame callbacks run right before their frame's style, layout and paint, so
	// what they read is what that frame shows. Record frames until the text has been painted.
	await page.addInitScript(() => {
		const frames: Frame[] = [];
		(window as unknown as { __frames: Frame[] }).__frames = frames;
		const record = () => {
			const html = document.documentElement;
			const text = document.querySelector('article > p[id]');
			const style = text && getComputedStyle(text);
			frames.push({
				theme: html.getAttribute('data-folio-theme'),
				background: getComputedStyle(html).backgroundColor,
				hasText: Boolean(text),
				fontFamily: style?.fontFamily,
				fontSize: style?.fontSize,
				color: style?.color,
				appStarted: Boolean(document.getElementById('svelte-announcer'))
			});
			if (!text || frames.length < 3) requestAnimationFrame(record);
		};
		requestAnimationFrame(record);
	});

	await page.goto(firstArticle, { waitUntil: 'commit' });
	await page.waitForFunction(() =>
		(window as unknown as { __frames?: Frame[] }).__frames?.some((frame) => frame.hasText)
	);
	const frames = await page.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames);
	expect(frames.length).toBeGreaterThan(0);
	for (const frame of frames) {
		expect(frame).toMatchObject({ theme: 'dark', background: 'rgb(23, 24, 27)' });
		expect(frame.appStarted).toBe(false);
		if (frame.hasText) {
			expect(frame.fontFamily).toMatch(/^Lexend/);
			expect(frame).toMatchObject({ fontSize: '28px', color: 'rgb(232, 228, 220)' });
		}
	}

	// Once the app starts it shows the same, not a reset.
	release();
	await hydrated(page);
	const text = page.locator('article > p[id]').first();
	await expect(text).toHaveCSS('font-family', /^Lexend/);
	await expect(text).toHaveCSS('font-size', '28px');
	await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(23, 24, 27)');
});
