// The feed, the sitemap and robots.txt as the built site serves them: media types, strict XML,
// absolute URLs on the build's origin (FOLIO_ORIGIN), and the library's autodiscovery link.
import type { Element } from '@xmldom/xmldom';
import { parseXmlStrictly } from '../src/lib/server/syndication/parse-xml';
import { expect, firstArticle, test } from './support/fixtures';

/** The origin the test build was made for: FOLIO_ORIGIN's default. */
const origin = 'http://localhost:4173';
const atom = 'http://www.w3.org/2005/Atom';
const sitemaps = 'http://www.sitemaps.org/schemas/sitemap/0.9';

const texts = (root: Element, namespace: string, name: string) =>
	Array.from(root.getElementsByTagNameNS(namespace, name)).map((element) => element.textContent);

test('the Atom feed lists the articles with absolute links, and the library announces it', async ({
	page,
	request
}) => {
	const response = await request.get('/feed.xml');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
	const feed = parseXmlStrictly(await response.text()).documentElement!;
	expect([feed.localName, feed.namespaceURI]).toEqual(['feed', atom]);
	const library: { slug: string; title: string }[] = await (
		await request.get('/articles.json')
	).json();
	const entries = Array.from(feed.getElementsByTagNameNS(atom, 'entry'));
	expect(entries).toHaveLength(Math.min(50, library.length));
	expect(entries.map((entry) => texts(entry, atom, 'title')[0])).toEqual(
		library.slice(0, 50).map((article) => article.title)
	);
	expect(texts(entries[0], atom, 'id')[0]).toBe(`${origin}${firstArticle}`);
	expect(texts(entries[0], atom, 'name')[0]).toBe('U.S. Department of State');
	for (const entry of entries)
		expect(texts(entry, atom, 'updated')[0]).toMatch(/^\d{4}-\d\d-\d\dT/);

	for (const path of ['/', '/page/2/'].slice(0, library.length > 20 ? 2 : 1)) {
		await page.goto(path);
		await expect(
			page.locator('link[rel="alternate"][type="application/atom+xml"]')
		).toHaveAttribute('href', '/feed.xml');
	}
});

test('the sitemap lists every library page and article, and robots.txt points to it', async ({
	request
}) => {
	const response = await request.get('/sitemap.xml');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toMatch(/^(application|text)\/xml/);
	const urlset = parseXmlStrictly(await response.text()).documentElement!;
	expect([urlset.localName, urlset.namespaceURI]).toEqual(['urlset', sitemaps]);
	const library: { slug: string }[] = await (await request.get('/articles.json')).json();
	const pages = Math.ceil(library.length / 20);
	expect(texts(urlset, sitemaps, 'loc')).toEqual([
		`${origin}/`,
		...Array.from({ length: pages - 1 }, (_, i) => `${origin}/page/${i + 2}/`),
		...library.map((article) => `${origin}/articles/${article.slug}/`)
	]);

	const robots = await request.get('/robots.txt');
	expect(robots.headers()['content-type']).toMatch(/^text\/plain/);
	expect(await robots.text()).toContain(`Sitemap: ${origin}/sitemap.xml`);
});
