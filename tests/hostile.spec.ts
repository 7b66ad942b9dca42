import type { Page } from '@playwright/test';
import { expect, hostileTest as test } from './support/fixtures';
import { parseXmlStrictly } from '../src/lib/server/syndication/parse-xml';
import { watchPolicy } from './support/policy-watch';
import { hydrated } from './support/settings';

// The articles of tests/fixtures/hostile-articles, built as their own site by global setup.
const slugs = [
	'raw-html',
	'hostile-links',
	'long-words',
	'rtl-arabic',
	'rtl-hebrew',
	'emoji',
	'empty-section'
];

/** Anything the hostile markup would have done if it had run. */
async function tracesOfScript(page: Page) {
	return page.evaluate(() => (window as unknown as { __hostile?: string }).__hostile);
}

/** True when the page is wider than the window: something scrolls sideways. */
async function scrollsSideways(page: Page) {
	return page.evaluate(
		() => document.documentElement.scrollWidth > document.documentElement.clientWidth
	);
}

for (const slug of slugs) {
	test(`${slug}: renders inert, readable at 320 px, and breaks no policy`, async ({
		page,
		hostileSite
	}) => {
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		const watch = await watchPolicy(page, hostileSite.url);
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(`/articles/${slug}/`);
		await hydrated(page);
		const article = page.locator('article');
		await expect(article.locator('h1')).toBeVisible();

		expect(await tracesOfScript(page)).toBeUndefined();
		await expect(article.locator('script, img, iframe, svg, style, object, embed')).toHaveCount(0);
		for (const link of await article.locator('a').all()) {
			const href = (await link.getAttribute('href')) ?? '';
			expect(new URL(href).protocol).toMatch(/^(https?|mailto):$/);
			await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
		}
		expect(await scrollsSideways(page)).toBe(false);
		expect(await watch.violations()).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		expect(dialogs).toEqual([]);
		expect(errors).toEqual([]);
	});
}

test('the library of hostile articles fits 320 px, with each entry in its direction', async ({
	page
}) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto('/');
	await expect(page.locator('.entry')).toHaveCount(slugs.length);
	expect(await scrollsSideways(page)).toBe(false);
	await expect(page.locator('.entry[lang="ar"]')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('.entry[lang="he"]')).toHaveAttribute('dir', 'rtl');
	await expect(page.locator('.entry[lang="en"]').first()).toHaveAttribute('dir', 'ltr');
	expect(await tracesOfScript(page)).toBeUndefined();
});

test('tags in front matter show as text, in the page and its title', async ({ page }) => {
	await page.goto('/articles/raw-html/');
	await expect(page.locator('article h1')).toHaveText(
		"Raw HTML </script><script>window.__hostile = 'title'</script> stays text"
	);
	await expect(page).toHaveTitle(/^Raw HTML <\/script><script>/);
	await expect(page.locator('.byline')).toHaveText(
		`<img src=x onerror="window.__hostile = 'byline'">By Mallory`
	);
	await expect(page.locator('article > p[id]').first()).toHaveText(
		'Inline tags, an image and bold words are dropped; their text stays.'
	);
	const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
	expect(JSON.parse(jsonLd!).headline).toContain('</script>');
	expect(await tracesOfScript(page)).toBeUndefined();
});

test('only http, https and mailto links survive, each with rel="noopener noreferrer"', async ({
	page
}) => {
	await page.goto('/articles/hostile-links/');
	const links = page.locator('article > p a');
	await expect(links).toHaveCount(5);
	const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')));
	expect(hrefs).toEqual([
		'https://example.org/a',
		'http://example.org/b',
		'mailto:someone@example.org',
		'https://example.org/auto',
		'https://example.org/reference'
	]);
	await expect(page.getByText('Unsafe: javascript, mixed case, escaped, data')).toBeVisible();
});

test('right-to-left articles read right to left, with their facts in order', async ({ page }) => {
	for (const [slug, lang] of [
		['rtl-arabic', 'ar'],
		['rtl-hebrew', 'he']
	]) {
		await page.goto(`/articles/${slug}/`);
		const article = page.locator('article');
		await expect(article).toHaveAttribute('lang', lang);
		await expect(article).toHaveAttribute('dir', 'rtl');
		await expect(article.locator('p[id]').first()).toHaveCSS('direction', 'rtl');
		await expect(article.locator('.facts')).toHaveCSS('direction', 'ltr');
	}
	await expect(page.locator('article p[id]').first()).toHaveText(
		'זוהי פסקה בעברית. יש בה מילה English ומספר 42 באמצע.'
	);
});

test('emoji stay whole, and an empty section is a heading and nothing more', async ({ page }) => {
	await page.goto('/articles/emoji/');
	await expect(page.locator('article h1')).toHaveText('Emoji 🎉 in the title 👩🏽‍💻');
	await expect(page.locator('article p[id]').first()).toContainText('👨‍👩‍👧‍👦, flags 🇺🇦 🇯🇵 🏳️‍🌈');
	await page.goto('/articles/empty-section/');
	await expect(page.locator('article h2')).toHaveText(['An empty section', 'The next section']);
	await expect(page.locator('article h3')).toHaveText([
		'A heading of only HTML just above was dropped'
	]);
});

test('the feed and the sitemap of hostile articles are well-formed XML with every article', async ({
	request
}) => {
	const feed = parseXmlStrictly(await (await request.get('/feed.xml')).text());
	const titles = Array.from(feed.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry'));
	expect(titles).toHaveLength(slugs.length);
	const map = parseXmlStrictly(await (await request.get('/sitemap.xml')).text());
	const locs = Array.from(
		map.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'loc')
	).map((loc) => new URL(loc.textContent ?? '').pathname);
	expect(locs.filter((path) => path.startsWith('/articles/')).sort()).toEqual(
		slugs.map((slug) => `/articles/${slug}/`).sort()
	);
});
