// Byte measurements of a built site, shared by `npm run bench` and the budget tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { offlineManifestName } from '../../src/lib/site-files.js';

/** Byte budgets (gzip level 9 where compressed). */
export const budgets = {
	/** HTML plus render-blocking CSS of an article: one TCP round trip (~14 KB). */
	renderCriticalBytes: 14 * 1024,
	/** JavaScript an article page loads up front. */
	upFrontJsBytes: 45 * 1024,
	/**
	 * Everything the service worker precaches for the current library, fonts included. 600 KB
	 * until search (#16), which must work offline from the first visit: its engine is 107 KB
	 * (Pagefind's API 47 KB and its WebAssembly 60 KB, already compressed) and its page 27 KB.
	 */
	offlinePackBytes: 700 * 1024
};

/** @param {Buffer | string} data */
export function gzipSize(data) {
	return gzipSync(data, { level: 9 }).length;
}

/** The build file behind a site path. @param {string} buildDir @param {string} path */
function fileFor(buildDir, path) {
	const clean = path.split('?')[0];
	return join(buildDir, clean.endsWith('/') ? `${clean}index.html` : clean);
}

/** The build path of a site URL path. @param {string} buildDir @param {string} url */
const buildPath = (buildDir, url) => join(buildDir, url.split('?')[0]);

/**
 * Every module a page's app starts with: SvelteKit's entry scripts and the route's nodes (the
 * boot script names them), with all their static imports. Dynamic imports (the settings
 * panel, the listening bar, the offline bridge) are lazy by design and not counted.
 * @param {string} buildDir
 * @param {string} html
 */
function startupModules(buildDir, html) {
	const entries = [...html.matchAll(/import\("([^"]+\.js)"\)/g)].map(([, src]) => src);
	const nodeIds =
		/node_ids: \[([\d, ]*)\]/
			.exec(html)?.[1]
			.split(',')
			.map((id) => id.trim()) ?? [];
	const nodesDir = join(buildDir, '_app', 'immutable', 'nodes');
	for (const id of nodeIds.filter(Boolean)) {
		const file = readdirSync(nodesDir).find(
			(name) => name.startsWith(`${id}.`) && name.endsWith('.js')
		);
		if (file) entries.push(`/_app/immutable/nodes/${file}`);
	}
	const seen = new Set();
	const queue = [...entries];
	while (queue.length) {
		const url = /** @type {string} */ (queue.shift());
		if (seen.has(url)) continue;
		seen.add(url);
		const code = readFileSync(buildPath(buildDir, url), 'utf8');
		for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+\.js)"/g)) {
			queue.push(posix.join(posix.dirname(url), spec));
		}
	}
	return [...seen];
}

/**
 * The gzipped bytes of the build's files at `urls`, added up.
 * @param {string} buildDir
 * @param {string[]} urls
 */
function gzipTotal(buildDir, urls) {
	return urls.reduce((sum, url) => sum + gzipSize(readFileSync(fileFor(buildDir, url))), 0);
}

/**
 * What a page costs before its first paint, and the JavaScript it loads up front.
 * @param {string} buildDir
 * @param {string} pagePath a path such as /articles/x/
 */
export function pageBytes(buildDir, pagePath) {
	const html = readFileSync(fileFor(buildDir, pagePath), 'utf8');
	// Stylesheets that block rendering: enabled <link rel=stylesheet> (Kit inlines and disables).
	const blockingCss = [...html.matchAll(/<link\b[^>]*>/g)]
		.map(([tag]) => tag)
		.filter((tag) => /rel="stylesheet"/.test(tag) && !/\bdisabled\b/.test(tag))
		.map((tag) => /href="([^"]+)"/.exec(tag)?.[1] ?? '');
	const scripts = new Set([
		...[...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)].map(
			([tag]) => /href="([^"]+)"/.exec(tag)?.[1] ?? ''
		),
		...[...html.matchAll(/import\("([^"]+\.js)"\)/g)].map(([, src]) => src),
		...[...html.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map(([, src]) => src)
	]);
	const cssBytes = gzipTotal(buildDir, blockingCss);
	// Scripts fetched before the first paint (module preloads in <head>): none, since the app
	// starts after the load event and the paint (src/lib/server/boot/hold-kit-start.ts).
	const beforePaint = [...scripts].filter((src) => src && !html.includes(`import("${src}")`));
	const startup = startupModules(buildDir, html);
	// Asked for at low priority once the app starts, for a first tap (hold-kit-start.ts).
	const firstTap = (/data-later="([^"]*)"/.exec(html)?.[1] ?? '')
		.split(' ')
		.filter((src) => src.endsWith('.js') && !startup.includes(src));
	return {
		htmlBytes: gzipSize(html),
		blockingCssBytes: cssBytes,
		renderCriticalBytes: gzipSize(html) + cssBytes,
		jsBeforePaintFiles: beforePaint.length,
		upFrontJsBytes: gzipTotal(buildDir, startup),
		upFrontJsFiles: startup.length,
		firstTapJsBytes: gzipTotal(buildDir, firstTap),
		firstTapJsFiles: firstTap.length
	};
}

/**
 * The offline pack: what the service worker precaches, from the build's offline-manifest.json.
 * @param {string} buildDir
 */
export function offlinePack(buildDir) {
	/** @type {{ files: { url: string, size: number }[], bytes: number }} */
	const pack = JSON.parse(readFileSync(join(buildDir, offlineManifestName), 'utf8'));
	/** @param {(url: string) => boolean} test */
	const sum = (test) =>
		pack.files.filter((f) => test(f.url)).reduce((total, f) => total + f.size, 0);
	return {
		files: pack.files.length,
		bytes: pack.bytes,
		byKind: {
			fonts: sum((url) => url.endsWith('.woff2')),
			scripts: sum((url) => url.endsWith('.js')),
			styles: sum((url) => url.endsWith('.css')),
			pages: sum((url) => url.endsWith('/') || url.endsWith('.json')),
			images: sum((url) => /\.(png|svg|ico)$/.test(url))
		}
	};
}
