// What every host of Folio must do, checked the same way on scripts/tools/serve.js (npm start, the
// tests) and on nginx with deploy/nginx/folio.conf (tests/headers.spec.ts, tests/nginx.spec.ts):
// the header policy on each kind of file, the precompressed copies, the 404 page, the
// trailing-slash redirect, and the host's own file kept private.
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect } from '@playwright/test';
import { articlePath } from '../../src/lib/article/urls';
import { expectHeaders, immutable, revalidated } from './header-policy';

const buildDir = join(import.meta.dirname, '..', '..', 'build');
const article = articlePath('us-ukraine-florida-talks');

interface RawResponse {
	status: number;
	headers: Record<string, string>;
	body: Buffer;
}

/** GET `path` with exactly the request headers given: no decoding, no redirects followed. */
export function rawGet(
	base: string,
	path: string,
	headers: Record<string, string> = {}
): Promise<RawResponse> {
	return new Promise((resolve, reject) => {
		const request = httpRequest(new URL(path, base), { headers }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () =>
				resolve({
					status: response.statusCode ?? 0,
					headers: Object.fromEntries(
						Object.entries(response.headers).map(([name, value]) => [
							name,
							Array.isArray(value) ? value.join(', ') : (value ?? '')
						])
					),
					body: Buffer.concat(chunks)
				})
			);
		});
		request.on('error', reject);
		request.end();
	});
}

/** An immutable asset of this build: the entry script the library's boot script imports. */
function immutableScript(): string {
	const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
	const script = /import\("(\/_app\/immutable\/[^"]+\.js)"\)/.exec(html)?.[1];
	expect(script).toMatch(/^\/_app\/immutable\/entry\//);
	return script!;
}

/** The policy on pages, the worker, the manifest, the feed and an immutable asset. */
export async function checkHeaders(base: string): Promise<void> {
	for (const path of ['/', article, '/offline/', '/sw.js', '/manifest.webmanifest', '/feed.xml']) {
		const response = await rawGet(base, path);
		expect(response.status, path).toBe(200);
		expectHeaders(response.headers, revalidated, path);
	}
	const script = immutableScript();
	const asset = await rawGet(base, script);
	expect(asset.status, script).toBe(200);
	expectHeaders(asset.headers, immutable, script);
	expect(asset.headers['content-type']).toMatch(/^(text|application)\/javascript\b/);
	expect((await rawGet(base, '/manifest.webmanifest')).headers['content-type']).toMatch(
		/^application\/manifest\+json\b/
	);
	expect((await rawGet(base, '/feed.xml')).headers['content-type']).toBe(
		'application/atom+xml; charset=utf-8'
	);
}

/** The build's .br and .gz copies, each for the reader that accepts it, with `Vary`. */
export async function checkPrecompressed(base: string): Promise<void> {
	for (const [path, file] of [
		[article, join(buildDir, 'articles', 'us-ukraine-florida-talks', 'index.html')],
		[immutableScript(), join(buildDir, immutableScript())]
	]) {
		const original = readFileSync(file);
		const brotli = await rawGet(base, path, { 'accept-encoding': 'br, gzip' });
		expect(brotli.headers['content-encoding'], path).toBe('br');
		expect(brotli.headers.vary, path).toMatch(/accept-encoding/i);
		expect(brotliDecompressSync(brotli.body).equals(original), path).toBe(true);
		const gzip = await rawGet(base, path, { 'accept-encoding': 'gzip' });
		expect(gzip.headers['content-encoding'], path).toBe('gzip');
		expect(gzip.headers.vary, path).toMatch(/accept-encoding/i);
		expect(gunzipSync(gzip.body).equals(original), path).toBe(true);
		const plain = await rawGet(base, path);
		expect(plain.headers['content-encoding'], path).toBeUndefined();
		expect(plain.body.equals(original), path).toBe(true);
	}
}

/** Misses get the 404 page with the short-lived headers; the host's file is not served. */
export async function checkNotFound(base: string): Promise<void> {
	for (const path of ['/no-such-page/', '/_app/immutable/no-such-file.js', '/_headers']) {
		const response = await rawGet(base, path);
		expect(response.status, path).toBe(404);
		expectHeaders(response.headers, revalidated, path);
		expect(response.headers['content-type'], path).toMatch(/^text\/html\b/);
		expect(response.body.toString('utf8'), path).toContain('Page not found');
	}
}

/** A folder asked for without its slash: 301 to it, on the same host, with the policy. */
export async function checkTrailingSlash(base: string): Promise<void> {
	const bare = article.slice(0, -1);
	const response = await rawGet(base, bare);
	expect(response.status).toBe(301);
	expect(new URL(response.headers.location, base).href).toBe(new URL(article, base).href);
	expectHeaders(response.headers, revalidated, bare);
}
