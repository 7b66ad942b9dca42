// Writes .br and .gz copies of the build's text files for servers that send them (serve.js and
// most static hosts). adapter-static's own precompress opens every file at once, which fails
// with EMFILE on a library of thousands of articles; this works through a few at a time.
// Kit's prerendered files are compressed during the build already (precompress-pages.js, with
// the functions below); the build's last steps (scripts/steps/precompress.js) do the rest and
// skip what is done.
import { statSync, writeFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';

const compressibleName = /\.(html|js|mjs|json|css|svg|xml|txt|webmanifest)$/;

/** Whether a file of this name gets compressed copies. @param {string} name */
export const isCompressible = (name) => compressibleName.test(name);

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

/** zlib's options for `file`'s two copies, by compressionLevels. @param {string} file @param {number} bytes */
function zlibOptions(file, bytes) {
	const levels = compressionLevels(file, bytes);
	return {
		brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: levels.brotli } },
		gzip: { level: levels.gzip }
	};
}

/**
 * Write `file`'s two compressed copies, from its contents `data`, on this thread.
 * @param {string} file
 * @param {Buffer} data
 */
export function writeCompressedSync(file, data) {
	const options = zlibOptions(file, data.length);
	writeFileSync(`${file}.br`, brotliCompressSync(data, options.brotli));
	writeFileSync(`${file}.gz`, gzipSync(data, options.gzip));
}

/**
 * Whether `file` has both compressed copies, written after it was. The build compresses its
 * prerendered files early (precompress-pages.js) and the adapter links them into the site
 * with their times, so the last step has only the rest to do; a file changed since (by hand,
 * between two runs) is compressed again.
 * @param {string} file
 * @param {Set<string>} present every file under the folder
 */
function alreadyCompressed(file, present) {
	if (!present.has(`${file}.br`) || !present.has(`${file}.gz`)) return false;
	const written = statSync(file).mtimeMs;
	return statSync(`${file}.br`).mtimeMs >= written && statSync(`${file}.gz`).mtimeMs >= written;
}

/**
 * Compress every compressible file under `dir` that has no up-to-date compressed copies, eight
 * files at a time (each takes two of libuv's threads, one for each format).
 * @param {string} dir
 * @returns {Promise<{ compressed: number, upToDate: number }>}
 */
export async function precompress(dir) {
	const parallel = 8;
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const all = entries.filter((entry) => entry.isFile()).map((e) => join(e.parentPath, e.name));
	const present = new Set(all);
	const compressible = all.filter(isCompressible);
	const files = compressible.filter((file) => !alreadyCompressed(file, present));
	let next = 0;
	const worker = async () => {
		while (next < files.length) {
			const file = files[next++];
			const data = await readFile(file);
			const options = zlibOptions(file, data.length);
			const [br, gz] = await Promise.all([
				brotli(data, options.brotli),
				gzipAsync(data, options.gzip)
			]);
			await writeFile(`${file}.br`, br);
			await writeFile(`${file}.gz`, gz);
		}
	};
	await Promise.all(Array.from({ length: parallel }, worker));
	return { compressed: files.length, upToDate: compressible.length - files.length };
}
