import { endCurrent, fakeVoices, installFakeSpeech } from './support/fake-speech';
import { expect, firstArticle, test } from './support/fixtures';
import { hydrated } from './support/settings';
import { scrollToSentence, storedPosition, topSentence } from './support/reading';

const speaking = '.sentence.is-speaking';
const slug = 'us-ukraine-florida-talks';

test.use({ viewport: { width: 400, height: 640 } });

test('eyes and ears share one position: Listen starts where the eyes are, and the eyes return to the last spoken sentence', async ({
	page
}) => {
	await installFakeSpeech(page, { voices: fakeVoices });
	await page.goto(firstArticle);
	await hydrated(page);
	await expect(page.getByRole('button', { name: 'Mark as read' })).toBeVisible();
	await scrollToSentence(page, 'b6-1');
	await page.getByRole('button', { name: 'Continue listening' }).click();
	await expect(page.locator(speaking)).toHaveAttribute('id', 'b6-1');
	for (const id of ['b6-2', 'b7-1']) {
		await endCurrent(page);
		await expect(page.locator(speaking)).toHaveAttribute('id', id);
	}
	await expect.poll(() => storedPosition(page, slug)).toMatchObject({ sentenceId: 'b7-1' });
	await page.getByRole('button', { name: 'Close' }).click();
	await expect(page.locator(speaking)).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Continue listening' })).toBeVisible();

	await page.reload();
	await expect.poll(() => topSentence(page)).toBe('b7-1');
	await page.getByRole('button', { name: 'Continue listening' }).click();
	await expect(page.locator(speaking)).toHaveAttribute('id', 'b7-1');
	await page.getByRole('button', { name: 'Close' }).click();
	await page.getByRole('button', { name: 'From the start' }).click();
	await expect(page.locator(speaking)).toHaveAttribute('id', 'b0-1');
});
