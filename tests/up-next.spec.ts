// Up next across articles, with the fake speech engine, on the generated library of a few
// hundred articles (tests/support/global-setup.ts): queueing, the list in the library, going
// on from one article to the next offline with the page hidden, and the lock screen's tracks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { endCurrent, fakeVoices, heard, installFakeSpeech } from './support/fake-speech';
import { expect, ownServerTest as test } from './support/fixtures';
import { largeLibrary } from './support/global-setup';
import { goOffline, goOnline, waitForServiceWorker } from './support/offline';
import { lockScreen, pressOnLockScreen, setPageHidden, watchMediaSession } from './support/pocket';
import { hydrated } from './support/settings';
import { seed, storageKeys, storedText } from './support/stored';

const index: { slug: string; title: string }[] = JSON.parse(
	readFileSync(join(largeLibrary.dir, 'articles.json'), 'utf8')
);
const [first, second, third] = index;
const speaking = (page: Page) => page.locator('.sentence.is-speaking');

test.beforeEach(async ({ server, page }) => {
	await server.stop();
	await server.resume(largeLibrary.dir);
	await watchMediaSession(page);
	await installFakeSpeech(page, { voices: fakeVoices });
});

/** Open an article and queue it with its Listen later button. */
async function listenLater(page: Page, slug: string) {
	await page.goto(`/articles/${slug}/`);
	// A click before the app has started is lost (it once was, on a loaded machine).
	await hydrated(page);
	await page.getByRole('button', { name: 'Listen later' }).click();
	await expect(page.getByText(/^In Up next, \d+ of \d+$/)).toBeVisible();
}

/** The stored position of `slug`, as the library reads it. */
function position(page: Page, slug: string) {
	return page.evaluate(
		([key, slug]) => {
			const stored = JSON.parse(localStorage.getItem(key) ?? '{}');
			return stored.data?.[slug] as { readAt?: number; sentenceId: string } | undefined;
		},
		[storageKeys.positions, slug] as const
	);
}

test('offline, one article ends, is marked read, and the next one’s title is spoken with no page load; the lock screen moves between them', async ({
	page,
	context,
	server
}) => {
	test.setTimeout(90_000);
	await page.goto('/');
	await waitForServiceWorker(page);
	await listenLater(page, second.slug);
	await listenLater(page, third.slug);

	// The library lists them, ready for the plane, and the list survives a reload.
	await page.goto('/');
	const upNext = page.getByRole('region', { name: 'Up next' });
	await expect(upNext.getByRole('listitem')).toHaveCount(2);
	await page.reload();
	await expect(upNext.getByRole('listitem')).toHaveCount(2);
	await expect(upNext.getByRole('listitem').first()).toContainText(second.title);
	await expect(upNext.getByRole('listitem').first()).toContainText('saved offline');
	await expect(upNext).toContainText(/2 articles · \d+ min at 1x/);

	await goOffline(context, server);
	await page.goto(`/articles/${first.slug}/`);
	await page.getByRole('button', { name: 'Listen', exact: true }).click();
	await expect(speaking(page)).toHaveAttribute('id', 'b0-1');
	// The screen locks; listening goes on from the article's last sentence to its end.
	await setPageHidden(page, true);
	const last = page.locator('article .sentence').last();
	await last.click();
	await expect(speaking(page)).toHaveAttribute('id', (await last.getAttribute('id'))!);
	await endCurrent(page);
	await expect.poll(async () => (await position(page, first.slug))?.readAt).toBeGreaterThan(0);
	await expect.poll(async () => (await heard(page)).at(-1), { timeout: 10_000 }).toBe(second.title);
	// Spoken from the stored listening file: the page shown is still the first article's.
	expect(new URL(page.url()).pathname).toBe(`/articles/${first.slug}/`);
	await expect(page.getByRole('link', { name: `Playing: ${second.title}` })).toBeVisible();
	// The lock screen shows the article now playing.
	await expect.poll(async () => (await lockScreen(page)).title).toBe(second.title);

	const secondBefore = await position(page, second.slug);
	await pressOnLockScreen(page, 'nexttrack');
	await expect.poll(async () => (await heard(page)).at(-1), { timeout: 10_000 }).toBe(third.title);
	await pressOnLockScreen(page, 'previoustrack');
	await expect.poll(async () => (await heard(page)).at(-1)).toBe(second.title);
	// Skipped, not heard to the end: its read state is as it was.
	expect((await position(page, second.slug))?.readAt).toBe(secondBefore?.readAt);

	// Back in view, the page follows the player, with the highlight on what is spoken.
	await setPageHidden(page, false);
	await expect(page).toHaveURL(`/articles/${second.slug}/`);
	await expect(speaking(page)).toHaveAttribute('id', 'b0-1');
	await expect(page.locator('article h1')).toHaveText(second.title);
	await goOnline(context, server, largeLibrary.dir);
});

