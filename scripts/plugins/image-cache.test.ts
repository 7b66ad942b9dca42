import { afterEach, describe, expect, it } from 'vitest';
import { imageCaching } from './image-cache.js';

const origin = 'https://folio.test';
const key = '0123456789abcdef';

/** A stand-in for the worker's CacheStorage holding `urls`, each answered with its own URL. */
function keepOnly(urls: string[]) {
	const requests = urls.map((url) => new Request(`${origin}${url}`));
	(globalThis as { caches?: unknown }).caches = {
		open: async (name: string) => {
			expect(name).toBe('folio-images');
			return {
				keys: async () => requests,
				match: async (request: Request) => new Response(new URL(request.url).pathname)
			};
		}
	};
}

const answer = async (url: string) => {
	const [plugin] = imageCaching.options.plugins;
	const response = await plugin.handlerDidError({ request: new Request(`${origin}${url}`) });
	return response ? await response.text() : undefined;
};

afterEach(() => {
	delete (globalThis as { caches?: unknown }).caches;
});

describe('images offline, when the width asked for was never kept', () => {
	it('answers with the widest kept width of the same image in the same format', async () => {
		keepOnly([
			`/images/${key}-480.avif`,
			`/images/${key}-800.avif`,
			`/images/${key}-1600.webp`,
			`/images/fedcba9876543210-1600.avif`
		]);
		expect(await answer(`/images/${key}-1200.avif`)).toBe(`/images/${key}-800.avif`);
	});

	it('takes another format of the same image rather than nothing', async () => {
		keepOnly([`/images/${key}-800.webp`]);
		expect(await answer(`/images/${key}-1600.avif`)).toBe(`/images/${key}-800.webp`);
	});

	it('gives nothing for an image none of whose widths is kept, or a URL that is not a variant', async () => {
		keepOnly([`/images/fedcba9876543210-800.avif`, '/images/other.png']);
		expect(await answer(`/images/${key}-800.avif`)).toBeUndefined();
		expect(await answer(`/images/${key}.svg`)).toBeUndefined();
	});

	it('matches every image URL and nothing else', () => {
		const matches = (path: string) => imageCaching.urlPattern({ url: new URL(`${origin}${path}`) });
		expect(matches(`/images/${key}-800.avif`)).toBe(true);
		expect(matches('/articles/x/')).toBe(false);
	});
});
