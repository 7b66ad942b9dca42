import type { Page } from '@playwright/test';
import { expect, firstArticle, test } from './support/fixtures';
import { expectNoPolicyBreaks, guardPolicy } from './support/policy-guard';
import {
	assertRealSpeechInstalled,
	launchSpeakingChromium,
	NullAudio
} from './support/real-speech';
import { StaticServer } from './support/static-server';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { largeLibrary } from './support/global-setup';
import {
	keepAudible,
	lockScreen,
	pressOnLockScreen,
	setPageHidden,
	spokenSentenceInView,
	watchMediaSession
} from './support/pocket';
import { storageKeys } from './support/stored';

type Heard = { type: string; text: string; at: number; error?: string; voice?: string };

/** Time from pressing Listen to the first speak() call, from Folio's performance marks. */
async function listenToSpeakMs(page: Page): Promise<number> {
	await page.waitForFunction(() => performance.getEntriesByName('folio:first-speak').length > 0);
	return page.evaluate(() => {
		const [listen] = performance.getEntriesByName('folio:listen');
		const [speak] = performance.getEntriesByName('folio:first-speak');
		return Math.round(speak.startTime - listen.startTime);
	});
}

test('a real engine (speech-dispatcher, espeak-ng) speaks the first sentences and the highlight follows', async ({}, testInfo) => {
	test.setTimeout(120_000);
	assertRealSpeechInstalled();
	// Its own server and browser: this browser needs the audio server's environment.
	const site = await StaticServer.start();
	const audio = await NullAudio.start();
	const browser = await launchSpeakingChromium(audio.env);
	try {
		const context = await browser.newContext({ baseURL: site.url });
		const policy = await guardPolicy(context, site.url);
		const page = await context.newPage();
		// Watch the real utterances' events beside Folio's own handlers.
		await page.addInitScript(() => {
			const heard: Heard[] = [];
			(window as unknown as { __heard: Heard[] }).__heard = heard;
			const speak = speechSynthesis.speak.bind(speechSynthesis);
			speechSynthesis.speak = (utterance) => {
				const text = utterance.text;
				heard.push({ type: 'speak', text, at: performance.now(), voice: utterance.voice?.name });
				for (const type of ['start', 'end', 'error', 'boundary']) {
					utterance.addEventListener(type, (event) =>
						heard.push({
							type,
							text,
							at: performance.now(),
							error: (event as SpeechSynthesisErrorEvent).error
						})
					);
				}
				speak(utterance);
			};
		});
		await page.goto(firstArticle);
		await page.getByRole('button', { name: 'Listen', exact: true }).click();
		const highlighted = page.locator('.sentence.is-speaking');
		await expect(highlighted).toHaveAttribute('id', 'b0-1', { timeout: 30_000 });
		await expect(highlighted).toHaveAttribute('id', 'b1-1', { timeout: 30_000 });
		const heard = await page.evaluate(() => (window as unknown as { __heard: Heard[] }).__heard);
		const title = 'U.S. and Ukraine to meet again in Florida after inconclusive Moscow talks';
		expect(heard.filter((h) => h.text === title).map((h) => h.type)).toEqual([
			'speak',
			'start',
			'end'
		]);
		expect(heard.filter((h) => h.type === 'error')).toEqual([]);

		// Pause is a cancel: this engine answers with an `interrupted` error, which is no error
		// to Folio; resume speaks the same sentence again.
		const heardNow = () => page.evaluate(() => (window as unknown as { __heard: Heard[] }).__heard);
		// Handed over ahead: the next sentence was given to the engine while b1-1 speaks.
		await expect
			.poll(async () =>
				(await heardNow()).some((h) => h.type === 'speak' && h.text.startsWith('The new meeting'))
			)
			.toBe(true);
		expect(
			(await heardNow()).some((h) => h.type === 'end' && h.text.startsWith('The White House'))
		).toBe(false);
		const heardBefore = (await heardNow()).length;
		await page.keyboard.press('k');
		await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
		await expect(highlighted).toHaveAttribute('id', 'b1-1');
		await page.keyboard.press('k');
		await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
		// Resume speaks the paused sentence again, from its start. Read the events from the first
		// speak() after the pause to the start that follows it: on a loaded machine the paused
		// sentence may have been cancelled before its own start event, and the next sentence may
		// already have begun by the time the events are read.
		const afterPause = async () => (await heardNow()).slice(heardBefore);
		const resumedStart = async () => {
			const after = await afterPause();
			const spoke = after.findIndex((h) => h.type === 'speak');
			return spoke < 0 ? -1 : after.findIndex((h, i) => i > spoke && h.type === 'start');
		};
		await expect.poll(resumedStart, { timeout: 20_000 }).toBeGreaterThan(0);
		const after = await afterPause();
		const resumed = after.slice(0, await resumedStart());
		// Handed over again from the paused sentence, with the sentences after it queued behind.
		expect(resumed.find((h) => h.type === 'speak')?.text.slice(0, 15)).toBe('The White House');
		// A cancel answers `interrupted` (or `canceled` for an utterance still queued): nothing else.
		const errors = (await heardNow()).filter((h) => h.type === 'error').map((h) => h.error);
		expect(errors.length).toBeLessThanOrEqual(1);
		expect(errors.filter((e) => e !== 'interrupted' && e !== 'canceled')).toEqual([]);
		await expect(page.getByText('Listening stopped')).toHaveCount(0);
		const voices = await page.evaluate(() => {
			const all = speechSynthesis.getVoices();
			return {
				voices: all.length,
				englishVoices: all.filter((v) => v.lang.startsWith('en')).length,
				localVoices: all.filter((v) => v.localService).length
			};
		});
		const at = (type: string) => heard.find((h) => h.text === title && h.type === type)?.at ?? NaN;
		const coldListenToSpeakMs = await listenToSpeakMs(page);
		const events = (await heardNow()).map(
			(h) => `${h.type}:${h.text.slice(0, 12)}${h.error ? `:${h.error}` : ''}`
		);

		// Again with the voices already loaded, as when a reader presses Listen after a moment.
		await page.reload();
		await page.waitForFunction(() => speechSynthesis.getVoices().length > 0);
		await page.getByRole('button', { name: 'Continue listening' }).click();
		await expect(highlighted).toHaveAttribute('id', /^b1-/, { timeout: 30_000 });
		const summary = {
			...voices,
			coldListenToSpeakMs,
			warmListenToSpeakMs: await listenToSpeakMs(page),
			speakToStartMs: Math.round(at('start') - at('speak')),
			titleSpokenMs: Math.round(at('end') - at('start')),
			voice: heard[0].voice,
			boundaries: heard.filter((h) => h.type === 'boundary').length,
			events
		};
		testInfo.annotations.push({ type: 'real engine', description: JSON.stringify(summary) });
		console.log('real engine:', JSON.stringify(summary));
		expectNoPolicyBreaks(policy);
	} finally {
		await browser.close();
		await audio.stop();
		await site.stop();
	}
});

