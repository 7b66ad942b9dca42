// The variants kept between builds, one folder per source's content and the options it was made
// with: a rebuild of an archive whose images did not change reads one small file per image and
// makes nothing. Files are found by content, so a renamed or moved image is not made again.
// Hashing 60,000 photos would take as long as a build, so a memo of each file's size and time
// gives its hash without reading it while neither changes.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Made } from './make';
import { optionsKey } from './variants';

/** Where the variants are kept: under node_modules/.cache, which `npm ci` starts afresh. */
export const imageCacheDir = () => join(process.cwd(), 'node_modules', '.cache', 'folio', 'images');

const memoName = 'hashes.json';
type Memo = Record<string, { size: number; mtimeMs: number; key: string }>;

/** The cache of variants in `dir`. */
export class VariantCache {
	#memo: Memo;
	#changed = false;

	constructor(readonly dir = imageCacheDir()) {
		try {
			this.#memo = JSON.parse(readFileSync(join(dir, memoName), 'utf8')) as Memo;
		} catch {
			this.#memo = {};
		}
	}

	/** The key of `file`: a hash of its bytes and the options, 16 hex digits. */
	keyOf(file: string): string {
		const path = resolve(file);
		const { size, mtimeMs } = statSync(path);
		const known = this.#memo[path];
		if (known && known.size === size && known.mtimeMs === mtimeMs) return known.key;
		const key = createHash('sha256')
			.update(optionsKey)
			.update('\0')
			.update(readFileSync(path))
			.digest('hex')
			.slice(0, 16);
		this.#memo[path] = { size, mtimeMs, key };
		this.#changed = true;
		return key;
	}

	/** The folder of the variants with this key. */
	folder(key: string): string {
		return join(this.dir, key);
	}

	/** What was made for `key` before, or undefined. */
	get(key: string): Made | undefined {
		try {
			return JSON.parse(readFileSync(join(this.folder(key), 'made.json'), 'utf8')) as Made;
		} catch {
			return undefined;
		}
	}

	/**
	 * Make the variants for `key` with `make` (into a folder of its own, moved into place whole
	 * when done: a build stopped halfway leaves no folder that looks complete).
	 */
	async make(key: string, make: (out: string) => Promise<Made>): Promise<Made> {
		const partial = `${this.folder(key)}.partial-${process.pid}`;
		rmSync(partial, { recursive: true, force: true });
		try {
			const made = await make(partial);
			writeFileSync(join(partial, 'made.json'), JSON.stringify(made));
			rmSync(this.folder(key), { recursive: true, force: true });
			renameSync(partial, this.folder(key));
			return made;
		} finally {
			rmSync(partial, { recursive: true, force: true });
		}
	}

	/** Keep the memo of hashes for the next build. */
	save(): void {
		if (!this.#changed) return;
		mkdirSync(this.dir, { recursive: true });
		writeFileSync(join(this.dir, memoName), JSON.stringify(this.#memo));
		this.#changed = false;
	}
}
