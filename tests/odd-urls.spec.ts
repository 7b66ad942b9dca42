import { request as httpRequest } from 'node:http';
import { expect, ownServerTest, test } from './support/fixtures';
import { goOffline, waitForServiceWorker } from './support/offline';

const long = `/articles/${'a'.repeat(4000)}/`;

/** Addresses a browser can ask for: each must give the not-found page, at that address. */
const browserPaths = [
	'/index.html/x/',
	'/articles/',
	'/articles/us-ukraine-florida-talks/extra/',
	'/articles/US-UKRAINE-FLORIDA-TALKS/',
	'/articles/%252e%252e/%252e%252e/package.json',
	'/articles/us-ukraine-florida-talks%2F..%2F..%2F',
	'/articles/%E0%A4%A/',
	'/articles/%00/',
	'/articles/%F0%9F%98%80/',
	'/artículos/ñandú/',
	'/articles/مقال/',
	'/articles/x?<script>alert(1)</script>',
	long
];

/** Raw request targets, sent exactly as written (a browser would tidy the dot segments away). */
const rawPaths = [
	'/../package.json',
	'/articles/../../../package.json',
	'/articles/..%2f..%2fpackage.json',
	'/%2e%2e/%2e%2e/package.json',
	'/.//offline',
	'//offline',
	'/%',
	'/%%%',
	`/${'%'.repeat(3000)}`,
	`/${'a/'.repeat(4000)}`,
	'/_headers'
];

/** GET `path` from `origin` exactly as written; resolves with the status and body. */
function rawGet(origin: string, path: string): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		const url = new URL(origin);
		const request = httpRequest(
			{ host: url.hostname, port: url.port, path, method: 'GET' },
			(response) => {
				let body = '';
				response.setEncoding('utf8');
				response.on('data', (chunk) => (body += chunk));
				response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
			}
		);
		request.on('error', reject);
		request.end();
	});
}

for (const path of browserPaths) {
	test(`online, ${path.slice(0, 60)} gives the not-found page with status 404`, async ({
		page
	}) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(page.getByRole('link', { name: 'Go to the library' })).toBeVisible();
	});
}

test('raw odd requests, dot segments included, get 404 and never a file outside the site', async ({
	site
}) => {
	for (const path of rawPaths) {
		const { status, body } = await rawGet(site.url, path);
		expect(status, path).toBe(404);
		expect(body, path).toContain('Page not found');
		expect(body, path).not.toContain('"devDependencies"');
	}
	// The server is still up and well.
	expect((await rawGet(site.url, '/')).status).toBe(200);
});

ownServerTest(
	'offline, every odd address gives the offline page at that address, never the library',
	async ({ page, context, server }) => {
		ownServerTest.setTimeout(60_000);
		await page.goto('/');
		await waitForServiceWorker(page);
		await goOffline(context, server);
		for (const path of browserPaths) {
			const response = await page.goto(path);
			expect(response?.fromServiceWorker(), path).toBe(true);
			await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(
				'This page is not saved for offline reading'
			);
		}
	}
);
