import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkPrecache, urlOf } from './check-precache.js';
import { recordRevision } from '../plugins/offline-manifest.js';

let dir: string;

function write(path: string, text = 'x') {
	mkdirSync(dirname(join(dir, path)), { recursive: true });
	writeFileSync(join(dir, path), text);
}

/** A build whose record lists `urls` as precached, and a worker built from that record. */
function build(urls: string[], articles = ['a'], precacheLimit = 50, worker = true) {
	const files = urls
		.filter((url) => url !== '/offline-manifest.json')
		.map((url) => ({ url, size: 1 }));
	const precached = articles.slice(0, precacheLimit);
	write('articles.json', JSON.stringify(articles.map((slug) => ({ slug }))));
	const record = JSON.stringify({ files, bytes: files.length, articles: precached, precacheLimit });
	write('offline-manifest.json', record);
	const revision = worker ? recordRevision(record) : 'another';
	write(
		'sw.js',
		`define(["./workbox-1"],function(e){e.precacheAndRoute([{url:"offline-manifest.json",revision:"${revision}"}],{})});`
	);
	write('workbox-1a2b.js');
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

	it('names a file written again after it was precached (its size is not the recorded one)', () => {
		write('index.html');
		write('articles/a/index.html', 'a longer page');
		build(['/', '/articles/a/', '/offline-manifest.json']);
		expect(checkPrecache(dir)).toEqual([
			'articles/a/index.html changed after it was precached (1 bytes then, 13 now)'
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

	it('names a worker that was not built from the record', () => {
		write('index.html');
		build(['/', '/offline-manifest.json'], ['a'], 50, false);
		expect(checkPrecache(dir)).toEqual([
			'sw.js does not precache this offline-manifest.json (built from another?)'
		]);
	});

	it('maps build files to URLs', () => {
		expect(urlOf('index.html')).toBe('/');
		expect(urlOf('articles/x/index.html')).toBe('/articles/x/');
		expect(urlOf('_app/version.json')).toBe('/_app/version.json');
	});
});
