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
		[{ titel: 'typo' }, 'unknown field titel']
	])('rejects %o with "%s"', (fields, reason) => {
		expect(errorFor(fields)).toBe(reason);
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
