// The writing half of the prepared library (./prepared.ts): check every article and keep what
// was parsed. Parsing is the build's one CPU-bound step that is ours alone and splits cleanly,
// so a large library is parsed by one worker thread per core (two on this machine): 87 s for
// 20,000 articles on one thread.
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { imagesOf } from '$lib/article/images';
import type { ArticleSummary } from '$lib/article/types';
import { ArticleError } from './errors';
import {
	duplicateSlug,
	markdownFiles,
	newestFirst,
	prepareArticle,
	problemsError,
	summarize
} from './load';
import {
	dataFileName,
	fingerprint,
	manifestName,
	preparedDir,
	type Manifest,
	type Place
} from './prepared';

/**
 * What one slice of the files gave: each good article (with the images it shows), each problem,
 * by the file's number.
 */
export interface Slice {
	articles: { index: number; summary: ArticleSummary; place: Place; images: string[] }[];
	problems: { index: number; file: string; reason: string }[];
}

/** Below this many articles a second thread costs more than it saves. */
const parallelFrom = 200;

/**
 * Parse `paths` (numbered from `first` in the library's file order) and write their JSON texts,
 * one after another, to data file number `file` in `out`.
 */
export function prepareSlice(
	paths: string[],
	first: number,
	dir: string,
	out: string,
	file: number,
	today: Date
): Slice {
	const slice: Slice = { articles: [], problems: [] };
	const fd = openSync(join(out, dataFileName(file)), 'w');
	let offset = 0;
	try {
		for (const [i, path] of paths.entries()) {
			const name = relative(process.cwd(), path);
			try {
				const article = prepareArticle(path, name, dir, today);
				const bytes = Buffer.from(JSON.stringify(article));
				if (writeSync(fd, bytes) !== bytes.length)
					throw new Error(`preparing articles: a short write to ${out}`);
				slice.articles.push({
					index: first + i,
					summary: summarize(article),
					place: [file, offset, bytes.length],
					images: imagesOf(article).map((image) => image.src)
				});
				offset += bytes.length;
			} catch (error) {
				if (!(error instanceof ArticleError)) throw error;
				slice.problems.push({ index: first + i, file: error.file, reason: error.reason });
			}
		}
	} finally {
		closeSync(fd);
	}
	return slice;
}

/** `prepareSlice` in a worker thread. */
function prepareSliceApart(...args: Parameters<typeof prepareSlice>): Promise<Slice> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./prepare-worker.js', import.meta.url), {
			workerData: args
		});
		worker.once('message', resolve);
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (code !== 0) reject(new Error(`preparing articles: a worker stopped with ${code}`));
		});
	});
}

/**
 * Check every article in `dir` and write what was parsed to `out`: a manifest (summaries,
 * newest first, and where each text lies) and the data files of JSON texts, written as they are
 * made, so memory holds summaries only. Throws an error naming every bad file, one line each,
 * and then leaves no manifest behind. Returns how many articles there are.
 */
export async function prepareLibrary(
	dir: string,
	out = preparedDir(dir),
	today = new Date()
): Promise<number> {
	rmSync(out, { recursive: true, force: true });
	mkdirSync(out, { recursive: true });
	// Before reading a file: an article edited while the others are parsed makes this copy stale.
	const before = fingerprint(dir);
	const paths = markdownFiles(dir);
	const threads = paths.length < parallelFrom ? 1 : Math.min(2, availableParallelism());
	const size = Math.ceil(paths.length / threads);
	const slices = await Promise.all(
		Array.from({ length: threads }, (_, file) => {
			const args = [
				paths.slice(file * size, (file + 1) * size),
				file * size,
				dir,
				out,
				file,
				today
			];
			return threads === 1
				? prepareSlice(...(args as Parameters<typeof prepareSlice>))
				: prepareSliceApart(...(args as Parameters<typeof prepareSlice>));
		})
	);

	// In file order, as one thread would have met them: the first file with a slug keeps it.
	const problems = slices.flatMap((slice) => slice.problems);
	const seen = new Map<string, string>();
	const summaries: ArticleSummary[] = [];
	const places: Manifest['places'] = {};
	const images: Manifest['images'] = {};
	for (const { index, summary, place, images: shown } of slices.flatMap(
		(slice) => slice.articles
	)) {
		const file = relative(process.cwd(), paths[index]);
		const earlier = seen.get(summary.slug);
		if (earlier) {
			const { reason } = duplicateSlug(file, summary.slug, earlier);
			problems.push({ index, file, reason });
			continue;
		}
		seen.set(summary.slug, file);
		summaries.push(summary);
		places[summary.slug] = place;
		for (const src of shown) images[src] ??= file;
	}
	if (problems.length) {
		rmSync(out, { recursive: true, force: true });
		throw problemsError(
			problems
				.sort((a, b) => a.index - b.index)
				.map((problem) => new ArticleError(problem.file, problem.reason))
		);
	}
	const manifest: Manifest = {
		fingerprint: before,
		summaries: summaries.sort(newestFirst),
		places,
		images
	};
	writeFileSync(join(out, manifestName), JSON.stringify(manifest));
	return summaries.length;
}
