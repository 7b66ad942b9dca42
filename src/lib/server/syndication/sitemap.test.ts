import { describe, expect, it } from 'vitest';
import type { Element } from '@xmldom/xmldom';
import { parseXmlStrictly } from './parse-xml';
import { robotsTxt, sitemap, sitemapLimit } from './sitemap';

const namespace = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const origin = 'https://folio.example';

const elements = (parent: Element, name: string) =>
	Array.from(parent.getElementsByTagNameNS(namespace, name));

describe('the sitemap', () => {
	it('lists every address absolutely, with a date where there is one', () => {
		const document = parseXmlStrictly(
			sitemap(
				[{ path: '/' }, { path: '/page/2/' }, { path: '/articles/a/', lastmod: '2025-12-01' }],
				origin
			)
		);
		const root = document.documentElement!;
		expect([root.localName, root.namespaceURI]).toEqual(['urlset', namespace]);
		const urls = elements(root, 'url');
		expect(urls.map((url) => elements(url, 'loc')[0].textContent)).toEqual([
			`${origin}/`,
			`${origin}/page/2/`,
			`${origin}/articles/a/`
		]);
		expect(urls.map((url) => elements(url, 'lastmod')[0]?.textContent ?? null)).toEqual([
			null,
			null,
			'2025-12-01'
		]);
	});

	it('escapes what an address may hold', () => {
		const document = parseXmlStrictly(sitemap([{ path: "/articles/a&b'c/" }], origin));
		expect(elements(document.documentElement!, 'loc')[0].textContent).toBe(
			`${origin}/articles/a&b'c/`
		);
	});

	it('refuses more addresses than one sitemap file may hold, saying how many', () => {
		const entries = Array.from({ length: sitemapLimit + 1 }, (_, i) => ({ path: `/a/${i}/` }));
		expect(() => sitemap(entries, origin)).toThrow(/50001 addresses, over the 50000/);
	});

	it('robots.txt allows everything and names the sitemap', () => {
		expect(robotsTxt(origin)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`);
	});
});
