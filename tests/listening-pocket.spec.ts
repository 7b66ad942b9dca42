// Listening in a pocket, with the fake speech engine: the keep-audible tone plays exactly while
// speaking, the lock screen shows and drives listening, and coming back to the page finds the
// sentence being spoken. (With a real engine: tests/real-speech.spec.ts.)
import type { Page } from '@playwright/test';
import { endCurrent, fakeVoices, heard, installFakeSpeech } from './support/fake-speech';
import { expect, firstArticle, test } from './support/fixtures';
import {
	keepAudible,
	lockScreen,
	pressOnLockScreen,
	setPageHidden,
	spokenSentenceInView,
	watchMediaSession
} from './support/pocket';

const speaking = (page: Page) => page.locator('.sentence.is-speaking');
const play = (page: Page) => page.getByRole('button', { name: 'Play', exact: true });
const pause = (page: Page) => page.getByRole('button', { name: 'Pause', exact: true });

/** The sentences in reading order, with their words counted as listening counts them. */
function sentences(page: Page) {
	return page.evaluate(() =>
		[...document.querySelectorAll('.sentence')].map((sentence) => ({
			id: sentence.id,
			words: (sentence.textContent ?? '').split(/\s+/).filter(Boolean).length
		}))
	);
}

test.describe('the keep-audible tone', () => {
	test('plays exactly while speaking: not before Listen, not paused, not after the end', async ({
		page
	}) => {
		await installFakeSpeech(page, { voices: fakeVoices });
		await page.goto(firstArticle);
		expect(await keepAudible(page)).toBe('none');
		await page.getByRole('button', { name: 'Listen', exact: true }).click();
		await expect(speaking(page)).toHaveAttribute('id', 'b0-1');
		await expect.poll(() => keepAudible(page)).toBe('playing');
		await pause(page).click();
		await expect.poll(() => keepAudible(page)).toBe('paused');
		await play(page).click();
		await expect.poll(() => keepAudible(page)).toBe('playing');
		// To the last sentence and through it: the end.
		const last = (await sentences(page)).at(-1)!.id;
		await page.locator(`#${last}`).click();
		await expect(speaking(page)).toHaveAttribute('id', last);
		await endCurrent(page);
		await expect(page.getByText('Finished. Play starts again from the top.')).toBeVisible();
		await expect.poll(() => keepAudible(page)).toBe('paused');
	});

	test('stops at the sleep timer, with the speech', async ({ page }) => {
		await page.clock.install();
		await installFakeSpeech(page, { voices: fakeVoices });
		await page.goto(firstArticle);
		await page.getByRole('button', { name: 'Listen', exact: true }).click();
		await page.clock.runFor(50);
		await expect(speaking(page)).toHaveAttribute('id', 'b0-1');
		await expect.poll(() => keepAudible(page)).toBe('playing');
		await page.getByRole('button', { name: 'More' }).click();
		await page.getByLabel('Sleep timer').selectOption('5');
		await page.clock.fastForward(5 * 60_000);
		await endCurrent(page);
		await expect(play(page)).toBeVisible();
		await expect.poll(() => keepAudible(page)).toBe('paused');
	});

	test('never plays when the setting is off, and the setting is kept', async ({ page }) => {
		await installFakeSpeech(page, { voices: fakeVoices });
		await page.goto(firstArticle);
		await page.getByRole('button', { name: 'Listen', exact: true }).click();
		await page.getByRole('button', { name: 'More' }).click();
		const setting = page.getByLabel('Keep listening with the screen locked');
		await expect(setting).toBeChecked();
		await expect(setting).toHaveAccessibleDescription(/a tone too low to hear/);
		await setting.uncheck();
		expect(await keepAudible(page)).toBe('none');
		await page.reload();
		await page.locator('button.listen').click();
		await expect(speaking(page)).toHaveCount(1);
		await expect(pause(page)).toBeVisible();
		expect(await keepAudible(page)).toBe('none');
		await page.getByRole('button', { name: 'More' }).click();
		await expect(page.getByLabel('Keep listening with the screen locked')).not.toBeChecked();
	});

	test('a pause from outside (headphones, the system) pauses listening, and a play plays', async ({
		page
	}) => {
		await installFakeSpeech(page, { voices: fakeVoices });
		await page.goto(firstArticle);
		await page.getByRole('button', { name: 'Listen', exact: true }).click();
		await expect.poll(() => keepAudible(page)).toBe('playing');
		await page.evaluate(() =>
			document.querySelector<HTMLAudioElement>('audio[data-folio-keep-audible]')!.pause()
		);
		await expect(play(page)).toBeVisible();
		await page.evaluate(() =>
			document.querySelector<HTMLAudioElement>('audio[data-folio-keep-audible]')!.play()
		);
		await expect(pause(page)).toBeVisible();
		await expect(speaking(page)).toHaveAttribute('id', 'b0-1');
		expect(await heard(page)).toEqual([
			'U.S. and Ukraine to meet again in Florida after inconclusive Moscow talks',
			'U.S. and Ukraine to meet again in Florida after inconclusive Moscow talks'
		]);
	});
});

