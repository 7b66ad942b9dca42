import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkPrecache, swUrls, urlOf } from './check-precache.js';

let dir: string;

function write(path: string, text = 'x') {
	mkdirSync(dirname(join(dir, path)), { recursive: true });
	writeFileSync(join(dir, path), text);
}

/** A build whose sw.js precaches `urls` and whose record lists them too. */
function build(urls: string[], articles = ['a'], precacheLimit = 50) {
	const entries = urls
		.map((url) => `{url:"${url === '/' ? url : url.slice(1)}",revision:"1"}`)
		.join(',');
	write('sw.js', `define(["./workbox-1"],function(e){e.precacheAndRoute([${entries}],{})});`);
	write('workbox-1a2b.js');
	const files = urls
		.filter((url) => url !== '/offline-manifest.json')
		.map((url) => ({ url, size: 1 }));
	const precached = articles.slice(0, precacheLimit);
	write('articles.json', JSON.stringify(articles.map((slug) => ({ slug }))));
	write(
		'offline-manifest.json',
		JSON.stringify({ files, bytes: files.length, articles: precached, precacheLimit })
	);
}

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'folio-build-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('checkPrecache', () => {
	it('passes when every file is precached and every entry has a file', () => {
		write('index.html');
		write('index.html.br');
		write('articles/a/index.html');
		write('_app/x.js');
		write('404.html');
		write('screenshots/wide.png');
		write('_headers');
		build(['/', '/articles/a/', '/_app/x.js', '/offline-manifest.json']);
		expect(checkPrecache(dir)).toEqual([]);
	});

	it('names a page left out of the precache, as when a file is over the size limit', () => {
		write('index.html');
		write('articles/big/index.html');
		build(['/', '/offline-manifest.json']);
		expect(checkPrecache(dir)).toEqual([
			'articles/big/index.html is in the build but not precached (/articles/big/)'
		]);
	});

	it('names a precache entry with no file behind it', () => {
		write('index.html');
		build(['/', '/fonts/gone.woff2', '/offline-manifest.json']);
		expect(checkPrecache(dir)).toEqual([
			'/fonts/gone.woff2 is precached but no file in the build serves it'
		]);
	});

	it('leaves articles beyond the newest N to be cached on demand, but only those', () => {
		write('index.html');
		write('articles/new/index.html');
		write('articles/new/__data.json');
		write('articles/old/index.html');
		write('articles/old/__data.json');
		build(
			['/', '/articles/new/', '/articles/new/__data.json', '/offline-manifest.json'],
			['new', 'old'],
			1
		);
		expect(checkPrecache(dir)).toEqual([]);
		build(
			['/', '/articles/old/', '/articles/old/__data.json', '/offline-manifest.json'],
			['new', 'old'],
			1
		);
		expect(checkPrecache(dir)).toContain(
			'articles/new/index.html is in the build but not precached (/articles/new/)'
		);
	});

	it('names _headers if a precache ever lists it: the host file is not a page', () => {
		write('index.html');
		write('_headers');
		build(['/', '/_headers', '/offline-manifest.json']);
		expect(checkPrecache(dir)).toEqual([
			'/_headers is precached but no file in the build serves it'
		]);
	});

	it('reads URLs from a generated worker and maps files to URLs', () => {
		expect(swUrls('[{url:"a/",revision:"1"},{url:"b.js",revision:null}]')).toEqual([
			'/a/',
			'/b.js'
		]);
		expect(urlOf('index.html')).toBe('/');
		expect(urlOf('articles/x/index.html')).toBe('/articles/x/');
		expect(urlOf('_app/version.json')).toBe('/_app/version.json');
	});
});
