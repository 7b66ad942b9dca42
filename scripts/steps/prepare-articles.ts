// Checks every article before `vite build` starts, so a broken article fails the build at once,
// each file named with a one-line reason, and nothing at all is written. (Kit would fail too,
// while prerendering and before its adapter writes the output, but inside a stack trace.)
// What it parsed is kept for the build (src/lib/server/content/prepared.ts), which so parses
// each article once, not twice.
//   tsx scripts/steps/prepare-articles.ts   (reads FOLIO_ARTICLES_DIR, else content/articles)
import { articlesDir } from '../../src/lib/server/content/index.ts';
import { prepareLibrary } from '../../src/lib/server/content/prepare.ts';

try {
	const count = await prepareLibrary(articlesDir);
	console.log(`prepare-articles: ${count} articles are valid`);
} catch (error) {
	console.error(`prepare-articles: ${(error as Error).message}`);
	process.exit(1);
}
