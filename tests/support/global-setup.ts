import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceHash } from '../../scripts/plugins/source-hash.js';
import { writePictureLibrary } from '../../scripts/tools/picture-library.ts';
import { writeSyntheticLibrary } from '../../scripts/tools/synthetic-library.ts';

const root = join(import.meta.dirname, '..', '..');
/** A second build of the same sources under another version name: the update tests' "v2". */
export const secondBuildDir = join(root, '.tmp', 'build-v2');
/** The same sources built again, unchanged: must equal build/ byte for byte. */
export const rebuildDir = join(root, '.tmp', 'build-again');
/** A synthetic library of a few hundred articles, precaching only the newest 20. */
export const largeLibrary = {
	articles: 300,
	precached: 20,
	/** Its search index in parts of this many articles: 3 parts, newest 60 (scripts/plugins/search-index.js). */
	searchPartSize: 120,
	dir: join(root, '.tmp', 'build-large')
};
/** The hostile fixture articles (tests/fixtures/hostile-articles), built as a site of their own. */
export const hostileArticlesDir = join(root, 'tests', 'fixtures', 'hostile-articles');
export const hostileBuildDir = join(root, '.tmp', 'build-hostile');
/** A library of articles with pictures (scripts/tools/picture-library.ts), built on its own. */
export const pictureArticlesDir = join(root, '.tmp', 'picture-articles');
export const pictureBuildDir = join(root, '.tmp', 'build-pictures');
/** build/ without the app's scripts: what a page does with its inline scripts alone. */
export const noScriptsDir = join(root, '.tmp', 'build-no-scripts');

/**
 * A hash of the files in `dir` (those whose names `keep` accepts, if given), and with `deep` of
 * those in its folders too (a library's media/).
 */
function folderHash(dir: string, keep?: (name: string) => boolean, deep = false): string {
	const hash = createHash('sha256');
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: deep }).sort((a, b) =>
		join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name))
	)) {
		const path = join(entry.parentPath, entry.name);
		if (entry.isFile() && (!keep || keep(entry.name)))
			hash.update(path.slice(dir.length)).update(readFileSync(path));
	}
	return hash.digest('hex').slice(0, 12);
}

/**
 * The build's own code outside the version name: what Vite and Kit load and the steps around
 * them (scripts/plugins, scripts/steps: the article check, the service worker's options and
 * manifest transform, the search index, compression), and the generator of synthetic articles.
 * Their tests are left out.
 */
const buildScriptsHash = () => {
	const code = (name: string) => /(?<!\.test)\.[jt]s$/.test(name);
	return [
		folderHash(join(root, 'scripts', 'plugins'), code),
		folderHash(join(root, 'scripts', 'steps'), code),
		folderHash(join(root, 'scripts', 'tools'), (name) => name === 'synthetic-library.ts')
	].join('');
};

/** Build into `dir` unless it was already built from the current sources and scripts. */
function buildOnce(dir: string, extraEnv: Record<string, string>) {
	const stamp = join(dir, '.source-hash');
	// The build's inputs and scripts, how it is configured, and a library from outside the sources.
	const articles = extraEnv.FOLIO_ARTICLES_DIR;
	const hash = createHash('sha256')
		.update(`${sourceHash(root)}\0${buildScriptsHash()}\0${JSON.stringify(extraEnv)}\0`)
		.update(articles ? folderHash(articles, undefined, true) : '')
		.digest('hex');
	if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
	const env = { ...process.env, ...extraEnv, FOLIO_BUILD_DIR: dir };
	execFileSync('npm', ['run', 'build', '--silent'], {
		cwd: root,
		env,
		stdio: ['ignore', 'ignore', 'inherit']
	});
	writeFileSync(stamp, hash);
}

/** The library with pictures, written and built (unless already built from the same sources). */
export async function buildPictureSite() {
	rmSync(pictureArticlesDir, { recursive: true, force: true });
	await writePictureLibrary(pictureArticlesDir);
	buildOnce(pictureBuildDir, { FOLIO_ARTICLES_DIR: pictureArticlesDir });
}

export default async function globalSetup() {
	if (!existsSync(join(root, 'build', 'sw.js'))) {
		throw new Error('Browser tests run against the built site: run `npm run build` first.');
	}
	// The variants below are built from the sources as they are now; a build/ from older sources
	// would fail the update and rebuild tests for a reason no test names.
	const built = JSON.parse(readFileSync(join(root, 'build', '_app', 'version.json'), 'utf8'));
	if (built.version !== sourceHash(root)) {
		throw new Error(
			`build/ is version ${built.version}, but the sources are now ${sourceHash(root)}: run \`npm run build\` first.`
		);
	}
	buildOnce(secondBuildDir, { FOLIO_VERSION_SUFFIX: '-v2' });
	buildOnce(rebuildDir, {});
	buildOnce(hostileBuildDir, { FOLIO_ARTICLES_DIR: hostileArticlesDir });
	await buildPictureSite();
	rmSync(noScriptsDir, { recursive: true, force: true });
	cpSync(join(root, 'build'), noScriptsDir, {
		recursive: true,
		filter: (source) => !/[\\/]_app[\\/].*\.js(\.br|\.gz)?$/.test(source)
	});
	const articlesDir = join(root, '.tmp', 'synthetic-articles');
	rmSync(articlesDir, { recursive: true, force: true });
	writeSyntheticLibrary(articlesDir, largeLibrary.articles);
	buildOnce(largeLibrary.dir, {
		FOLIO_ARTICLES_DIR: articlesDir,
		FOLIO_PRECACHE_ARTICLES: String(largeLibrary.precached),
		FOLIO_SEARCH_PART_SIZE: String(largeLibrary.searchPartSize)
	});
}