test('a real engine in a pocket: sentences queued ahead, the tone while speaking, lock-screen controls, and the place on coming back', async ({}, testInfo) => {
	test.setTimeout(180_000);
	assertRealSpeechInstalled();
	const site = await StaticServer.start();
	const audio = await NullAudio.start();
	const browser = await launchSpeakingChromium(audio.env);
	try {
		const context = await browser.newContext({ baseURL: site.url });
		const policy = await guardPolicy(context, site.url);
		const page = await context.newPage();
		await watchMediaSession(page);
		// The texts of the real utterances' start events, in order.
		await page.addInitScript(() => {
			const starts: string[] = [];
			(window as unknown as { __starts: string[] }).__starts = starts;
			const speak = speechSynthesis.speak.bind(speechSynthesis);
			speechSynthesis.speak = (utterance) => {
				utterance.addEventListener('start', () => starts.push(utterance.text));
				speak(utterance);
			};
		});
		const starts = () =>
			page.evaluate(() => (window as unknown as { __starts: string[] }).__starts);
		const highlighted = page.locator('.sentence.is-speaking');
		const speech = () =>
			page.evaluate(() => ({
				speaking: speechSynthesis.speaking,
				pending: speechSynthesis.pending
			}));

		await page.goto('/articles/us-ukraine-florida-talks/');
		await page.getByRole('button', { name: 'Listen', exact: true }).click();
		await expect.poll(starts, { timeout: 30_000 }).toHaveLength(1);
		await expect(highlighted).toHaveAttribute('id', 'b0-1');
		// Handed over ahead: the browser holds sentences behind the one it speaks.
		expect(await speech()).toEqual({ speaking: true, pending: true });
		await expect.poll(() => keepAudible(page)).toBe('playing');
		const shown = await lockScreen(page);
		expect(shown).toMatchObject({
			title: 'U.S. and Ukraine to meet again in Florida after inconclusive Moscow talks',
			playbackState: 'playing'
		});
		expect(shown.position?.duration).toBeGreaterThan(60);

		// Lock-screen controls, answered by the real engine's start events.
		await pressOnLockScreen(page, 'seekforward');
		await expect(highlighted).toHaveAttribute('id', 'b1-1', { timeout: 30_000 });
		await expect
			.poll(async () => (await starts()).at(-1), { timeout: 30_000 })
			.toBe((await highlighted.textContent())?.trim());
		await pressOnLockScreen(page, 'nexttrack');
		await expect(highlighted).toHaveAttribute('id', 'b2-1', { timeout: 30_000 });
		await pressOnLockScreen(page, 'pause');
		await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
		await expect.poll(() => keepAudible(page)).toBe('paused');
		await expect.poll(speech, { timeout: 10_000 }).toEqual({ speaking: false, pending: false });
		expect((await lockScreen(page)).playbackState).toBe('paused');
		await pressOnLockScreen(page, 'play');
		await expect.poll(() => keepAudible(page)).toBe('playing');
		await expect
			.poll(async () => (await starts()).at(-1), { timeout: 30_000 })
			.toBe((await page.locator('#b2-1').textContent())?.trim());

		// Out of view while two more sentences start, then back: the highlight is on the last.
		await setPageHidden(page, true);
		const startsBefore = (await starts()).length;
		await expect
			.poll(async () => (await starts()).length, { timeout: 60_000 })
			.toBeGreaterThanOrEqual(startsBefore + 2);
		await setPageHidden(page, false);
		const lastStarted = (await starts()).at(-1);
		expect((await highlighted.textContent())?.trim()).toBe(lastStarted);
		await expect.poll(() => spokenSentenceInView(page)).toBe(true);
		await page.getByRole('button', { name: 'Pause', exact: true }).click();
		testInfo.annotations.push({
			type: 'pocket',
			description: JSON.stringify({ starts: (await starts()).length })
		});
		expectNoPolicyBreaks(policy);
	} finally {
		await browser.close();
		await audio.stop();
		await site.stop();
	}
});

