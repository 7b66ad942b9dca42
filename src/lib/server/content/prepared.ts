// The library, parsed once per build. `npm run build` checks every article before Vite starts
// (scripts/steps/prepare-articles.ts, with ./prepare.ts), and that check is a full parse: 3.5 ms an
// article, 70 s for 20,000. Parsing again inside the build doubled it (issue 17). So the check
// writes what it parsed to a folder, and the build reads it back when it is still true to the
// files. This is the reading half, which the build's server code bundles.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ArticleSummary } from '$lib/article/types';
import { markdownFiles } from './load';

/** A prepared library: every summary, newest first, and each article's JSON text on demand. */
export interface PreparedLibrary {
	summaries: ArticleSummary[];
	/** The JSON text of the article with this slug, or undefined when there is none. */
	text(slug: string): string | undefined;
}

/** Where an article's JSON text lies: which data file, at which byte, how many bytes. */
export type Place = [file: number, offset: number, length: number];

export interface Manifest {
	fingerprint: string;
	summaries: ArticleSummary[];
	places: Record<string, Place>;
	/** Every image the articles show (its path in the library), and the first file showing it. */
	images: Record<string, string>;
}

/** The data file of texts number `file` writes (one per process that prepared them). */
export const dataFileName = (file: number) => `articles-${file}.data`;
export const manifestName = 'manifest.json';

/** The content code the prepared texts depend on: a change to it prepares them again. */
const contentCode = join(process.cwd(), 'src', 'lib', 'server', 'content');

/**
 * What the prepared library was made from: every article file's name, size and time, the content
 * code that parsed them, the parsers' versions (the lockfile) and Node's (its Intl data). Stating
 * 20,000 files takes a tenth of a second. (No date: an article valid yesterday is valid today.)
 */
export function fingerprint(dir: string): string {
	const hash = createHash('sha256');
	hash.update(`${resolve(dir)}\n${process.version}\n`);
	for (const path of markdownFiles(dir)) {
		const { size, mtimeMs } = statSync(path);
		hash.update(`${relative(dir, path)}\0${size}\0${mtimeMs}\n`);
	}
	let code: string[] = [];
	try {
		code = readdirSync(contentCode).filter((name) => /(?<!\.test)\.[jt]s$/.test(name));
	} catch {
		// Running from elsewhere: the files alone decide.
	}
	for (const name of code.sort()) hash.update(readFileSync(join(contentCode, name)));
	try {
		hash.update(readFileSync(join(process.cwd(), 'package-lock.json')));
	} catch {
		// No lockfile: the files and the code decide.
	}
	return hash.digest('hex');
}

/** The images the prepared library in `out` shows, each with the first file showing it. */
export function preparedImages(out: string): Record<string, string> {
	const manifest = JSON.parse(readFileSync(join(out, manifestName), 'utf8')) as Manifest;
	return manifest.images;
}

/** Where the prepared copy of the library in `dir` lives: one folder per library. */
export function preparedDir(dir: string): string {
	const key = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 12);
	return join(process.cwd(), 'node_modules', '.cache', 'folio', `library-${key}`);
}

/**
 * The prepared library of `dir`, or undefined when there is none or it no longer matches the
 * files (an article added, edited or removed since, or the parser changed): then the caller
 * parses the articles itself.
 */
export function readPreparedLibrary(
	dir: string,
	out = preparedDir(dir)
): PreparedLibrary | undefined {
	let manifest: Manifest;
	try {
		manifest = JSON.parse(readFileSync(join(out, manifestName), 'utf8')) as Manifest;
	} catch {
		return undefined;
	}
	if (manifest.fingerprint !== fingerprint(dir)) return undefined;
	return {
		summaries: manifest.summaries,
		text(slug) {
			if (!Object.hasOwn(manifest.places, slug)) return undefined;
			const [file, offset, length] = manifest.places[slug];
			const buffer = Buffer.alloc(length);
			const fd = openSync(join(out, dataFileName(file)), 'r');
			try {
				const read = readSync(fd, buffer, 0, length, offset);
				if (read !== length)
					throw new Error(`the prepared library in ${out} is cut short: run npm run build`);
			} finally {
				closeSync(fd);
			}
			return buffer.toString('utf8');
		}
	};
}
