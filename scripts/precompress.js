// Writes .br and .gz copies of the build's text files for servers that send them (serve.js and
// most static hosts). adapter-static's own precompress opens every file at once, which fails
// with EMFILE on a library of thousands of articles; this works through a few at a time.
//   node scripts/precompress.js [build]
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const compressible = /\.(html|js|mjs|json|css|svg|xml|txt|webmanifest)$/;
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
				brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
				gzipAsync(data, { level: 9 })
			]);
			await writeFile(`${file}.br`, br);
			await writeFile(`${file}.gz`, gz);
		}
	};
	await Promise.all(Array.from({ length: parallel }, worker));
	return files.length;
}

const dir = process.argv[2] ?? process.env.FOLIO_BUILD_DIR ?? 'build';
const count = await precompress(dir);
console.log(`precompress: ${count} files in ${dir}`);