test('Play all unread queues the unread articles in library order and starts the first', async ({
	page
}) => {
	await page.goto('/');
	const read = { sentenceId: 'b1-1', offset: 0, progress: 1, updatedAt: 1, readAt: 2 };
	await seed(page, storageKeys.positions, { v: 2, data: { [first.slug]: read } });
	await page.reload();
	await page.getByRole('button', { name: 'Play all unread' }).click();
	await expect(page).toHaveURL(`/articles/${second.slug}/`);
	await expect.poll(async () => (await heard(page))[0]).toBe(second.title);
	const queued = JSON.parse((await storedText(page, storageKeys.upNext)) ?? '{}').data as {
		slug: string;
	}[];
	expect(queued[0].slug).toBe(third.slug);
	expect(queued.map((item) => item.slug)).not.toContain(first.slug);
	expect(queued.map((item) => item.slug)).not.toContain(second.slug);
	// At most 200 in Up next: the first is playing, 199 follow.
	expect(queued).toHaveLength(Math.min(index.length - 2, 199));
});

test('the list reorders by keyboard and by dragging, and an article can be removed', async ({
	page
}) => {
	await page.goto('/');
	await seed(page, storageKeys.upNext, {
		v: 1,
		data: [first, second, third].map(({ slug, title }) => ({ slug, title, minutes: 2 }))
	});
	await page.reload();
	const upNext = page.getByRole('region', { name: 'Up next' });
	const titles = () => upNext.getByRole('link').allTextContents();
	await expect(upNext.getByRole('listitem')).toHaveCount(3);
	await expect(upNext).toContainText('3 articles · 6 min at 1x');

	// Keyboard: move the first down; focus stays on the moved article's button.
	const down = upNext.getByRole('button', { name: `Move “${first.title}” down` });
	await down.focus();
	await page.keyboard.press('Enter');
	expect(await titles()).toEqual([second.title, first.title, third.title]);
	await expect(upNext.getByRole('button', { name: `Move “${first.title}” down` })).toBeFocused();

	// Drag: the third by its handle above the first.
	const handle = (n: number) => upNext.getByRole('listitem').nth(n).locator('.handle');
	const from = (await handle(2).boundingBox())!;
	const to = (await handle(0).boundingBox())!;
	await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
	await page.mouse.down();
	await page.mouse.move(to.x + to.width / 2, to.y + 2, { steps: 5 });
	await page.mouse.up();
	expect(await titles()).toEqual([third.title, second.title, first.title]);

	// Removing by keyboard: focus goes on to the next article's ✕, and the change is said.
	await upNext.getByRole('button', { name: `Remove “${second.title}” from Up next` }).focus();
	await page.keyboard.press('Enter');
	expect(await titles()).toEqual([third.title, first.title]);
	await expect(
		upNext.getByRole('button', { name: `Remove “${first.title}” from Up next` })
	).toBeFocused();
	await expect(page.getByRole('status').filter({ hasText: 'Removed' })).toHaveText(
		`Removed “${second.title}” from Up next`
	);
	await page.reload();
	await expect.poll(titles).toEqual([third.title, first.title]);
});
