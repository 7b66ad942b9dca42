/**
 * The sitemap (sitemaps.org protocol) of every library page and article, for search engines,
 * and the robots.txt that points to it.
 */
import { xmlText } from './xml';

/** The protocol's limit for one file; a larger archive needs a sitemap index (docs/large-archives.md). */
export const sitemapLimit = 50_000;

export interface SitemapEntry {
	path: string;
	/** ISO date (YYYY-MM-DD), when known. */
	lastmod?: string;
}

export function sitemap(entries: readonly SitemapEntry[], origin: string): string {
	if (entries.length > sitemapLimit) {
		throw new Error(
			`sitemap: ${entries.length} addresses, over the ${sitemapLimit} one file may hold`
		);
	}
	const urls = entries.map(({ path, lastmod }) => {
		const loc = `<loc>${xmlText(new URL(path, origin).href)}</loc>`;
		return `  <url>${loc}${lastmod ? `<lastmod>${xmlText(lastmod)}</lastmod>` : ''}</url>`;
	});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...urls,
		'</urlset>',
		''
	].join('\n');
}

export function robotsTxt(origin: string): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', origin).href}\n`;
}
