import { expect, firstArticle, test } from './support/fixtures';
import { endCurrent, fakeVoices, heard, installFakeSpeech, spoken } from './support/fake-speech';
import { spokenSentenceInView } from './support/pocket';
import { watchPolicy } from './support/policy-watch';

const speaking = '.sentence.is-speaking';

test.describe('listening with a fake speech engine', () => {
	test('speaks the title first, then moves the highlight sentence by sentence', async ({
		page,
		site
	}, testInfo) => {
		const watch = await watchPolicy(page, site.url);
		await installFakeSpeech(page, { voices: fakeVoices });
		await page.goto(firstArticle);
		await page.getByRole('button', { name: 'Listen', exact: true }).click();
		await expect(page.locator(speaking)).toHaveAttribute('id', 'b0-1');
		await expect.poll(() => heard(page)).toHaveLength(1);
		// Reported, not asserted: the time from pressing Listen to the first speak() call.
		const listenToSpeakMs = await page.evaluate(() => {
			const [listen] = performance.getEntriesByName('folio:listen');
			const [speak] = performance.getEntriesByName('folio:first-speak');
			return Math.round(speak.startTime - listen.startTime);
		});
		testInfo.annotations.push({ type: 'listen to speak (ms)', description: `${listenToSpeakMs}` });
		console.log(`fake engine: Listen to first speak() ${listenToSpeakMs} ms`);
		const [first] = await spoken(page);
		expect(first).toMatchObject({
			text: 'U.S. and Ukraine to meet again in Florida after inconclusive Moscow talks',
			lang: 'en',
			rate: 1,
			voiceURI: 'fake-en-local'
		});
		for (const id of ['b1-1', 'b1-2', 'b2-1']) {
			await endCurrent(page);
			await expect(page.locator(speaking)).toHaveAttribute('id', id);
			await expect(page.locator(speaking)).toHaveCount(1);
		}
		expect((await heard(page)).map((text) => text.slice(0, 20))).toEqual([
			'U.S. and Ukraine to ',
			'The White House has ',
			'The new meeting sign',
			'From Florida to Mosc'
		]);
		// Handed over ahead, in reading order: the browser speaks on with the page held back.
		const handed = (await spoken(page)).map((s) => s.text);
		expect(handed.length).toBeGreaterThan(4);
		const order = await page.locator('.sentence').allTextContents();
		expect(handed).toEqual(order.slice(0, handed.length).map((text) => text.trim()));
		await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
		expect(
			await page.evaluate(() => [
				navigator.mediaSession.metadata?.title,
				navigator.mediaSession.metadata?.artist
			])
		).toEqual([
			'U.S. and Ukraine to meet again in Florida after inconclusive Moscow talks',
			'By U.S. Department of State'
		]);
		expect(await watch.violations()).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
	});

	test('highlights the current word when the engine sends boundaries', async ({ page }) => {
		await installFakeSpeech(page, { voices: fakeVoices, boundaries: true });
		await page.goto(firstArticle);
		await page.getByRole('button', { name: 'Listen', exact: true }).click();
		await expect(page.locator(speaking)).toHaveAttribute('id', 'b0-1');
		await expect
			.poll(() =>
				page.evaluate(() => [...(CSS.highlights.get('folio-word') ?? [])].map(String).join())
			)
			.toBe('talks');
	});

	test('keeps the spoken sentence in view above the bar, without animation for reduced motion', async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.setViewportSize({ width: 390, height: 700 });
		await installFakeSpeech(page, { voices: fakeVoices });
		await page.goto(firstArticle);
		await page.getByRole('button', { name: 'Listen', exact: true }).click();
		await expect(page.locator(speaking)).toHaveAttribute('id', 'b0-1');
		for (let i = 0; i < 10; i++) await page.keyboard.press(']');
		await expect(page.locator(speaking)).toHaveAttribute('id', 'b10-1');
		await expect.poll(() => spokenSentenceInView(page)).toBe(true);
	});

	test('reads from a clicked sentence, and from a paragraph chosen with the keyboard', async ({
		page
	}) => {
		await installFakeSpeech(page, { voices: fakeVoices });
		await page.goto(firstArticle);
		await page.getByRole('button', { name: 'Listen', exact: true }).click();
		await expect(page.locator(speaking)).toHaveAttribute('id', 'b0-1');
		await page.locator('#b9-2').click();
		await expect(page.locator(speaking)).toHaveAttribute('id', 'b9-2');
		await expect
			.poll(async () => (await heard(page)).at(-1))
			.toBe(await page.locator('#b9-2').textContent());
		await page.locator('#b12').focus();
		await page.keyboard.press('Enter');
		await expect(page.locator(speaking)).toHaveAttribute('id', 'b12-1');
	});

	test('changing speed restarts the current sentence and updates the time left', async ({
		page
	}) => {
		await installFakeSpeech(page, { voices: fakeVoices });
		await page.goto(firstArticle);
		await expect(page.locator('.facts')).toContainText(/\d+ min listen$/);
		await page.getByRole('button', { name: 'Listen', exact: true }).click();
		await endCurrent(page);
		await expect(page.locator(speaking)).toHaveAttribute('id', 'b1-1');
		await page.getByLabel('Speed').selectOption('2');
		// Everything is handed over again at the new speed, from the sentence being spoken.
		await expect
			.poll(async () => (await spoken(page)).find((s) => s.rate === 2)?.text)
			.toBe((await heard(page))[1]);
		expect((await spoken(page)).findLastIndex((s) => s.rate === 1)).toBeLessThan(
			(await spoken(page)).findIndex((s) => s.rate === 2)
		);
		await expect.poll(() => heard(page)).toHaveLength(3);
		expect((await heard(page))[2]).toBe((await heard(page))[1]);
		await expect(page.locator(speaking)).toHaveAttribute('id', 'b1-1');
		await expect(page.locator('.facts')).toContainText(/\d+ min listen left at 2x/);
		await expect(page.getByText(/\d+ min left at 2x/)).toBeVisible();
		// With the player closed, the progress bar gives the time at the speed now chosen.
		await page.getByRole('button', { name: 'Close' }).click();
		await expect(
			page
				.getByRole('region', { name: 'Listen' })
				.getByRole('button', { name: 'Pause', exact: true })
		).toHaveCount(0);
		await expect(page.getByRole('progressbar', { name: 'Reading progress' })).toHaveAttribute(
			'aria-valuetext',
			/ listening at 2x$/
		);
	});

	test('flags a network voice while offline, and marks offline voices', async ({
		page,
		context
	}) => {
		await installFakeSpeech(page, { voices: fakeVoices });
		await page.goto(firstArticle);
		await page.getByRole('button', { name: 'Listen', exact: true }).click();
		await page.getByText('More').click();
		const voice = page.getByLabel('Voice');
		await expect(voice.locator('option')).toHaveText([
			'Fake English (en-US) · offline',
			'Fake Cloud English (en-GB) · needs network',
			'Fake French (fr-FR) · offline'
		]);
		await voice.selectOption('fake-en-net');
		await context.setOffline(true);
		await expect(page.getByRole('region', { name: 'Listen' }).getByRole('status')).toHaveText(
			/Fake Cloud English needs the network, and you are offline/
		);
		await context.setOffline(false);
	});

	test('explains when the browser has no speech engine', async ({ page }) => {
		await page.addInitScript(() => {
			delete (window as { speechSynthesis?: unknown }).speechSynthesis;
			delete (Window.prototype as { speechSynthesis?: unknown }).speechSynthesis;
		});
		await page.goto(firstArticle);
		await page.getByRole('button', { name: 'Listen', exact: true }).click();
		await expect(page.getByRole('region', { name: 'Listen' }).getByRole('status')).toHaveText(
			/This browser has no speech engine/
		);
		await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeDisabled();
	});
});
