import { chromium } from '@playwright/test';
import { chromiumPath } from '../scripts/browser-path.js';
import { expect, firstArticle, test } from './support/fixtures';
import { assertRealSpeechInstalled, NullAudio } from './support/real-speech';

type Heard = { type: string; text: string; at: number; error?: string };

test('a real engine (speech-dispatcher, espeak-ng) speaks the first sentences and the highlight follows', async ({
	site
}, testInfo) => {
	test.setTimeout(120_000);
	assertRealSpeechInstalled();
	const audio = await NullAudio.start();
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		env: audio.env,
		args: [
			'--no-sandbox',
			'--disable-dev-shm-usage',
			'--disable-background-networking',
			'--disable-component-update',
			'--enable-speech-dispatcher'
		]
	});
	try {
		const page = await browser.newPage({ baseURL: site.url });
		// Watch the real utterances' events beside Folio's own handlers.
		await page.addInitScript(() => {
			const heard: Heard[] = [];
			(window as unknown as { __heard: Heard[] }).__heard = heard;
			const speak = speechSynthesis.speak.bind(speechSynthesis);
			speechSynthesis.speak = (utterance) => {
				const text = utterance.text;
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
		await expect(highlighted).toHaveAttribute('id', 'b1-2', { timeout: 60_000 });
		const heard = await page.evaluate(() => (window as unknown as { __heard: Heard[] }).__heard);
		const title = 'U.S. and Ukraine to meet again in Florida after inconclusive Moscow talks';
		expect(heard.filter((h) => h.text === title).map((h) => h.type)).toEqual(['start', 'end']);
		expect(heard.filter((h) => h.type === 'error')).toEqual([]);
		const report = await page.evaluate(() => {
			const [listen] = performance.getEntriesByName('folio:listen');
			const [speak] = performance.getEntriesByName('folio:first-speak');
			const voices = speechSynthesis.getVoices();
			return {
				listenToSpeakMs: speak.startTime - listen.startTime,
				voices: voices.length,
				englishVoices: voices.filter((v) => v.lang.startsWith('en')).length,
				localVoices: voices.filter((v) => v.localService).length,
				firstVoice: voices[0] && `${voices[0].name} ${voices[0].lang}`,
				speakToStartMs: 0
			};
		});
		const titleStart = heard.find((h) => h.text === title && h.type === 'start');
		const titleEnd = heard.find((h) => h.text === title && h.type === 'end');
		const summary = {
			...report,
			titleSpokenMs: titleStart && titleEnd ? Math.round(titleEnd.at - titleStart.at) : undefined,
			boundaries: heard.filter((h) => h.type === 'boundary').length,
			events: heard.map((h) => `${h.type}:${h.text.slice(0, 12)}`)
		};
		testInfo.annotations.push({ type: 'real engine', description: JSON.stringify(summary) });
		console.log('real engine:', JSON.stringify(summary));
	} finally {
		await browser.close();
		await audio.stop();
	}
});
