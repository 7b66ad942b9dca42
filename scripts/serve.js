// Serves the built site (build/) as a static host would: files as they are, folders through
// their index.html, a 301 to add the trailing slash, and build/404.html with status 404 for
// anything else. Used by `npm start`, the browser tests and the benchmark.
//   node scripts/serve.js [--port 4173] [--dir build]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

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
	gzip: true,
	// Hashed build assets never change; everything else is revalidated on each use.
	setHeaders(response, pathname) {
		response.setHeader(
			'Cache-Control',
			pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
		);
	}
});
const notFound = join(root, '404.html');

/** A folder that has an index.html, asked for without its trailing slash. @param {string} pathname */
function needsSlash(pathname) {
	if (pathname.endsWith('/')) return false;
	try {
		const path = join(root, decodeURIComponent(pathname));
		return path.startsWith(root) && statSync(join(path, 'index.html')).isFile();
	} catch {
		return false;
	}
}

const server = createServer((request, response) => {
	const url = new URL(request.url ?? '/', 'http://localhost');
	if (needsSlash(url.pathname)) {
		response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
		response.end();
		return;
	}
	files(request, response, () => {
		response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
		response.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
	});
});

server.listen(Number(values.port), values.host, () => {
	console.log(`Folio is served at http://localhost:${values.port}/`);
});

// Exit at once: open keep-alive connections from a browser would hold server.close() forever.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
