// The deployment docs/deploying.md tells a publisher to make: real nginx (Debian's, with its
// Brotli module) running deploy/nginx/folio.conf over the built site. It must do what Folio's
// own server does (the checks of tests/support/host-checks.ts, as in tests/headers.spec.ts), and
// the offline and update journeys must pass over it, in Chromium.
import { test as base, expect } from '@playwright/test';
import { openChromium } from './engines/chromium';
import { journeys } from './engines/journeys';
import { noScriptsDir, secondBuildDir } from './support/global-setup';
import {
	checkHeaders,
	checkNotFound,
	checkPrecompressed,
	checkTrailingSlash
} from './support/host-checks';
import { NginxServer } from './support/nginx-server';
import { assertInstalled } from './support/real-speech';

/** nginx of the test's own, which it may stop and resume; its error log must stay empty. */
const test = base.extend<{ nginx: NginxServer }>({
	nginx: async ({}, use) => {
		assertInstalled('deploy', 'nginx with its Brotli module');
		const server = await NginxServer.start();
		await use(server);
		await server.dispose();
		expect(server.errorLog(), 'nginx error log').toBe('');
	}
});

test('every kind of file carries the header policy', async ({ nginx }) => {
	await checkHeaders(nginx.url);
});

test('the .br and .gz copies are served to readers that accept them, with Vary', async ({
	nginx
}) => {
	await checkPrecompressed(nginx.url);
});

test('misses get the 404 page with short-lived headers, and _headers itself is not served', async ({
	nginx
}) => {
	await checkNotFound(nginx.url);
});

test('a folder without its slash is redirected to it, with the policy', async ({ nginx }) => {
	await checkTrailingSlash(nginx.url);
});

for (const journey of journeys.filter(({ name }) => /^(offline|update):/.test(name))) {
	test(`journey over nginx, ${journey.name}`, async ({ browser, nginx }) => {
		test.setTimeout(60_000);
		const driver = await openChromium({ baseURL: nginx.url, shared: browser });
		try {
			await journey.run({ driver, site: nginx, secondBuildDir, noScriptsDir });
			expect(await driver.problems()).toEqual([]);
		} finally {
			await driver.close();
		}
	});
}
