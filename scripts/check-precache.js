// Fails the build when the service worker's precache and the build output disagree: a page or
// asset that would be missing offline, or a precache entry with no file behind it.
//   node scripts/check-precache.js [build]
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleSlugOf } from './offline-manifest.js';

/** Build files that are deliberately not precached, each with its reason. */
export const notPrecached = [
	{
		test: (/** @type {string} */ path) => /\.(br|gz)$/.test(path),
		why: 'precompressed copies for the server'
	},
	{
		test: (/** @type {string} */ path) => path === 'sw.js' || /^workbox-[\w-]+\.js$/.test(path),
		why: 'the service worker itself'
	},
	{
		test: (/** @type {string} */ path) => path.startsWith('screenshots/'),
		why: 'install-sheet screenshots, used online only'
	},
	{
		test: (/** @type {string} */ path) => path === '404.html',
		why: 'for servers; offline, unknown pages get /offline/'
	},
	{
		test: (/** @type {string} */ path) => path === '_headers',
		why: "the host's response headers (static/_headers), never served as a page"
	},
	{
		test: (/** @type {string} */ path) => path === 'articles.json',
		why: 'the library index, fetched online by Save all'
	}
];

/** The URL a build file is requested at: folders' index.html by their trailing-slash URL. */
export function urlOf(/** @type {string} */ path) {
	if (path === 'index.html') return '/';
	if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
	return `/${path}`;
}

/** The precache URLs listed in a generated sw.js. */
export function swUrls(/** @type {string} */ swSource) {
	return [...swSource.matchAll(/\{url:"([^"]+)",revision:/g)].map(([, url]) =>
		url.startsWith('/') ? url : `/${url}`
	);
}

/**
 * Compare the build folder with its precache.
 * @param {string} buildDir
 * @returns {string[]} problems, one line each; empty when all is well
 */
export function checkPrecache(buildDir) {
	const files = readdirSync(buildDir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(buildDir, join(entry.parentPath, entry.name)).split('\\').join('/'));
	const precached = new Set(swUrls(readFileSync(join(buildDir, 'sw.js'), 'utf8')));
	const problems = [];
	if (precached.size === 0)
		problems.push('sw.js lists no precache entries (has its format changed?)');
	const recorded = JSON.parse(readFileSync(join(buildDir, 'offline-manifest.json'), 'utf8'));
	// The record cannot list itself, and vite-plugin-pwa adds the web manifest after it is made.
	const addedAfterRecord = new Set(['/offline-manifest.json', '/manifest.webmanifest']);
	const recordedUrls = new Set(recorded.files.map((/** @type {{url: string}} */ f) => f.url));
	for (const url of precached) {
		if (!recordedUrls.has(url) && !addedAfterRecord.has(url)) {
			problems.push(`${url} is precached but not in offline-manifest.json`);
		}
	}
	for (const url of recordedUrls) {
		if (!precached.has(url)) problems.push(`${url} is in offline-manifest.json but not precached`);
	}

	// Only the newest articles are precached; the rest are cached when opened or saved.
	const newest = JSON.parse(readFileSync(join(buildDir, 'articles.json'), 'utf8')).map(
		(/** @type {{ slug: string }} */ article) => article.slug
	);
	const expected = newest.slice(0, recorded.precacheLimit);
	if (JSON.stringify(recorded.articles) !== JSON.stringify(expected)) {
		problems.push(`the precached articles are not the newest ${recorded.precacheLimit}`);
	}
	const onDemand = new Set(newest.slice(recorded.precacheLimit));

	const fileUrls = new Set();
	for (const path of files) {
		if (notPrecached.some((rule) => rule.test(path))) continue;
		const url = urlOf(path);
		const slug = articleSlugOf(url);
		if (slug !== undefined && onDemand.has(slug)) continue;
		fileUrls.add(url);
		if (!precached.has(url)) problems.push(`${path} is in the build but not precached (${url})`);
	}
	for (const url of precached)
		if (!fileUrls.has(url)) problems.push(`${url} is precached but no file in the build serves it`);
	return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const buildDir = process.argv[2] ?? process.env.FOLIO_BUILD_DIR ?? 'build';
	const problems = checkPrecache(buildDir);
	if (problems.length) {
		console.error(
			`check-precache: ${problems.length} problem(s) in ${buildDir}:\n  ${problems.join('\n  ')}`
		);
		process.exit(1);
	}
	const count = swUrls(readFileSync(join(buildDir, 'sw.js'), 'utf8')).length;
	console.log(`check-precache: all ${count} precache entries match the files in ${buildDir}`);
}