test('a real engine goes on through Up next: the next article’s title starts after the last sentence ends, and the page follows', async ({}, testInfo) => {
	test.setTimeout(150_000);
	assertRealSpeechInstalled();
	// Two articles of the generated library, in languages espeak-ng speaks.
	const index: { slug: string; title: string; lang: string }[] = JSON.parse(
		readFileSync(join(largeLibrary.dir, 'articles.json'), 'utf8')
	);
	const from = index.find((article) => article.lang === 'en')!;
	const to = index.find((article) => article.lang === 'fr')!;
	const site = await StaticServer.start(largeLibrary.dir);
	const audio = await NullAudio.start();
	const browser = await launchSpeakingChromium(audio.env);
	try {
		const context = await browser.newContext({ baseURL: site.url });
		const policy = await guardPolicy(context, site.url);
		const page = await context.newPage();
		await page.addInitScript(() => {
			const heard: Heard[] = [];
			(window as unknown as { __heard: Heard[] }).__heard = heard;
			const speak = speechSynthesis.speak.bind(speechSynthesis);
			speechSynthesis.speak = (utterance) => {
				const text = utterance.text;
				for (const type of ['start', 'end', 'error'])
					utterance.addEventListener(type, (event) =>
						heard.push({
							type,
							text,
							at: performance.now(),
							error: (event as SpeechSynthesisErrorEvent).error
						})
					);
				speak(utterance);
			};
		});
		const heard = () => page.evaluate(() => (window as unknown as { __heard: Heard[] }).__heard);
		await page.goto('/');
		await page.evaluate(
			([key, item]) => localStorage.setItem(key, JSON.stringify({ v: 1, data: [item] })),
			[storageKeys.upNext, { slug: to.slug, title: to.title, minutes: 1 }] as const
		);
		await page.goto(`/articles/${from.slug}/`);
		await page.getByRole('button', { name: 'Listen', exact: true }).click();
		await expect
			.poll(async () => (await heard()).some((h) => h.type === 'start'), { timeout: 30_000 })
			.toBe(true);
		// On to the article's last sentence, heard to its end.
		const last = page.locator('article .sentence').last();
		const lastText = (await last.textContent())!.trim();
		await last.click();
		await expect
			.poll(async () => (await heard()).some((h) => h.type === 'start' && h.text === to.title), {
				timeout: 90_000
			})
			.toBe(true);
		const events = await heard();
		const lastEnd = events.find((h) => h.type === 'end' && h.text === lastText);
		const nextStart = events.find((h) => h.type === 'start' && h.text === to.title);
		expect(lastEnd).toBeDefined();
		expect(nextStart!.at).toBeGreaterThan(lastEnd!.at);
		const errors = events.filter((h) => h.type === 'error').map((h) => h.error);
		expect(errors.filter((e) => e !== 'interrupted' && e !== 'canceled')).toEqual([]);
		// Heard to the end: read. And the page, in view, follows the player.
		const read = await page.evaluate(
			([key, slug]) => JSON.parse(localStorage.getItem(key) ?? '{}').data?.[slug]?.readAt,
			[storageKeys.positions, from.slug] as const
		);
		expect(read).toBeGreaterThan(0);
		await expect(page).toHaveURL(`/articles/${to.slug}/`);
		await expect(page.locator('.sentence.is-speaking')).toHaveAttribute('id', /^b[01]-/);
		const gapMs = Math.round(nextStart!.at - lastEnd!.at);
		testInfo.annotations.push({ type: 'gap between articles (ms)', description: `${gapMs}` });
		console.log(
			`real engine: ${gapMs} ms from the last sentence's end to the next article's title`
		);
		await page.getByRole('button', { name: 'Pause', exact: true }).click();
		expectNoPolicyBreaks(policy);
	} finally {
		await browser.close();
		await audio.stop();
		await site.stop();
	}
});
