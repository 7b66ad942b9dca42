import { parse } from 'yaml';
import { z } from 'zod';

const displayNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** A well-formed BCP 47 tag whose language ICU knows ("en", "uk", "pt-BR"), not "xx" or "english". */
export function isKnownLanguage(tag: string): boolean {
	try {
		const [canonical] = Intl.getCanonicalLocales(tag);
		return displayNames.of(new Intl.Locale(canonical).language) !== undefined;
	} catch {
		return false;
	}
}

/** A real calendar date in ISO form (YYYY-MM-DD), not after `today`. */
function isPastIsoDate(value: string, today: Date): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && date <= today;
}

const text = (max: number) =>
	z
		.string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text') })
		.trim()
		.min(1, 'is empty')
		.max(max, `is longer than ${max} characters`);

let cachedSchema: { day: string; schema: ReturnType<typeof buildSchema> } | undefined;

/** The schema for `today`; building a zod schema is costly, so one is kept per day. */
function frontMatterSchema(today: Date) {
	const day = today.toISOString().slice(0, 10);
	if (cachedSchema?.day !== day) cachedSchema = { day, schema: buildSchema(today) };
	return cachedSchema.schema;
}

function buildSchema(today: Date) {
	return z.strictObject(
		{
			title: text(200),
			byline: text(200),
			lang: z
				.string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text') })
				.refine(isKnownLanguage, 'is not a known BCP 47 language tag'),
			published: z
				.string({ error: 'must be a date written YYYY-MM-DD' })
				.refine(
					(value) => isPastIsoDate(value, today),
					'must be a real date, YYYY-MM-DD, not in the future'
				)
				.optional(),
			summary: text(400),
			source: z.strictObject(
				{
					name: text(200),
					url: z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }).optional()
				},
				{ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a mapping') }
			),
			// The lead image, shown above the text; its path is checked with the body's images.
			image: z
				.strictObject(
					{
						src: text(1000),
						alt: text(1000),
						caption: text(1000).optional(),
						credit: text(200).optional()
					},
					{ error: 'must be a mapping with src and alt (and caption, credit)' }
				)
				.optional()
		},
		{ error: 'must be a YAML mapping' }
	);
}

export type FrontMatter = z.infer<ReturnType<typeof buildSchema>>;

/**
 * Parse and validate an article's YAML front matter. Returns the data, or a one-line reason
 * naming the first field at fault ("lang is not a known BCP 47 language tag").
 */
export function parseFrontMatter(
	yamlText: string,
	today = new Date()
): { data: FrontMatter } | { error: string } {
	let raw: unknown;
	try {
		raw = parse(yamlText);
	} catch (error) {
		const firstLine = String((error as Error).message).split('\n')[0];
		return { error: `front matter is not valid YAML: ${firstLine}` };
	}
	const result = frontMatterSchema(today).safeParse(raw);
	if (result.success) return { data: result.data };
	const issue = result.error.issues[0];
	if (issue.code === 'unrecognized_keys')
		return { error: `unknown field ${issue.keys.join(', ')}` };
	const field = issue.path.join('.');
	return { error: field ? `${field} ${issue.message}` : `front matter ${issue.message}` };
}
