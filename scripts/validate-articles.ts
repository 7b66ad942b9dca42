// Validates every article before `vite build` starts, so a broken article fails the build at
// once, each file named with a one-line reason, and nothing at all is written. (Kit would fail
// too, while prerendering and before its adapter writes the output, but inside a stack trace.)
//   tsx scripts/validate-articles.ts   (reads FOLIO_ARTICLES_DIR, else content/articles)
import { articlesDir } from '../src/lib/server/content/index.ts';
import { checkArticles } from '../src/lib/server/content/load.ts';

try {
	const count = checkArticles(articlesDir);
	console.log(`validate-articles: ${count} articles are valid`);
} catch (error) {
	console.error(`validate-articles: ${(error as Error).message}`);
	process.exit(1);
}
