import { test as base } from '@playwright/test';
import { hostileBuildDir, pictureBuildDir } from './global-setup';
import { expectNoPolicyBreaks, guardPolicy } from './policy-guard';
import { StaticServer } from './static-server';

/**
 * Every browser test, whatever pages it visits: no page may raise a Content Security Policy
 * violation or ask another origin for anything (checked when the test ends).
 */
const guarded = base.extend({
	context: async ({ context, baseURL }, use) => {
		const record = await guardPolicy(context, baseURL ?? 'http://localhost');
		await use(context);
		expectNoPolicyBreaks(record);
	}
});

/**
 * `site`: the built site on its own server, one per worker, for tests that only read pages.
 * Tests that take the network away start a server of their own.
 */
export const test = guarded.extend<object, { site: StaticServer; pictureSite: StaticServer }>({
	site: [
		async ({}, use) => {
			const server = await StaticServer.start();
			await use(server);
			await server.stop();
		},
		{ scope: 'worker' }
	],
	// The library with pictures (scripts/tools/picture-library.ts), started only when a test asks.
	pictureSite: [
		async ({}, use) => {
			const server = await StaticServer.start(pictureBuildDir);
			await use(server);
			await server.stop();
		},
		{ scope: 'worker' }
	],
	baseURL: async ({ site }, use) => use(site.url)
});

export { expect } from '@playwright/test';

export const firstArticle = '/articles/us-ukraine-florida-talks/';

/**
 * `server`: a server of the test's own, which the test may stop (to go offline) and resume,
 * possibly with another build, at the same origin.
 */
const ownServerOf = (dir?: string) =>
	guarded.extend<{ server: StaticServer }>({
		server: async ({}, use) => {
			const server = await StaticServer.start(dir);
			await use(server);
			await server.stop();
		},
		baseURL: async ({ server }, use) => use(server.url)
	});

export const ownServerTest = ownServerOf();

/** The hostile fixture library (tests/fixtures/hostile-articles), built and served on its own. */
export const hostileTest = guarded.extend<object, { hostileSite: StaticServer }>({
	hostileSite: [
		async ({}, use) => {
			const server = await StaticServer.start(hostileBuildDir);
			await use(server);
			await server.stop();
		},
		{ scope: 'worker' }
	],
	baseURL: async ({ hostileSite }, use) => use(hostileSite.url)
});

/** The library with pictures (scripts/tools/picture-library.ts), built and served on its own. */
export const pictureTest = test.extend({
	baseURL: async ({ pictureSite }, use) => use(pictureSite.url)
});

/** The library with pictures on a server of the test's own, which it may stop (offline). */
export const ownPictureServerTest = ownServerOf(pictureBuildDir);

export { pictureArticle } from '../../scripts/tools/picture-library';
