// Serves the built site (build/) as a static host would: files as they are, folders through
// their index.html, a 301 to add the trailing slash, and build/404.html with status 404 for
// anything else; every response carries the headers of build/_headers (from static/_headers),
// the file static hosts read. Used by `npm start`, the browser tests and the benchmark.
//   node scripts/tools/serve.js [--port 4173] [--dir build]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { headersFor, readHeaderRules } from './headers.js';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: process.env.PORT ?? '4173' },
		host: { type: 'string', default: '127.0.0.1' },
		dir: { type: 'string', default: 'build' }
	}
});
const root = resolve(values.dir);
if (!existsSync(join(root, 'index.html'))) {
	console.error(`serve: ${root} has no index.html; run \`npm run build\` first`);
	process.exit(1);
}

const files = sirv(root, {
	dev: false,
	etag: true,
	dotfiles: false,
	extensions: ['html'],
	brotli: true,
	gzip: true
});
const notFound = join(root, '404.html');
const headerRules = readHeaderRules(join(root, '_headers'));

/** A folder that has an index.html, asked for without its trailing slash. @param {string} pathname */
function needsSlash(pathname) {
	// "//host" would make the redirect leave the site.
	if (pathname.endsWith('/') || pathname.includes('//')) return false;
	try {
		const path = join(root, decodeURIComponent(pathname));
		return path.startsWith(root) && statSync(join(path, 'index.html')).isFile();
	} catch {
		return false;
	}
}

const server = createServer((request, response) => {
	const url = new URL(request.url ?? '/', 'http://localhost');
	for (const [name, value] of headersFor(headerRules, url.pathname))
		response.setHeader(name, value);
	if (needsSlash(url.pathname)) {
		response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
		response.end();
		return;
	}
	// The host's configuration, not part of the site.
	const serve = url.pathname === '/_headers' ? notFoundPage : files;
	serve(request, response, () => notFoundPage(request, response));
});

/**
 * build/404.html with status 404, and the headers of that file rather than of the address asked
 * for: a miss under /_app/immutable/ must not be cached for a year.
 * @param {import('node:http').IncomingMessage} _request
 * @param {import('node:http').ServerResponse} response
 */
function notFoundPage(_request, response) {
	for (const name of response.getHeaderNames()) response.removeHeader(name);
	for (const [name, value] of headersFor(headerRules, '/404.html')) response.setHeader(name, value);
	response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
	response.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
}

server.listen(Number(values.port), values.host, () => {
	console.log(`Folio is served at http://localhost:${values.port}/`);
});

// Exit at once: open keep-alive connections from a browser would hold server.close() forever.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
