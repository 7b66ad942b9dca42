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
 * How hard to compress a file. The app's files (scripts, styles, the home page and other shared
 * pages) get the best, Brotli 11 and gzip 9: slow (Brotli 11 takes 49 ms for an article page on
 * this machine) but there are few of them. The files there is one of per article or per library
 * page (a page, its data, its sentences) get Brotli 5 and gzip 6. Measured on 200 synthetic
 * article pages (53 KB each): Brotli 5 takes 1.25 ms and is 1 % larger than 6 (1.62 ms) and 12 %
 * larger than 11; gzip 6 is as small as 9 and 10 % faster. At quality 11 they took 60 % of a
 * 1,000-article build; the library's 250 pages at 11 still took half of a 5,000-article one's
 * precompression (issue 17). A shared file over 1 MiB (a large library's articles.json,
 * sitemap and search file list) gets Brotli 9: at 11 the 3.6 MB articles.json of 20,000
 * articles takes 5.5 s, at 9 0.3 s and 11 % larger.
 * @param {string} file a path under the build folder
 * @param {number} [bytes] its size
 * @returns {{ brotli: number, gzip: number }}
 */
export function compressionLevels(file, bytes = 0) {
	const perArticle =
		/(?:^|\/)(?:articles\/[^/]+\/(?:index\.html|__data\.json|listen\.json)|page\/\d+\/(?:index\.html|__data\.json))$/;
	if (perArticle.test(file)) return { brotli: 5, gzip: 6 };
	return { brotli: bytes > 1024 * 1024 ? 9 : 11, gzip: 9 };
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
			const levels = compressionLevels(file, data.length);
			const [br, gz] = await Promise.all([
				brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: levels.brotli } }),
				gzipAsync(data, { level: levels.gzip })
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
