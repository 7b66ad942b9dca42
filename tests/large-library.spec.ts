import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ownServerTest as test, expect } from './support/fixtures';
import { uniqueWords } from '../scripts/tools/synthetic-library';
import { largeLibrary } from './support/global-setup';
import { goOffline, goOnline, waitForServiceWorker } from './support/offline';
import { hydrated } from './support/settings';
import { seed, storageKeys } from './support/stored';

// A generated library of a few hundred articles (tests/support/global-setup.ts).
const index: { slug: string; title: string; published?: string }[] = JSON.parse(
	readFileSync(join(largeLibrary.dir, 'articles.json'), 'utf8')
);
const newest = index[0].slug;
const older = index[150].slug;
const oldest = index.at(-1)!.slug;

test.beforeEach(async ({ server }) => {
	await server.stop();
	await server.resume(largeLibrary.dir);
});

test('the home page shows one page of the library, however large it grows', async ({ page }) => {
	const homeBytes = gzipSync(readFileSync(join(largeLibrary.dir, 'index.html'))).length;
	expect(homeBytes).toBeLessThan(14 * 1024);
	await page.goto('/');
	await expect(page.locator('.entry')).toHaveCount(20);
	await expect(page.getByText(`Page 1 of 15 · ${largeLibrary.articles} articles`)).toBeVisible();
	await page.getByRole('link', { name: 'Older →' }).click();
	await expect(page).toHaveURL('/page/2/');
	await expect(page.locator('.entry')).toHaveCount(20);
	await page.goto('/page/15/');
	await expect(page.getByRole('link', { name: 'Older →' })).toHaveCount(0);
	await expect(page.locator(`a[href="/articles/${oldest}/"]`)).toBeVisible();
});

test('an article ends with the way back and the next article the reader has not read', async ({
	page
}) => {
	const [first, second, third, fourth] = index;
	// Built with the next in library order: what a page without its app offers.
	const html = readFileSync(join(largeLibrary.dir, 'articles', first.slug, 'index.html'), 'utf8');
	expect(html).toContain(`href="/articles/${second.slug}/"`);

	const read = { sentenceId: 'b1-1', offset: 0, progress: 1, updatedAt: 1, readAt: 2 };
	await page.goto('/');
	await seed(page, storageKeys.positions, {
		v: 2,
		data: { [second.slug]: read, [third.slug]: read }
	});
	await page.goto(`/articles/${first.slug}/`);
	await hydrated(page);
	const onward = page.getByRole('navigation', { name: 'Onward' });
	await expect(onward.getByRole('link', { name: '← Back to library' })).toHaveAttribute(
		'href',
		'/'
	);
	const next = onward.getByRole('link', { name: /^Next:/ });
	await expect(next).toHaveAttribute('href', `/articles/${fourth.slug}/`);
	await next.click();
	await expect(page).toHaveURL(`/articles/${fourth.slug}/`);
	// The last article has nowhere further to go.
	await page.goto(`/articles/${oldest}/`);
	await hydrated(page);
	await expect(page.getByRole('navigation', { name: 'Onward' }).getByRole('link')).toHaveCount(1);
});

test('when the app names the next unread article instead, nothing at the article end moves', async ({
	page
}) => {
	const [first, second, third, fourth] = index;
	const read = { sentenceId: 'b1-1', offset: 0, progress: 1, updatedAt: 1, readAt: 2 };
	await page.goto('/');
	await seed(page, storageKeys.positions, {
		v: 2,
		data: { [second.slug]: read, [third.slug]: read }
	});
	// A reader at the article's end as it loads (the app starts after the load event), and every
	// layout shift of the page from then on, as the browser reports them (the Listen bar's own
	// label may change: it is fixed to the window, and moves nothing).
	await page.addInitScript(() => {
		type Shift = PerformanceEntry & { value: number; sources: { node?: Node }[] };
		const shifts: string[] = ((window as unknown as { __shifts: string[] }).__shifts = []);
		const inListenBar = (node?: Node) =>
			Boolean((node instanceof Element ? node : node?.parentElement)?.closest('.listen-dock'));
		addEventListener('load', () => {
			window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as Shift[]) {
					const moved = entry.sources.filter((source) => !inListenBar(source.node));
					if (moved.length) shifts.push(moved.map(({ node }) => node?.nodeName ?? '?').join(', '));
				}
			}).observe({ type: 'layout-shift' });
		});
	});
	await page.goto(`/articles/${first.slug}/`);
	const next = page
		.getByRole('navigation', { name: 'Onward' })
		.getByRole('link', { name: /^Next:/ });
	await expect(next).toHaveAttribute('href', `/articles/${fourth.slug}/`);
	// The two titles differ (the page was built naming the next in library order).
	expect(fourth.title).not.toBe(second.title);
	// The end's own tools (Share, read or not) are in place too.
	await expect(page.locator('.article-end button').first()).toBeVisible();
	expect(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts)).toEqual(
		[]
	);
});

