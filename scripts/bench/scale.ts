// Build synthetic libraries of N articles and report build time and peak memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticLibrary } from '../synthetic-library.ts';
import { measureSearch, type SearchFigures } from './search.ts';

const root = join(import.meta.dirname, '..', '..');

export interface ScaleFigures {
	articles: number;
	buildSeconds: number;
	peakMemoryMB: number;
	msPerArticle: number;
	/** The search index and query times (libraries of 1,000 articles or more). */
	search?: SearchFigures;
}

/** Build each library size with GNU time, which reports the peak resident memory. */
export async function measureScale(sizes: number[]): Promise<ScaleFigures[]> {
	const figures: ScaleFigures[] = [];
	for (const articles of sizes) {
		const dir = mkdtempSync(join(tmpdir(), 'folio-scale-'));
		try {
			writeSyntheticLibrary(join(dir, 'articles'), articles);
			const env = {
				...process.env,
				FOLIO_ARTICLES_DIR: join(dir, 'articles'),
				FOLIO_BUILD_DIR: join(dir, 'build')
			};
			const build = spawnSync(
				'/usr/bin/time',
				['-f', 'FOLIO_TIME %e %M', 'npm', 'run', 'build', '--silent'],
				{
					cwd: root,
					env,
					encoding: 'utf8',
					stdio: ['ignore', 'ignore', 'pipe'],
					maxBuffer: 64 * 1024 * 1024
				}
			);
			if (build.status !== 0)
				throw new Error(`scale: the ${articles}-article build failed:\n${build.stderr}`);
			const [, seconds, kilobytes] = /FOLIO_TIME ([\d.]+) (\d+)/.exec(build.stderr) ?? [];
			const buildSeconds = Number(seconds);
			figures.push({
				articles,
				buildSeconds,
				peakMemoryMB: Math.round(Number(kilobytes) / 1024),
				msPerArticle: Math.round((buildSeconds * 1000) / articles),
				search: articles >= 1000 ? await measureSearch(join(dir, 'build'), articles) : undefined
			});
			console.log(`scale: ${articles} articles built in ${buildSeconds} s`);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}
	return figures;
}
