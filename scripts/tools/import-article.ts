// Turns a plain-text article (first line the byline, short unpunctuated lines as headings) into
// content/articles/<slug>.md, validated exactly as the build will validate it.
//   npm run import -- FILE.txt --title "..." --summary "..." [--lang en] [--slug s] [--force]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { importPlainText } from '../../src/lib/server/content/import.ts';
import { prepareArticleSource } from '../../src/lib/server/content/load.ts';

const usage =
	'usage: npm run import -- FILE.txt --title "Headline" --summary "One sentence." ' +
	'[--lang en] [--source "Name"] [--url https://...] [--published YYYY-MM-DD] [--slug name] [--force]';

function fail(message: string): never {
	console.error(`import: ${message}`);
	process.exit(1);
}

let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: {
			title: { type: 'string' },
			summary: { type: 'string' },
			lang: { type: 'string', default: 'en' },
			source: { type: 'string' },
			url: { type: 'string' },
			published: { type: 'string' },
			slug: { type: 'string' },
			force: { type: 'boolean', default: false }
		}
	});
} catch (error) {
	fail(`${(error as Error).message}\n${usage}`);
}
const { values, positionals } = parsed;
const [input] = positionals;
if (!input || positionals.length > 1) fail(usage);
if (!values.title || !values.summary) fail(`--title and --summary are required\n${usage}`);
if (!existsSync(input)) fail(`${input} does not exist`);

const slug = values.slug ?? basename(input).replace(/\.[^.]+$/u, '');
const target = join('content', 'articles', `${slug}.md`);
if (existsSync(target) && !values.force)
	fail(`${target} already exists; add --force to replace it`);

let markdown: string;
try {
	markdown = importPlainText(readFileSync(input, 'utf8'), {
		title: values.title,
		summary: values.summary,
		lang: values.lang,
		sourceName: values.source,
		sourceUrl: values.url,
		published: values.published
	});
	const article = prepareArticleSource(markdown, slug, target);
	writeFileSync(target, markdown);
	console.log(
		`import: wrote ${relative(process.cwd(), target)}: ${article.blocks.length} blocks, ` +
			`${article.stats.sentences} sentences, ${article.stats.words} words`
	);
} catch (error) {
	fail(`${input}: ${(error as Error).message}`);
}
