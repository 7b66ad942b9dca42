import { describe, expect, it } from 'vitest';
import { isKnownLanguage, parseFrontMatter } from './frontmatter';

const today = new Date('2026-11-26T12:00:00Z');
const valid = {
	title: 'A title',
	byline: 'By Someone',
	lang: 'en',
	summary: 'One sentence.',
	source: 'name: Someone'
};

function yaml(fields: Record<string, string | undefined>) {
	return Object.entries(fields)
		.filter(([, value]) => value !== undefined)
		.map(([key, value]) => (key === 'source' ? `source:\n  ${value}` : `${key}: ${value}`))
		.join('\n');
}

function errorFor(fields: Record<string, string | undefined>) {
	const result = parseFrontMatter(yaml({ ...valid, ...fields }), today);
	return 'error' in result ? result.error : undefined;
}

describe('parseFrontMatter', () => {
	it('accepts a complete front matter and trims text', () => {
		const result = parseFrontMatter(yaml({ ...valid, title: '"  Spaced  "' }), today);
		expect(result).toEqual({
			data: {
				title: 'Spaced',
				byline: 'By Someone',
				lang: 'en',
				summary: 'One sentence.',
				source: { name: 'Someone' }
			}
		});
	});

	it('accepts a past date and a source URL', () => {
		const result = parseFrontMatter(
			yaml({ ...valid, published: '2025-12-01', source: 'name: X\n  url: https://example.org/a' }),
			today
		);
		expect(result).toMatchObject({
			data: { published: '2025-12-01', source: { url: 'https://example.org/a' } }
		});
	});

	it.each([
		[{ title: undefined }, 'title is missing'],
		[{ title: '""' }, 'title is empty'],
		[{ title: '42' }, 'title must be text'],
		[{ byline: undefined }, 'byline is missing'],
		[{ lang: 'xx' }, 'lang is not a known BCP 47 language tag'],
		[{ lang: 'english' }, 'lang is not a known BCP 47 language tag'],
		[{ published: '2025-02-30' }, 'published must be a real date, YYYY-MM-DD, not in the future'],
		[{ published: '1 May 2025' }, 'published must be a real date, YYYY-MM-DD, not in the future'],
		[{ published: '2027-01-01' }, 'published must be a real date, YYYY-MM-DD, not in the future'],
		[{ summary: undefined }, 'summary is missing'],
		[{ source: 'url: javascript:alert(1)' }, 'source.name is missing'],
		[{ source: 'name: X\n  url: ftp://example.org' }, 'source.url must be an http or https URL'],
		[{ titel: 'typo' }, 'unknown field titel'],
		// Wrong types.
		[{ title: '[a, b]' }, 'title must be text'],
		[{ title: '{ a: 1 }' }, 'title must be text'],
		[{ byline: 'true' }, 'byline must be text'],
		[{ lang: '42' }, 'lang must be text'],
		[{ summary: 'null' }, 'summary must be text'],
		[{ published: '20250101' }, 'published must be a date written YYYY-MM-DD'],
		[{ source: 'name: X\n  url: 42' }, 'source.url must be an http or https URL'],
		[{ source: 'name: [X]' }, 'source.name must be text'],
		// Sizes and empties.
		[{ title: 'x'.repeat(201) }, 'title is longer than 200 characters'],
		[{ summary: 'x'.repeat(401) }, 'summary is longer than 400 characters'],
		[{ byline: '"   "' }, 'byline is empty'],
		[{ lang: '""' }, 'lang is not a known BCP 47 language tag'],
		// Unknown languages.
		[{ lang: 'en_US' }, 'lang is not a known BCP 47 language tag'],
		[{ lang: 'zz-ZZ' }, 'lang is not a known BCP 47 language tag'],
		// Invalid and future dates.
		[{ published: '2025-00-10' }, 'published must be a real date, YYYY-MM-DD, not in the future'],
		[{ published: '2023-02-29' }, 'published must be a real date, YYYY-MM-DD, not in the future'],
		[{ published: '0000-00-00' }, 'published must be a real date, YYYY-MM-DD, not in the future'],
		[
			{ published: '2025-01-01T10:00:00Z' },
			'published must be a real date, YYYY-MM-DD, not in the future'
		],
		[{ published: '2026-11-27' }, 'published must be a real date, YYYY-MM-DD, not in the future'],
		// Fields that would reach into objects' prototypes are unknown fields like any other.
		[{ ['__proto__']: 'x' }, 'unknown field __proto__'],
		[{ constructor: 'x' }, 'unknown field constructor']
	])('rejects %o with "%s"', (fields, reason) => {
		expect(errorFor(fields)).toBe(reason);
	});

	it('accepts a leap day, and today', () => {
		for (const published of ['2024-02-29', '2026-11-26'])
			expect(parseFrontMatter(yaml({ ...valid, published }), today)).toMatchObject({
				data: { published }
			});
	});

	it('rejects a source that is text, a repeated key, and an alias bomb', () => {
		expect(parseFrontMatter(yaml(valid).replace(/source:\n.*$/, 'source: X'), today)).toEqual({
			error: 'source must be a mapping'
		});
		expect(errorFor({})).toBeUndefined();
		expect(parseFrontMatter(`${yaml(valid)}\ntitle: again`, today)).toMatchObject({
			error: expect.stringMatching(/^front matter is not valid YAML: Map keys must be unique/)
		});
		const bomb =
			'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n' +
			'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
		expect(parseFrontMatter(bomb + yaml(valid), today)).toMatchObject({
			error: expect.stringMatching(/^front matter is not valid YAML: Excessive alias count/)
		});
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('rejects YAML that does not parse, and YAML that is not a mapping', () => {
		expect(parseFrontMatter('title: [unclosed', today)).toMatchObject({
			error: expect.stringMatching(/^front matter is not valid YAML: /)
		});
		expect(parseFrontMatter('- a list', today)).toEqual({
			error: 'front matter must be a YAML mapping'
		});
	});
});

describe('isKnownLanguage', () => {
	it('knows real tags and refuses invented ones', () => {
		expect(['en', 'uk', 'pt-BR', 'zh-Hant', 'ar'].every(isKnownLanguage)).toBe(true);
		expect(['xx', 'en_US!', '', 'qq-ZZ'].some(isKnownLanguage)).toBe(false);
	});
});
