// The build's image step: every image the library's articles show, made into its variants
// (./make.ts) or found in the cache (./cache.ts), and the record the prerender reads (./pictures.ts).
// It runs after the articles are checked and before Vite, on every core (libvips threads its
// own work; two images at a time keep both cores busy through each one's single-threaded parts),
// not inside the one-threaded prerender.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ArticleError } from '../content/errors';
import { problemsError } from '../content/load';
import { VariantCache } from './cache';
import { ImageProblem, makeVariants, type Made } from './make';
import { picturesName, type PictureRecord } from './pictures';

/** How many images are made at once. */
const atOnce = 2;

export interface ImagesReport {
	images: number;
	made: number;
	cached: number;
}

/** The public URL of a variant file the cache calls `name` (`800.avif`) for image `key`. */
const publicName = (key: string, name: string) =>
	name === 'image.svg' ? `${key}.svg` : `${key}-${name}`;

function record(key: string, made: Made, files: PictureRecord['files'], folder: string) {
	for (const name of Object.keys(made.files)) files[publicName(key, name)] = join(folder, name);
	return {
		width: made.width,
		height: made.height,
		color: made.color,
		base: `/images/${key}`,
		widths: made.widths,
		fallback: `/images/${publicName(key, made.fallback)}`
	};
}

/**
 * Make the variants of every image in `images` (each path in the library `dir`, with the first
 * article file showing it, for the reasons), and write the record to `out`. Throws an error
 * naming every file and image at fault, one line each.
 */
export async function prepareImages(
	dir: string,
	images: Record<string, string>,
	out: string,
	cache = new VariantCache()
): Promise<ImagesReport> {
	const sources = Object.keys(images).sort();
	const result: PictureRecord = { pictures: {}, files: {} };
	const problems: ArticleError[] = [];
	let made = 0;
	let next = 0;
	const work = async () => {
		while (next < sources.length) {
			const src = sources[next++];
			const file = resolve(dir, src);
			try {
				const key = cache.keyOf(file);
				let done = cache.get(key);
				if (!done) {
					done = await cache.make(key, (folder) => makeVariants(file, folder));
					made++;
				}
				result.pictures[src] = record(key, done, result.files, cache.folder(key));
			} catch (error) {
				if (!(error instanceof ImageProblem)) throw error;
				problems.push(new ArticleError(images[src], `image ${src} ${error.message}`));
			}
		}
	};
	try {
		await Promise.all(Array.from({ length: atOnce }, work));
	} finally {
		cache.save();
	}
	if (problems.length) {
		problems.sort((a, b) => a.message.localeCompare(b.message));
		throw problemsError(problems);
	}
	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, picturesName), JSON.stringify(result));
	return { images: sources.length, made, cached: sources.length - made };
}
