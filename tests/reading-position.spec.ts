import { expect, firstArticle, ownServerTest, test } from './support/fixtures';
import { goOffline, waitForServiceWorker } from './support/offline';
import { hydrated, storeSettings } from './support/settings';
import { scrollToSentence, storedPosition, storePositions, topSentence } from './support/reading';
import { seed, storageKeys } from './support/stored';

const slug = 'us-ukraine-florida-talks';
const note = 'Continued where you left off.';

// A phone-sized window: the article is several screens long.
test.use({ viewport: { width: 400, height: 640 } });
ownServerTest.use({ viewport: { width: 400, height: 640 } });

ownServerTest(
	'the reading place is restored after a reload, a font-size change and offline',
	async ({ page, context, server }) => {
		await page.goto(firstArticle);
		await waitForServiceWorker(page);
		await hydrated(page);
		await expect(page.getByRole('progressbar', { name: 'Reading progress' })).toBeAttached();
		await scrollToSentence(page, 'b7-1');
		await expect.poll(() => storedPosition(page, slug)).toMatchObject({ sentenceId: 'b7-1' });
		const saved = await storedPosition(page, slug);
		expect(saved.offset).toBeGreaterThan(0);
		expect(saved.offset).toBeLessThan(1);
		expect(saved.progress).toBeGreaterThan(0.2);
		expect(saved.title).toContain('Florida');

		await page.reload();
		await expect(page.getByText(note)).toBeVisible();
		await expect.poll(() => topSentence(page)).toBe('b7-1');

		await storeSettings(page, { fontSize: 32 });
		await expect(page.getByText(note)).toBeVisible();
		await expect.poll(() => topSentence(page)).toBe('b7-1');

		await goOffline(context, server);
		await page.reload();
		await expect(page.getByText(note)).toBeVisible();
		await expect.poll(() => topSentence(page)).toBe('b7-1');
	}
);

test('a place reached before the app starts is saved, with no scroll after it', async ({
	page
}) => {
	// Hold the app's scripts until the reader has scrolled: the text is there, the app is not.
	let release!: () => void;
	const scrolled = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/**/*.js', async (route) => {
		await scrolled;
		await route.continue();
	});
	await page.goto(firstArticle);
	await scrollToSentence(page, 'b6-1');
	expect(await storedPosition(page, slug)).toBeUndefined();
	release();
	await hydrated(page);
	await expect(page.getByRole('progressbar', { name: 'Reading progress' })).toBeAttached();
	await expect.poll(() => storedPosition(page, slug)).toMatchObject({ sentenceId: 'b6-1' });
	expect(await topSentence(page)).toBe('b6-1');
});

test('the place is saved when the page is hidden, and "Back to start" goes to the top', async ({
	page
}) => {
	await page.goto(firstArticle);
	await hydrated(page);
	await expect(page.getByRole('progressbar', { name: 'Reading progress' })).toBeAttached();
	await scrollToSentence(page, 'b6-1');
	await expect.poll(() => topSentence(page)).toBe('b6-1');
	// Measured (the bar moved), but the one-second debounced save has not happened yet.
	await expect(page.getByRole('progressbar', { name: 'Reading progress' })).not.toHaveAttribute(
		'value',
		'0'
	);
	// Hiding the page saves at once, without waiting for the debounce.
	const saved = await page.evaluate((key) => {
		Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
		document.dispatchEvent(new Event('visibilitychange'));
		return JSON.parse(localStorage.getItem(key) ?? '{}');
	}, storageKeys.positions);
	expect(saved.data[slug]).toMatchObject({ sentenceId: 'b6-1' });

	await page.reload();
	await page.getByRole('button', { name: 'Back to start' }).click();
	await expect(page.getByText(note)).toBeHidden();
	await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
	await expect.poll(() => storedPosition(page, slug)).toMatchObject({ sentenceId: 'b0-1' });
});

test('a sentence that no longer exists falls back to its paragraph; garbage to the start', async ({
	page
}) => {
	await page.goto(firstArticle);
	await storePositions(page, {
		[slug]: { sentenceId: 'b4-7', offset: 0.5, progress: 0.6, updatedAt: 1 }
	});
	await expect(page.getByText(note)).toBeVisible();
	await expect.poll(() => topSentence(page)).toBe('b4-1');

	await storePositions(page, { [slug]: { sentenceId: 'b9-1', offset: 'half', progress: 9 } });
	await expect(page.getByText(note)).toBeVisible();
	await expect.poll(() => topSentence(page)).toBe('b9-1');

	await page.goto('/');
	await seed(page, storageKeys.positions, '{"v":2,"data":[}');
	await page.goto(firstArticle);
	await hydrated(page);
	await expect(page.getByRole('progressbar', { name: 'Reading progress' })).toHaveAttribute(
		'value',
		'0'
	);
	await expect(page.getByText(note)).toBeHidden();
	expect(await page.evaluate(() => scrollY)).toBe(0);
});

test('a #fragment in the address wins over the saved place', async ({ page }) => {
	await page.goto(firstArticle);
	await storePositions(page, { [slug]: { sentenceId: 'b6-1', offset: 0, updatedAt: 1 } });
	await expect(page.getByText(note)).toBeVisible();
	await page.goto('/');
	await page.goto(`${firstArticle}#b3`);
	await hydrated(page);
	await expect(page.getByRole('progressbar', { name: 'Reading progress' })).toBeAttached();
	await expect.poll(() => topSentence(page)).toBe('b3-1');
	await expect(page.getByText(note)).toBeHidden();
});

test('reaching the end marks the article read; it can be marked unread again', async ({ page }) => {
	await page.goto(firstArticle);
	await hydrated(page);
	const progress = page.getByRole('progressbar', { name: 'Reading progress' });
	await expect(progress).toHaveAttribute('value', '0');
	await expect(progress).toHaveAttribute(
		'aria-valuetext',
		/^0% · \d+ min left · \d+ min listening at 1x$/
	);
	await page.getByRole('button', { name: 'Mark as read' }).waitFor();
	await page.evaluate(() =>
		window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' })
	);
	await expect(page.getByText('✓ Read')).toBeVisible();
	await expect(progress).toHaveAttribute('value', '100');
	await expect.poll(async () => (await storedPosition(page, slug))?.readAt).toBeGreaterThan(0);

	await page.getByRole('button', { name: 'Mark as unread' }).click();
	await expect(page.getByRole('button', { name: 'Mark as read' })).toBeVisible();
	await expect.poll(async () => (await storedPosition(page, slug))?.readAt).toBeUndefined();
});
