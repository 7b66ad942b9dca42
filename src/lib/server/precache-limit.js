/**
 * How many of the newest articles the service worker precaches (FOLIO_PRECACHE_ARTICLES,
 * default 50). Older ones are cached when opened, or all at once with "Save all for offline".
 * Plain JavaScript: the Vite config reads it too.
 * @returns {number}
 */
export function precacheLimit() {
	const raw = process.env.FOLIO_PRECACHE_ARTICLES ?? '50';
	const limit = Number(raw);
	if (!Number.isInteger(limit) || limit < 0) {
		throw new Error(`FOLIO_PRECACHE_ARTICLES must be a whole number, not "${raw}"`);
	}
	return limit;
}
