// Compresses Kit's prerendered files while Kit is still prerendering. The prerender runs on one
// thread (about 7 ms an article), leaving the machine's other core idle for minutes in a large
// library, and compressing an article's three files takes about 3 ms of a core. So a worker
// thread follows the prerender through its output folder and compresses each file once it is
// written; the last step (precompress.js) then finds them done, and the adapter links them into
// the site.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { isCompressible, writeCompressedSync } from './precompress.js';

/**
 * Compresses the files under a folder that another thread is still writing. A file is taken
 * once it has not changed for `settle` ms, and only if it reads whole: its size after the read
 * is what was read, and its time did not change meanwhile. Kit writes each file in one call and
 * never again, so a file taken is final; should one change anyway, its copies are older than it
 * and the last step compresses it again.
 */
export class PrerenderedCompressor {
	/** Files compressed so far. */
	compressed = 0;
	/** @type {Set<string>} */
	#done = new Set();
	/** A listing of each folder, kept while the folder is unchanged. @type {Map<string, { time: number, folders: string[], files: string[] }>} */
	#listings = new Map();
	#dir;
	#settle;
	#now;

	/**
	 * @param {string} dir
	 * @param {{ settle?: number, now?: () => number }} [options]
	 */
	constructor(dir, { settle = 1000, now = Date.now } = {}) {
		this.#dir = dir;
		this.#settle = settle;
		this.#now = now;
	}

	/**
	 * Compress every file ready now. With `final`, the writing is over: every file is ready, and
	 * every folder is read again.
	 * @returns {number} how many files it compressed
	 */
	sweep(final = false) {
		const before = this.compressed;
		for (const file of this.#files(this.#dir, final)) {
			if (this.#done.has(file) || !isCompressible(file)) continue;
			const stats = statSync(file);
			if (!final && this.#now() - stats.mtimeMs < this.#settle) continue;
			const data = readFileSync(file);
			const after = statSync(file);
			if (after.size !== data.length || after.mtimeMs !== stats.mtimeMs) continue;
			writeCompressedSync(file, data);
			this.#done.add(file);
			this.compressed++;
		}
		return this.compressed - before;
	}

	/**
	 * Every file under `dir`, reading again only the folders that changed: a folder's time
	 * changes when a file is added to it (but only to the clock's tick, so a folder changed
	 * within `settle` is always read again).
	 * @param {string} dir
	 * @param {boolean} final
	 * @returns {Generator<string>}
	 */
	*#files(dir, final) {
		let time;
		try {
			time = statSync(dir).mtimeMs;
		} catch {
			return; // Not made yet.
		}
		let listing = this.#listings.get(dir);
		if (final || !listing || listing.time !== time || this.#now() - time < this.#settle) {
			listing = { time, folders: [], files: [] };
			for (const entry of readdirSync(dir, { withFileTypes: true }))
				(entry.isDirectory() ? listing.folders : listing.files).push(join(dir, entry.name));
			this.#listings.set(dir, listing);
		}
		yield* listing.files;
		for (const folder of listing.folders) yield* this.#files(folder, final);
	}
}

/**
 * The Vite plugins that run a PrerenderedCompressor in a worker thread: the first starts it as
 * Kit's prerender starts (the server build's writeBundle) and, once the prerender is done, tells
 * it to finish (it goes on while the search index is written); the second, after the service
 * worker's plugin, waits for it before the adapter (Kit's own closeBundle) runs.
 * @returns {[import('vite').Plugin, import('vite').Plugin]}
 */
export function precompressPagesPlugin() {
	/** @type {import('vite').ResolvedConfig} */
	let config;
	/** @type {Worker | undefined} */
	let worker;
	/** @type {Promise<number> | undefined} */
	let finished;
	return [
		{
			name: 'folio:precompress-pages',
			apply: 'build',
			configResolved(resolved) {
				config = resolved;
			},
			writeBundle: {
				sequential: true,
				order: 'pre',
				handler() {
					if (!config.build.ssr) return;
					const dir = join(config.root, '.svelte-kit', 'output', 'prerendered');
					worker = new Worker(new URL('./precompress-worker.js', import.meta.url), {
						workerData: { dir }
					});
					const running = worker;
					finished = new Promise((resolve, reject) => {
						running.on('message', (/** @type {{ compressed: number }} */ { compressed }) =>
							resolve(compressed)
						);
						running.on('error', reject);
						running.on('exit', (code) => reject(new Error(`precompress: worker ended (${code})`)));
					});
					// Held, not awaited here: a failure is reported when the second plugin waits.
					finished.catch(() => {});
					// Not what keeps the process alive: a build that fails before the prerender ends
					// never reaches the wait below, and must still exit. The wait holds it again.
					// (After the listeners: adding a 'message' listener refs the worker again.)
					running.unref();
				}
			},
			closeBundle: {
				sequential: true,
				order: 'pre',
				handler() {
					worker?.postMessage('prerendered');
				}
			}
		},
		{
			name: 'folio:precompress-pages-wait',
			apply: 'build',
			closeBundle: {
				sequential: true,
				order: 'pre',
				async handler() {
					if (!finished) return;
					worker?.ref();
					const compressed = await finished;
					finished = worker = undefined;
					config.logger.info(`precompress: ${compressed} prerendered files, while prerendering`);
				}
			}
		}
	];
}
