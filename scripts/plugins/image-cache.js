// How the service worker keeps articles' images (docs/images.md). They are not precached: the
// worker cannot know which width a device will ask for. Each variant a page loads is kept in the
// "folio-images" cache (its URL names its content, so a kept one is never stale); Save all asks
// for the width this device uses. Offline, a width that was never kept is answered with another
// width of the same image that was (the same format first, then the widest): a smaller picture
// beats an empty box.

export const imageCacheName = 'folio-images';

/** The runtime caching entry for images, for Workbox's generateSW (scripts/plugins/pwa-options.js). */
export const imageCaching = {
	urlPattern: (/** @type {{ url: URL }} */ { url }) => url.pathname.startsWith('/images/'),
	handler: /** @type {const} */ ('CacheFirst'),
	options: {
		cacheName: imageCacheName,
		cacheableResponse: { statuses: [200] },
		plugins: [
			{
				// Workbox writes this function into the worker as text: it may use nothing from
				// outside itself. The same image (/images/<key>-<width>.<ext>), its format first,
				// then the widest.
				handlerDidError: async (/** @type {{ request: Request }} */ { request }) => {
					const pattern = /^\/images\/([0-9a-f]{16})-(\d+)\.(\w+)$/;
					const wanted = pattern.exec(new URL(request.url).pathname);
					if (!wanted) return undefined;
					const cache = await caches.open('folio-images');
					let best;
					let bestScore = -1;
					for (const candidate of await cache.keys()) {
						const match = pattern.exec(new URL(candidate.url).pathname);
						if (!match || match[1] !== wanted[1]) continue;
						const score = (match[3] === wanted[3] ? 1e6 : 0) + Number(match[2]);
						if (score > bestScore) {
							best = candidate;
							bestScore = score;
						}
					}
					return best ? cache.match(best) : undefined;
				}
			}
		]
	}
};