test('only the newest articles are precached; others are cached when opened', async ({
	page,
	context,
	server
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await expect(page.getByRole('button', { name: 'Saved for offline' })).toBeVisible();
	const precachedArticles = await page.evaluate(async () => {
		const name = (await caches.keys()).find((key) => key.startsWith('workbox-precache'));
		const keys = await (await caches.open(name!)).keys();
		return keys.filter((request) => /\/articles\/[^/]+\/$/.test(new URL(request.url).pathname))
			.length;
	});
	expect(precachedArticles).toBe(largeLibrary.precached);

	await page.goto(`/articles/${older}/`);
	await expect(page.locator('article h1')).toBeVisible();
	await goOffline(context, server);
	const reopened = await page.reload();
	expect(reopened?.fromServiceWorker()).toBe(true);
	await expect(page.locator('article h1')).toBeVisible();
	await page.goto(`/articles/${newest}/`);
	await expect(page.locator('article h1')).toBeVisible();
	await page.goto(`/articles/${oldest}/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'This page is not saved for offline reading'
	);
});

test('"Save all for offline" stores every article, with progress', async ({
	page,
	context,
	server
}) => {
	test.setTimeout(90_000);
	await page.goto('/');
	await waitForServiceWorker(page);
	await page.getByRole('button', { name: 'Saved for offline' }).click();
	const panel = page.getByRole('dialog', { name: 'Offline' });
	await expect(
		panel.getByText(`${largeLibrary.articles - largeLibrary.precached} articles are not saved yet`)
	).toBeVisible();
	await panel.getByRole('button', { name: 'Save all for offline' }).click();
	await expect(panel.getByText(/Saved \d+ articles for offline\./)).toBeVisible({
		timeout: 60_000
	});
	await expect(
		panel.getByText('Every article in the library is saved on this device.')
	).toBeVisible();
	await expect(
		panel.getByRole('heading', { name: `Articles available offline (${largeLibrary.articles})` })
	).toBeVisible();
	await page.keyboard.press('Escape');

	await goOffline(context, server);
	const response = await page.goto(`/articles/${oldest}/`);
	expect(response?.fromServiceWorker()).toBe(true);
	await expect(page.locator('article h1')).toBeVisible();
	// Its sentences for the player too, so Up next can go on to it offline.
	const listening = await page.evaluate(async (slug) => {
		const response = await fetch(`/articles/${slug}/listen.json`);
		return { ok: response.ok, slug: (await response.json()).slug };
	}, oldest);
	expect(listening).toEqual({ ok: true, slug: oldest });

	// Save all saved the search index too: the oldest articles are found with no network.
	await page.goto(`/search/?q=${uniqueWords[7]}`);
	const found = page.getByRole('region', { name: 'Search results' });
	await expect(found.getByRole('link', { name: /^Article 8:/ })).toBeVisible();
	await expect(found.locator('.note')).toHaveCount(0);
	await goOnline(context, server, largeLibrary.dir);
});

test('search finds an article by a word of its own language, and can keep to one language', async ({
	page
}) => {
	const found = page.getByRole('region', { name: 'Search results' });
	await page.goto(`/search/?q=${uniqueWords[10]}`);
	await expect(found.getByRole('status')).toHaveText(`1 article matches “${uniqueWords[10]}”.`);
	await expect(found.getByRole('link', { name: /^Article 11:/ })).toBeVisible();
	await expect(found.getByText(/Ukrainian · New$/)).toBeVisible();

	// Its part of the index holds the word; the newest part holds only its start (Zauberflöte),
	// which Pagefind would stand in for it there.
	await page.goto(`/search/?q=${uniqueWords[7]}`);
	await expect(found.getByRole('status')).toHaveText(`1 article matches “${uniqueWords[7]}”.`);
	await page.goto(`/search/?q=${uniqueWords[250]}`);
	await expect(found.getByRole('link', { name: /^Article 251:/ })).toBeVisible();

	await page.goto(`/search/?q=${uniqueWords[7]}&lang=de`);
	await expect(found.getByRole('link', { name: /^Article 8:/ })).toBeVisible();
	await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('de');
	await page.getByRole('combobox', { name: 'Language' }).selectOption('');
	await expect(page).toHaveURL(`/search/?q=${encodeURIComponent(uniqueWords[7])}`);
});

test('newest first, search keeps to the library order across the parts of its index', async ({
	page
}) => {
	// The index is in parts (a few hundred articles in parts of 120 here, 2,500 in a real build),
	// merged in the page. Pagefind's own merge would order a sorted search by each part's own
	// positions, mixing the parts up.
	const parts = JSON.parse(
		readFileSync(join(largeLibrary.dir, 'pagefind', 'folio-parts.json'), 'utf8')
	).parts;
	expect(parts).toEqual(['/pagefind/', '/pagefind/part-2/', '/pagefind/part-1/']);
	const published = new Map(
		index.map((article) => [`/articles/${article.slug}/`, article.published])
	);

	await page.goto('/search/?q=der&sort=newest');
	const found = page.getByRole('region', { name: 'Search results' });
	const links = found.locator('.hit-title a');
	await expect(links).toHaveCount(20);
	await found.getByRole('button', { name: 'Show more' }).click();
	await expect(links).toHaveCount(40);
	const dates = (await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))).map(
		(href) => published.get(href ?? '')
	);
	expect(dates.every(Boolean)).toBe(true);
	expect(dates).toEqual([...dates].sort().reverse());
	// The first page alone reaches past the newest part (its 60 articles, a sixth German).
	const newestPart = new Set(index.slice(0, 60).map((article) => article.published));
	expect(dates.slice(0, 20).some((date) => !newestPart.has(date))).toBe(true);
});

test('offline, search says when its index is not saved, instead of finding nothing', async ({
	page,
	context,
	server
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await expect(page.getByRole('button', { name: 'Saved for offline' })).toBeVisible();
	await goOffline(context, server);
	await page.reload();
	await hydrated(page);
	const field = page.getByRole('searchbox', { name: 'Search articles' });
	await field.click();
	await field.pressSequentially(uniqueWords[7]);
	const found = page.getByRole('region', { name: 'Search results' });
	await expect(
		found.getByText('Part of the search index is not saved on this device')
	).toBeVisible();
	await goOnline(context, server, largeLibrary.dir);
});
