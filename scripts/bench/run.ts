// `npm run bench`: builds Folio, serves it beside the limit page, and measures it against its
// budgets: Lighthouse (median of runs), bytes, the offline pack, time to "Saved for offline",
// how soon the controls answer after the first paint on a phone profile (interactive.ts), and
// (with --scale) build time and memory for synthetic libraries. Writes
// bench-results/latest.json and exits non-zero when a budget is missed.
//   npm run bench [-- --runs 3] [-- --no-build] [-- --scale 1000,5000,20000]
//   npm run bench -- --scale-only 1000,5000,20000   (the build at scale alone, issue 17)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadArticles } from '../../src/lib/server/content/load.ts';
import { articlePath } from '../../src/lib/article/urls.ts';
import { StaticServer } from '../../tests/support/static-server.ts';
import { budgets, offlinePack, pageBytes } from './bytes.js';
import { timeToSavedForOffline } from './first-save.ts';
import { measureInteractivity, phoneProfile } from './interactive.ts';
import { writeLimitPage } from './limit-page.ts';
import { medians, runLighthouse, type LighthouseFigures } from './lighthouse.ts';
import { measureScale, scaleChecks, scaleSlopes, type ScaleFigures } from './scale.ts';

const root = join(import.meta.dirname, '..', '..');
const { values } = parseArgs({
	options: {
		runs: { type: 'string', default: '3' },
		'no-build': { type: 'boolean', default: false },
		scale: { type: 'string', default: '' },
		'scale-only': { type: 'string', default: '' }
	}
});

/** Print the scale figures, their slopes and their checks; true when every limit is met. */
function reportScale(scale: ScaleFigures[]): [string, boolean][] {
	console.table(scale.map((figures) => ({ ...figures, search: undefined })));
	console.table(scale.flatMap(({ articles, search }) => (search ? [{ articles, ...search }] : [])));
	if (scale.length >= 2) console.log('fitted per article:', scaleSlopes(scale));
	return scaleChecks(scale);
}

if (values['scale-only']) {
	const scale = await measureScale(values['scale-only'].split(',').map(Number));
	const checks = reportScale(scale);
	for (const [name, ok] of checks) console.log(`${ok ? 'ok  ' : 'MISS'} ${name}`);
	mkdirSync(join(root, 'bench-results'), { recursive: true });
	const json = JSON.stringify(
		{
			date: new Date().toISOString(),
			scale,
			slopes: scaleSlopes(scale),
			checks: Object.fromEntries(checks)
		},
		null,
		2
	);
	writeFileSync(join(root, 'bench-results', 'scale-latest.json'), json);
	console.log('written: bench-results/scale-latest.json');
	process.exit(checks.every(([, ok]) => ok) ? 0 : 1);
}
const runs = Math.max(1, Number(values.runs));

if (!values['no-build'])
	execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });

const [article] = loadArticles(join(root, 'content', 'articles'));
const firstArticlePath = articlePath(article.slug);
const limitDir = join(root, '.tmp', 'limit-page');
writeLimitPage(article, limitDir);

const folio = await StaticServer.start(join(root, 'build'));
const limit = await StaticServer.start(limitDir);
const pages = {
	home: `${folio.url}/`,
	article: folio.url + firstArticlePath,
	limit: `${limit.url}/`
};

const lighthouse: Record<string, LighthouseFigures> = {};
try {
	for (const [name, url] of Object.entries(pages)) {
		const figures: LighthouseFigures[] = [];
		for (let run = 0; run < runs; run++) figures.push(await runLighthouse(url));
		lighthouse[name] = medians(figures);
		console.log(`lighthouse ${name}: ${runs} run(s) done`);
	}
} finally {
	await limit.stop();
}

const saveTimes: number[] = [];
let interactive: Awaited<ReturnType<typeof measureInteractivity>>;
try {
	for (let run = 0; run < runs; run++) saveTimes.push(await timeToSavedForOffline(pages.article));
	interactive = await measureInteractivity(pages, runs);
} finally {
	await folio.stop();
}
saveTimes.sort((a, b) => a - b);

const bytes = {
	article: pageBytes(join(root, 'build'), firstArticlePath),
	home: pageBytes(join(root, 'build'), '/')
};
const pack = offlinePack(join(root, 'build'));
const scale = values.scale ? await measureScale(values.scale.split(',').map(Number)) : undefined;

