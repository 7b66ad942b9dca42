import { expect, firstArticle, test } from './support/fixtures';
import { hydrated } from './support/settings';
import { scrollToSentence, storedPosition } from './support/reading';
import { seed, storageKeys, storedText } from './support/stored';

const slug = 'us-ukraine-florida-talks';

test('the library shows each article as new, in progress or read, and offers to continue', async ({
	page
}) => {
	await page.goto('/');
	await hydrated(page);
	const entry = page.getByRole('listitem').filter({ hasText: 'Florida' });
	await expect(entry.locator('.entry-state')).toHaveText('New');
	await expect(page.getByRole('region', { name: 'Continue reading' })).toHaveCount(0);

	await page.setViewportSize({ width: 400, height: 640 });
	await entry.getByRole('link').click();
	await hydrated(page);
	await expect(page.getByRole('button', { name: 'Mark as read' })).toBeVisible();
	await scrollToSentence(page, 'b6-1');
	await expect.poll(() => storedPosition(page, slug)).toMatchObject({ sentenceId: 'b6-1' });

	// Not the header link: clicking it would scroll to the top, which is a place too.
	await page.goto('/');
	await expect(entry.locator('.entry-state')).toHaveText(/^\d+% · \d+ min left$/);
	const resume = page.getByRole('region', { name: 'Continue reading' });
	await expect(resume).toContainText('Florida');
	await resume.getByRole('link').click();
	await expect(page).toHaveURL(firstArticle);
});

test('a read article says so, and "Unread only" hides it', async ({ page }) => {
	await page.goto(firstArticle);
	await hydrated(page);
	await expect(page.getByRole('button', { name: 'Mark as read' })).toBeVisible();
	await page.evaluate(() =>
		window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' })
	);
	await expect(page.getByText('✓ Read')).toBeVisible();

	await page.goto('/');
	const entry = page.getByRole('listitem').filter({ hasText: 'Florida' });
	await expect(entry.locator('.entry-state')).toHaveText('Read');
	await expect(page.getByRole('region', { name: 'Continue reading' })).toHaveCount(0);
	await page.getByRole('checkbox', { name: 'Unread only' }).check();
	await expect(entry).toHaveCount(0);
	await expect(page.getByText('No unread articles on this page.')).toBeVisible();
	await page.getByRole('checkbox', { name: 'Unread only' }).uncheck();
	await expect(entry.locator('.entry-state')).toHaveText('Read');
});

test('sorting puts articles in progress first; positions of removed articles are dropped', async ({
	page
}) => {
	await page.goto('/');
	await seed(page, storageKeys.positions, {
		v: 2,
		data: {
			'us-ukraine-florida-talks': { sentenceId: 'b4-1', progress: 0.3, updatedAt: 2 },
			'an-article-since-removed': {
				sentenceId: 'b2-1',
				progress: 0.5,
				title: 'Gone',
				updatedAt: 1
			}
		}
	});
	await page.reload();
	await hydrated(page);
	await page.getByRole('combobox', { name: 'Sort' }).selectOption('In progress first');
	await expect(page.locator('.entry').first()).toContainText('Florida');
	await expect(page.locator('.entry').first().locator('.entry-state')).toHaveText(
		/^30% · \d+ min left$/
	);
	await expect
		.poll(() => storedText(page, storageKeys.positions))
		.not.toContain('an-article-since-removed');
});

test('the library keeps its layout still while progress loads, and reserves no empty space', async ({
	page
}) => {
	// Where the list starts before the app runs (the pre-paint script has run, the app has
	// not: it starts after the first paint), and once the app has shown the reader's progress.
	await page.addInitScript(() =>
		document.addEventListener('DOMContentLoaded', () => {
			(window as unknown as { __firstTop: number }).__firstTop = document
				.querySelector('.library')!
				.getBoundingClientRect().top;
		})
	);
	const tops = async () => {
		await page.reload();
		await hydrated(page);
		await page.locator('.entry-state').first().filter({ hasText: /\S/ }).waitFor();
		return {
			first: await page.evaluate(() => (window as unknown as { __firstTop: number }).__firstTop),
			after: (await page.locator('.library').boundingBox())!.y
		};
	};
	await page.goto('/');
	const without = await tops();
	expect(without.after).toBe(without.first);
	await expect(page.getByRole('region', { name: 'Continue reading' })).toHaveCount(0);

	await seed(page, storageKeys.positions, {
		v: 2,
		data: {
			'us-ukraine-florida-talks': {
				sentenceId: 'b4-1',
				progress: 0.3,
				title: 'A title',
				readingMinutes: 4,
				updatedAt: 2
			}
		}
	});
	const withProgress = await tops();
	await expect(page.getByRole('region', { name: 'Continue reading' })).toBeVisible();
	// The space is there from the first paint exactly when the card will be.
	expect(withProgress.after).toBe(withProgress.first);
	expect(withProgress.first).toBeGreaterThan(without.first + 40);
});

test('the library follows another tab: an article read there shows as read here, with no reload', async ({
	page,
	context
}) => {
	await page.goto('/');
	await hydrated(page);
	const entry = page.getByRole('listitem').filter({ hasText: 'Florida' });
	await expect(entry.locator('.entry-state')).toHaveText('New');
	const other = await context.newPage();
	await other.goto(firstArticle);
	await hydrated(other);
	await expect(other.getByRole('button', { name: 'Mark as read' })).toBeVisible();
	await other.evaluate(() =>
		window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' })
	);
	await expect(other.getByText('✓ Read')).toBeVisible();
	await expect(entry.locator('.entry-state')).toHaveText('Read');
});
