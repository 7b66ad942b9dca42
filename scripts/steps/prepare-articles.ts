// Checks every article before `vite build` starts, so a broken article fails the build at once,
// each file named with a one-line reason, and nothing at all is written. (Kit would fail too,
// while prerendering and before its adapter writes the output, but inside a stack trace.)
// What it parsed is kept for the build (src/lib/server/content/prepared.ts), which so parses
// each article once, not twice. Then it makes the variants of every image the articles show
// (src/lib/server/images), or finds them made by an earlier build, and checks what is inside
// each: a broken image fails the build the same way.
//   tsx scripts/steps/prepare-articles.ts   (reads FOLIO_ARTICLES_DIR, else content/articles)
import { articlesDir } from '../../src/lib/server/content/index.ts';
import { prepareLibrary } from '../../src/lib/server/content/prepare.ts';
import { preparedDir, preparedImages } from '../../src/lib/server/content/prepared.ts';
import { prepareImages } from '../../src/lib/server/images/prepare.ts';

try {
	const count = await prepareLibrary(articlesDir);
	console.log(`prepare-articles: ${count} articles are valid`);
	const began = performance.now();
	const out = preparedDir(articlesDir);
	const { images, made, cached } = await prepareImages(articlesDir, preparedImages(out), out);
	const seconds = ((performance.now() - began) / 1000).toFixed(1);
	console.log(
		`prepare-articles: ${images} images (${made} made, ${cached} from the cache) in ${seconds} s`
	);
} catch (error) {
	console.error(`prepare-articles: ${(error as Error).message}`);
	process.exit(1);
}
