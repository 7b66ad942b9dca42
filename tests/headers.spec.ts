import { expect, firstArticle, test } from './support/fixtures';
import { expectedHeaders, expectShippedHeaders } from './support/headers';

test('real responses carry the headers of static/_headers', async ({ page, request }) => {
	const paths = ['/', firstArticle, '/offline/', '/sw.js', '/manifest.webmanifest'];
	await page.goto('/');
	// An immutable asset: the entry script the boot script imports.
	const html = await (await request.get('/')).text();
	const script = /import\("(\/_app\/immutable\/[^"]+\.js)"\)/.exec(html)?.[1];
	expect(script).toMatch(/^\/_app\/immutable\//);
	for (const path of [...paths, script!]) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		expectShippedHeaders(response.headers(), path);
	}
	expect(expectedHeaders('/')['cache-control']).toBe('no-cache');
	expect(expectedHeaders(script!)['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('the not-found page and redirects carry them too, and _headers itself is not served', async ({
	request
}) => {
	const missing = await request.get('/_app/immutable/no-such-file.js');
	expect(missing.status()).toBe(404);
	expectShippedHeaders(missing.headers(), '/404.html');
	const hostFile = await request.get('/_headers');
	expect(hostFile.status()).toBe(404);
	expect(await hostFile.text()).toContain('Page not found');
	const redirect = await request.get(firstArticle.slice(0, -1), { maxRedirects: 0 });
	expect(redirect.status()).toBe(301);
	expectShippedHeaders(redirect.headers(), firstArticle.slice(0, -1));
});

test('the page refuses to be framed', async ({ page }) => {
	await page.goto('/');
	const response = await page.request.get('/');
	expect(response.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
	const framed = await page.evaluate(
		() =>
			new Promise<string>((resolve) => {
				const frame = document.createElement('iframe');
				frame.src = '/';
				frame.onload = () => {
					try {
						resolve(frame.contentDocument?.querySelector('h1')?.textContent ?? 'blocked');
					} catch {
						resolve('blocked');
					}
				};
				document.body.append(frame);
			})
	);
	expect(framed).toBe('blocked');
});
