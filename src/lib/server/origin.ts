/**
 * The origin the site is served from, for canonical links and Open Graph URLs, which must be
 * absolute. Set FOLIO_ORIGIN when building for a real host; the default is `npm start`'s.
 */
export const origin = process.env.FOLIO_ORIGIN ?? 'http://localhost:4173';

/** The absolute URL of a path on this site. */
export function absoluteUrl(path: string): string {
	return new URL(path, origin).href;
}