test('the lock screen shows the article and its place, and its controls drive listening', async ({
	page
}) => {
	await watchMediaSession(page);
	await installFakeSpeech(page, { voices: fakeVoices });
	await page.goto(firstArticle);
	await page.getByRole('button', { name: 'Listen', exact: true }).click();
	await expect(speaking(page)).toHaveAttribute('id', 'b0-1');
	const all = await sentences(page);
	const seconds = (words: number, rate = 1) => (words * 60) / (150 * rate);
	const total = seconds(all.reduce((sum, s) => sum + s.words, 0));
	const before = (id: string) =>
		seconds(
			all
				.slice(
					0,
					all.findIndex((s) => s.id === id)
				)
				.reduce((sum, s) => sum + s.words, 0)
		);

	const shown = await lockScreen(page);
	expect(shown).toMatchObject({
		title: 'U.S. and Ukraine to meet again in Florida after inconclusive Moscow talks',
		artist: 'By U.S. Department of State',
		album: 'Folio',
		playbackState: 'playing',
		actions: [
			'nexttrack',
			'pause',
			'play',
			'previoustrack',
			'seekbackward',
			'seekforward',
			'seekto',
			'stop'
		]
	});
	expect(shown.artwork).toEqual([
		[new URL('/pwa-192x192.png', page.url()).href, '192x192'],
		[new URL('/pwa-512x512.png', page.url()).href, '512x512']
	]);
	expect(shown.position?.duration).toBeCloseTo(total, 6);
	expect(shown.position?.position).toBe(0);

	await endCurrent(page);
	await expect(speaking(page)).toHaveAttribute('id', 'b1-1');
	await expect
		.poll(async () => (await lockScreen(page)).position?.position)
		.toBeCloseTo(before('b1-1'), 6);

	// Tracks are paragraphs, seeking steps are sentences (b1 is a paragraph of two).
	expect(all.slice(1, 4).map((s) => s.id)).toEqual(['b1-1', 'b1-2', 'b2-1']);
	await pressOnLockScreen(page, 'nexttrack');
	await expect(speaking(page)).toHaveAttribute('id', 'b2-1');
	await pressOnLockScreen(page, 'previoustrack');
	await expect(speaking(page)).toHaveAttribute('id', 'b1-1');
	await pressOnLockScreen(page, 'seekforward');
	await expect(speaking(page)).toHaveAttribute('id', 'b1-2');
	await pressOnLockScreen(page, 'seekforward');
	await expect(speaking(page)).toHaveAttribute('id', 'b2-1');
	await pressOnLockScreen(page, 'seekbackward');
	await pressOnLockScreen(page, 'seekbackward');
	await expect(speaking(page)).toHaveAttribute('id', 'b1-1');
	// A seek to a time lands on the sentence starting nearest it.
	const target = all[Math.floor(all.length / 2)];
	await pressOnLockScreen(page, 'seekto', { seekTime: before(target.id) + 0.1 });
	await expect(speaking(page)).toHaveAttribute('id', target.id);
	await expect
		.poll(async () => (await lockScreen(page)).position?.position)
		.toBeCloseTo(before(target.id), 6);

	await pressOnLockScreen(page, 'pause');
	await expect(play(page)).toBeVisible();
	expect((await lockScreen(page)).playbackState).toBe('paused');
	await pressOnLockScreen(page, 'play');
	await expect(pause(page)).toBeVisible();
	expect((await lockScreen(page)).playbackState).toBe('playing');

	// At twice the speed the track is half as long.
	await page.getByLabel('Speed').selectOption('2');
	await expect
		.poll(async () => (await lockScreen(page)).position?.duration)
		.toBeCloseTo(total / 2, 6);

	// Closing the player clears the lock screen.
	await page.getByRole('button', { name: 'Close' }).click();
	expect(await lockScreen(page)).toMatchObject({ title: undefined, playbackState: 'none' });
});

