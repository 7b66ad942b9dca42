// Writes .br and .gz copies of the build's text files for servers that send them (serve.js and
// most static hosts). adapter-static's own precompress opens every file at once, which fails
// with EMFILE on a library of thousands of articles; this works through a few at a time.
//   node scripts/precompress.js [build]
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const compressible = /\.(html|js|mjs|json|css|svg|xml|txt|webmanifest)$/;

/**
 * Brotli's quality for a file. The app's files (scripts, styles, the home page and other shared
 * pages) get the best, 11, which is slow: 49 ms for an article page on this machine. The files
 * there is one of per article or per library page (a page, its data, its sentences) get 6: 1 ms,
 * and 11 % larger than 11 (still 6 % smaller than gzip -9). At quality 11 they took 60 % of a
 * 1,000-article build, and the library's 250 pages of a 5,000-article library still took half of
 * its precompression, 16 s (issue 17).
 * @param {string} file a path under the build folder
 */
export function brotliQuality(file) {
	return /(?:^|\/)(?:articles\/[^/]+\/(?:index\.html|__data\.json|listen\.json)|page\/\d+\/(?:index\.html|__data\.json))$/.test(
		file
	)
		? 6
		: 11;
}
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Compress every compressible file under `dir`, `parallel` at a time.
 * @param {string} dir
 */
export async function precompress(dir, parallel = 8) {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const files = entries
		.filter((entry) => entry.isFile() && compressible.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name));
	let next = 0;
	const worker = async () => {
		while (next < files.length) {
			const file = files[next++];
			const data = await readFile(file);
			const [br, gz] = await Promise.all([
				brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file) } }),
				gzipAsync(data, { level: 9 })
			]);
			await writeFile(`${file}.br`, br);
			await writeFile(`${file}.gz`, gz);
		}
	};
	await Promise.all(Array.from({ length: parallel }, worker));
	return files.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const dir = process.argv[2] ?? process.env.FOLIO_BUILD_DIR ?? 'build';
	const count = await precompress(dir);
	console.log(`precompress: ${count} files in ${dir}`);
}
