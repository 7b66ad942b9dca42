// A synthetic library for scale tests: N valid articles with realistic lengths (about 300 to
// 3,000 words), section headings, dates over several years and six languages. Deterministic:
// the same N gives the same files.
//   npx tsx scripts/tools/synthetic-library.ts DIR N
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const languages = {
	en: 'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her she there one all we can their has been if more when will would who so no',
	de: 'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über',
	fr: 'le de la et les des en un du une que est pour qui dans par plus pas au sur ne se sont il avec ce mais ou son comme nous elle été tout être aussi leur bien peut ces',
	es: 'de la que el en y a los se del las un por con no una su para es al lo como más pero sus le ya o este sí porque esta entre cuando muy sin sobre también',
	uk: 'і в на що не з до як це та за він але про від його я так вона ми вже чи бути був їх було коли де ще може щоб можна тому дуже цей',
	ja: '日本 東京 経済 政府 会議 発表 今年 市場 国際 社会 技術 文化 地域 大学 研究 調査 関係 問題 計画 世界'
} as const;
type Lang = keyof typeof languages;

/** A small deterministic pseudo-random generator (mulberry32). */
export function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function sentence(words: string[], next: () => number, lang: Lang): string {
	const count = 8 + Math.floor(next() * 18);
	if (lang === 'ja')
		return (
			Array.from({ length: count / 2 }, () => words[Math.floor(next() * words.length)]).join('') +
			'。'
		);
	const text = Array.from({ length: count }, () => words[Math.floor(next() * words.length)]).join(
		' '
	);
	return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/**
 * Words that occur in one article only, for search tests and the bench: a German article
 * (index 7) and a Ukrainian one (index 10), each in a sentence of its body.
 */
export const uniqueWords: Record<number, string> = {
	7: 'Zauberflötenwerkstatt',
	10: 'світлячкознавство',
	// The start of the first, in a newer article: where an index in parts holds the one and not
	// the other, Pagefind stands it in for the whole word (src/lib/search/index-parts.ts).
	250: 'Zauberflöte'
};

/** Articles are 0.4 days apart from 2020, closer in a library too large to end by 2025. */
const firstDay = Date.UTC(2020, 0, 1);
const lastDay = Date.UTC(2025, 11, 31);

/** The Markdown source of synthetic article `index` of a library of `count`. */
export function syntheticArticle(index: number, count = 0): { slug: string; markdown: string } {
	const next = random(index + 1);
	const langs = Object.keys(languages) as Lang[];
	const lang = langs[index % langs.length];
	const words = languages[lang].split(' ');
	const step = Math.min(86_400_000 * 0.4, (lastDay - firstDay) / Math.max(1, count - 1));
	const day = new Date(firstDay + index * step);
	const paragraphs = 6 + Math.floor(next() * 40);
	const body: string[] = [];
	for (let p = 0; p < paragraphs; p++) {
		if (p > 0 && p % 5 === 0) body.push(`## ${sentence(words, next, lang).slice(0, -1)}`);
		body.push(
			Array.from({ length: 2 + Math.floor(next() * 4) }, () => sentence(words, next, lang)).join(
				' '
			)
		);
	}
	if (uniqueWords[index])
		body.push(`${sentence(words, next, lang).slice(0, -1)} ${uniqueWords[index]}.`);
	const title = `Article ${index + 1}: ${sentence(words, next, lang).slice(0, 60)}`;
	const markdown = [
		'---',
		`title: ${JSON.stringify(title)}`,
		`byline: "By Synthetic Desk"`,
		`lang: ${lang}`,
		`published: ${day.toISOString().slice(0, 10)}`,
		`summary: ${JSON.stringify(sentence(words, next, lang))}`,
		'source:',
		'  name: Synthetic Desk',
		'---',
		'',
		body.join('\n\n'),
		''
	].join('\n');
	return { slug: `synthetic-${String(index + 1).padStart(5, '0')}`, markdown };
}

/** Write N synthetic articles into `dir`. */
export function writeSyntheticLibrary(dir: string, count: number): void {
	mkdirSync(dir, { recursive: true });
	for (let index = 0; index < count; index++) {
		const { slug, markdown } = syntheticArticle(index, count);
		writeFileSync(join(dir, `${slug}.md`), markdown);
	}
}

if (process.argv[1]?.endsWith('synthetic-library.ts')) {
	const [dir, count] = process.argv.slice(2);
	if (!dir || !count) {
		console.error('usage: npx tsx scripts/tools/synthetic-library.ts DIR N');
		process.exit(1);
	}
	writeSyntheticLibrary(dir, Number(count));
	console.log(`synthetic-library: wrote ${count} articles to ${dir}`);
}