test.describe('coming back to the page', () => {
	test('the highlight and the scroll are on the sentence that started last', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await installFakeSpeech(page, { voices: fakeVoices });
		await page.goto(firstArticle);
		await page.getByRole('button', { name: 'Listen', exact: true }).click();
		await expect(speaking(page)).toHaveAttribute('id', 'b0-1');
		await setPageHidden(page, true);
		const scrolled = await page.evaluate(() => scrollY);
		for (let i = 0; i < 12; i++) await endCurrent(page);
		// The next sentence has started (the fake starts each one a moment after the last ends).
		await page.waitForFunction(
			() => (window as unknown as { __fakeSpeech: { started: boolean } }).__fakeSpeech.started
		);
		const last = (await heard(page)).at(-1);
		await expect(speaking(page)).toHaveText(last!);
		// Out of view, nothing scrolls.
		expect(await page.evaluate(() => scrollY)).toBe(scrolled);
		await setPageHidden(page, false);
		await expect.poll(() => spokenSentenceInView(page)).toBe(true);
		await expect(speaking(page)).toHaveText(last!);
	});

	test('speech the system stopped while away starts again at that sentence, and says so', async ({
		page
	}) => {
		await installFakeSpeech(page, { voices: fakeVoices });
		await page.goto(firstArticle);
		await page.getByRole('button', { name: 'Listen', exact: true }).click();
		await endCurrent(page);
		await expect(speaking(page)).toHaveAttribute('id', 'b1-1');
		await setPageHidden(page, true);
		await page.waitForFunction(
			() => (window as unknown as { __fakeSpeech: { started: boolean } }).__fakeSpeech.started
		);
		// Another app takes the speech engine: Folio's utterances are cut off.
		await page.evaluate(() => speechSynthesis.cancel());
		await expect(play(page)).toBeVisible();
		await setPageHidden(page, false);
		await expect(pause(page)).toBeVisible();
		await expect(page.getByRole('region', { name: 'Listen' }).getByRole('status')).toHaveText(
			'Speech stopped while the screen was off. Picked up at the sentence where it stopped.'
		);
		await expect.poll(async () => (await heard(page)).at(-1)).toBe((await heard(page))[1]);
		await expect(speaking(page)).toHaveAttribute('id', 'b1-1');
	});

	test('a pause the reader chose stays paused on coming back', async ({ page }) => {
		await installFakeSpeech(page, { voices: fakeVoices });
		await page.goto(firstArticle);
		await page.getByRole('button', { name: 'Listen', exact: true }).click();
		await expect(speaking(page)).toHaveAttribute('id', 'b0-1');
		await pause(page).click();
		await setPageHidden(page, true);
		await setPageHidden(page, false);
		await expect(play(page)).toBeVisible();
		expect(await heard(page)).toHaveLength(1);
	});
});
