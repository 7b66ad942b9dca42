// Build synthetic libraries of N articles and report build time and peak memory, against the
// limits of issue 17: 20,000 articles in 6 minutes (18 ms an article) within 2.5 GB, memory
// growing well under 0.05 MB an article.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticLibrary } from '../tools/synthetic-library.ts';
import { measureSearch, type SearchFigures } from './search.ts';

const root = join(import.meta.dirname, '..', '..');

export interface ScaleFigures {
	articles: number;
	buildSeconds: number;
	/** The largest single process of the build (GNU time's maximum resident set). */
	peakMemoryMB: number;
	/** All the build's processes together, sampled every half second. */
	peakTotalMemoryMB: number;
	msPerArticle: number;
	/** The search index and query times (libraries of 1,000 articles or more). */
	search?: SearchFigures;
}

/** The limits a large library's build is held to (issue 17). */
export const scaleLimits = {
	msPerArticle: 18,
	peakMemoryMB: 2560,
	memoryMBPerArticle: 0.05
};

/**
 * The resident memory of `pid` and every process under it, in kilobytes, from /proc (cheaper
 * than running ps twice a second beside the build it measures).
 */
function treeMemoryKB(pid: number): number {
	const rows: [number, number, number][] = [];
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const status = readFileSync(`/proc/${name}/status`, 'utf8');
			const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
			const rss = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
			rows.push([Number(name), parent, rss]);
		} catch {
			// Gone while being read.
		}
	}
	const tree = new Set([pid]);
	let grew = true;
	while (grew) {
		grew = false;
		for (const [child, parent] of rows)
			if (tree.has(parent) && !tree.has(child)) {
				tree.add(child);
				grew = true;
			}
	}
	return rows.reduce((sum, [child, , rss]) => (tree.has(child) ? sum + rss : sum), 0);
}

/** Run `npm run build` under GNU time, sampling the memory of all its processes meanwhile. */
function timedBuild(env: NodeJS.ProcessEnv) {
	return new Promise<{ seconds: number; peakKB: number; totalKB: number }>((resolve, reject) => {
		const build = spawn('/usr/bin/time', ['-f', 'FOLIO_TIME %e %M', 'npm', 'run', 'build'], {
			cwd: root,
			env,
			stdio: ['ignore', 'ignore', 'pipe']
		});
		let stderr = '';
		let totalKB = 0;
		build.stderr.on('data', (data) => (stderr += data));
		const sampler = setInterval(() => {
			if (build.pid) totalKB = Math.max(totalKB, treeMemoryKB(build.pid));
		}, 500);
		build.on('error', reject);
		build.on('exit', (code) => {
			clearInterval(sampler);
			const [, seconds, peakKB] = /FOLIO_TIME ([\d.]+) (\d+)/.exec(stderr) ?? [];
			if (code !== 0 || !seconds) reject(new Error(`the build failed:\n${stderr.slice(-4000)}`));
			else resolve({ seconds: Number(seconds), peakKB: Number(peakKB), totalKB });
		});
	});
}

/** Build each library size and measure it. */
export async function measureScale(sizes: number[]): Promise<ScaleFigures[]> {
	const figures: ScaleFigures[] = [];
	for (const articles of sizes) {
		const dir = mkdtempSync(join(tmpdir(), 'folio-scale-'));
		try {
			writeSyntheticLibrary(join(dir, 'articles'), articles);
			// The library just written, and the last size's files just deleted, go to disk first,
			// not during the build timed next.
			execFileSync('sync');
			const env = {
				...process.env,
				FOLIO_ARTICLES_DIR: join(dir, 'articles'),
				FOLIO_BUILD_DIR: join(dir, 'build')
			};
			const build = await timedBuild(env).catch((error: Error) => {
				throw new Error(`scale: the ${articles}-article build: ${error.message}`);
			});
			figures.push({
				articles,
				buildSeconds: build.seconds,
				peakMemoryMB: Math.round(build.peakKB / 1024),
				peakTotalMemoryMB: Math.round(build.totalKB / 1024),
				msPerArticle: Math.round((build.seconds * 1000) / articles),
				search: articles >= 1000 ? await measureSearch(join(dir, 'build'), articles) : undefined
			});
			console.log(`scale: ${articles} articles built in ${build.seconds} s`);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}
	return figures;
}

/** The least-squares line through `points`: its slope and where it meets x = 0. */
export function fitLine(points: [number, number][]): { slope: number; intercept: number } {
	const n = points.length;
	const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
	const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
	const sxx = points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
	const sxy = points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0);
	const slope = sxx === 0 ? 0 : sxy / sxx;
	return { slope, intercept: meanY - slope * meanX };
}

/** Per-article slopes of time and memory, fitted over every size measured. */
export function scaleSlopes(figures: ScaleFigures[]) {
	const time = fitLine(figures.map((f) => [f.articles, f.buildSeconds * 1000]));
	const memory = fitLine(figures.map((f) => [f.articles, f.peakMemoryMB]));
	const total = fitLine(figures.map((f) => [f.articles, f.peakTotalMemoryMB]));
	return {
		msPerArticle: Number(time.slope.toFixed(2)),
		fixedSeconds: Number((time.intercept / 1000).toFixed(1)),
		memoryMBPerArticle: Number(memory.slope.toFixed(4)),
		fixedMemoryMB: Math.round(memory.intercept),
		totalMemoryMBPerArticle: Number(total.slope.toFixed(4))
	};
}

/** The checks of the limits: each size of 20,000 or more, and the slopes (three sizes or more). */
export function scaleChecks(figures: ScaleFigures[]): [string, boolean][] {
	const checks: [string, boolean][] = [];
	for (const f of figures.filter((f) => f.articles >= 20_000)) {
		checks.push([
			`${f.articles} articles build in <= ${scaleLimits.msPerArticle} ms each (${f.msPerArticle} ms, ${f.buildSeconds} s)`,
			f.buildSeconds * 1000 <= scaleLimits.msPerArticle * f.articles
		]);
		checks.push([
			`${f.articles} articles build within ${scaleLimits.peakMemoryMB} MB (largest process ${f.peakMemoryMB} MB, all together ${f.peakTotalMemoryMB} MB)`,
			Math.max(f.peakMemoryMB, f.peakTotalMemoryMB) <= scaleLimits.peakMemoryMB
		]);
	}
	if (figures.length >= 3) {
		const slopes = scaleSlopes(figures);
		checks.push([
			`build memory grows < ${scaleLimits.memoryMBPerArticle} MB an article (largest process ${slopes.memoryMBPerArticle}, all together ${slopes.totalMemoryMBPerArticle})`,
			Math.max(slopes.memoryMBPerArticle, slopes.totalMemoryMBPerArticle) <
				scaleLimits.memoryMBPerArticle
		]);
	}
	return checks;
}