const ratio = (key: keyof LighthouseFigures) => lighthouse.article[key] / lighthouse.limit[key];
const results = {
	date: new Date().toISOString(),
	runs,
	lighthouse,
	ratios: {
		lcp: ratio('lcp'),
		fcp: ratio('fcp'),
		speedIndex: ratio('speedIndex'),
		totalBytes: ratio('totalBytes'),
		jsBytes: lighthouse.limit.jsBytes ? ratio('jsBytes') : null
	},
	bytes,
	offlinePack: pack,
	timeToSavedForOfflineMs: { median: saveTimes[Math.floor(saveTimes.length / 2)], all: saveTimes },
	interactive: { profile: phoneProfile, controls: interactive },
	scale
};

const checks: [string, boolean][] = [];
for (const name of ['home', 'article'] as const) {
	const figures = lighthouse[name];
	for (const category of ['performance', 'accessibility', 'bestPractices', 'seo'] as const) {
		checks.push([
			`${name} ${category} = 100 (median ${figures[category]})`,
			figures[category] === 100
		]);
	}
	checks.push([`${name} CLS = 0 (median ${figures.cls.toFixed(3)})`, figures.cls < 0.0005]);
	checks.push([`${name} TBT <= 50 ms (median ${Math.round(figures.tbt)})`, figures.tbt <= 50]);
}
checks.push([
	`article LCP <= 1.15x limit (${results.ratios.lcp.toFixed(2)}x)`,
	results.ratios.lcp <= 1.15
]);
checks.push([
	`article render-critical <= 14 KB gz (${bytes.article.renderCriticalBytes} B)`,
	bytes.article.renderCriticalBytes <= budgets.renderCriticalBytes
]);
checks.push([
	`article up-front JS <= 45 KB gz (${bytes.article.upFrontJsBytes} B)`,
	bytes.article.upFrontJsBytes <= budgets.upFrontJsBytes
]);
checks.push([
	`offline pack <= 700 KB (${pack.bytes} B in ${pack.files} files)`,
	pack.bytes <= budgets.offlinePackBytes
]);

// Interactive as soon as readable (scripts/bench/interactive.ts): each control answers within
// a second of the first paint on the phone profile, and a tap right after the paint is kept.
for (const [name, figures] of Object.entries(interactive.firstTap)) {
	checks.push([
		`${name} answers <= 1000 ms after the first paint (median ${figures.median})`,
		figures.median <= 1000
	]);
	if (figures.earlyTapKept !== null)
		checks.push([`${name}: a tap right after the first paint is kept`, figures.earlyTapKept]);
}
// Then, once ready, every interaction answers within 200 ms (tap to the frame that shows it).
for (const [name, figures] of Object.entries(interactive.afterReady)) {
	checks.push([`once ready, ${name} <= 200 ms (median ${figures.median})`, figures.median <= 200]);
}

const table = (['home', 'article', 'limit'] as const).map((name) => {
	const f = lighthouse[name];
	return {
		page: name,
		perf: f.performance,
		a11y: f.accessibility,
		bp: f.bestPractices,
		seo: f.seo,
		'FCP ms': Math.round(f.fcp),
		'LCP ms': Math.round(f.lcp),
		'SI ms': Math.round(f.speedIndex),
		CLS: Number(f.cls.toFixed(3)),
		'TBT ms': Math.round(f.tbt),
		bytes: f.totalBytes,
		'JS bytes': f.jsBytes
	};
});
console.table(table);
console.log('article/limit ratios:', results.ratios);
console.log('bytes:', bytes);
console.log('offline pack:', pack);
console.log('time to "Saved for offline" (ms):', results.timeToSavedForOfflineMs);
console.log(
	'interactive (ms after first paint, phone profile):',
	JSON.stringify(interactive, null, 1)
);
if (scale) checks.push(...reportScale(scale));
for (const [name, ok] of checks) console.log(`${ok ? 'ok  ' : 'MISS'} ${name}`);

mkdirSync(join(root, 'bench-results'), { recursive: true });
const json = JSON.stringify({ ...results, checks: Object.fromEntries(checks) }, null, 2);
writeFileSync(join(root, 'bench-results', 'latest.json'), json);
writeFileSync(
	join(root, 'bench-results', `bench-${results.date.replace(/[:.]/g, '-')}.json`),
	json
);
console.log('written: bench-results/latest.json');
process.exit(checks.every(([, ok]) => ok) ? 0 : 1);
