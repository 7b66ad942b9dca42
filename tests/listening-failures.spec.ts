import { installFakeSpeech } from './support/fake-speech';
import { expect, firstArticle, test } from './support/fixtures';

// Voices are awaited for 8 s before Folio gives up.
const voiceTimeout = { timeout: 15_000 };

test('explains that no voice arrived, and offers to try anyway', async ({ page }) => {
	await installFakeSpeech(page, { voices: [] });
	await page.goto(firstArticle);
	await page.getByRole('button', { name: 'Listen', exact: true }).click();
	await expect(page.getByRole('region', { name: 'Listen' }).getByRole('status')).toHaveText(
		/Getting voices/
	);
	await expect(page.getByRole('region', { name: 'Listen' }).getByRole('status')).toContainText(
		'No voice arrived from the speech engine',
		voiceTimeout
	);
	await expect(page.getByRole('button', { name: 'Try anyway' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeDisabled();
});

test('plain headless Chromium: no voices, then synthesis-failed stops cleanly with a retry', async ({
	page
}) => {
	// No fake: the browser's own speechSynthesis, which has no engine behind it here.
	await page.addInitScript(() => {
		const calls = { speak: 0 };
		(window as unknown as { __calls: typeof calls }).__calls = calls;
		const speak = speechSynthesis.speak.bind(speechSynthesis);
		speechSynthesis.speak = (utterance) => {
			calls.speak++;
			speak(utterance);
		};
	});
	await page.goto(firstArticle);
	await page.getByRole('button', { name: 'Listen', exact: true }).click();
	await page.getByRole('button', { name: 'Try anyway' }).click(voiceTimeout);
	const status = page.getByRole('region', { name: 'Listen' }).getByRole('status');
	await expect(status).toContainText('Listening stopped. The speech engine failed');
	const speakCalls = () =>
		page.evaluate(() => (window as unknown as { __calls: { speak: number } }).__calls.speak);
	// One hand-over (the first sentence and those queued behind it), and no retry by itself:
	// the count is the same once the bar has settled on Play and "Try again".
	const handed = await speakCalls();
	expect(handed).toBeGreaterThanOrEqual(1);
	await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
	expect(await speakCalls()).toBe(handed);
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(status).toContainText('Listening stopped');
	await expect.poll(speakCalls).toBe(2 * handed);
	await expect(page.locator('.sentence.is-speaking')).toHaveAttribute('id', 'b0-1');
});
