import { describe, expect, it } from 'vitest';
import { maxQueryLength, readSearchParams, searchHref, searchedText } from './search-url';

describe('the search address', () => {
	it('round-trips a search', () => {
		const params = { query: 'florida talks & <b>', language: 'de', sort: 'newest' } as const;
		expect(readSearchParams(new URL(searchHref(params), 'https://x').search)).toEqual(params);
	});
	it('leaves defaults out', () => {
		expect(searchHref({ query: '', language: '', sort: 'relevance' })).toBe('/search/');
		expect(searchHref({ query: 'a', language: '', sort: 'relevance' })).toBe('/search/?q=a');
	});
	it('falls back to the defaults for anything unknown', () => {
		expect(readSearchParams('?lang=<script>&sort=oldest')).toEqual({
			query: '',
			language: '',
			sort: 'relevance'
		});
	});
});

describe('searchedText', () => {
	it('trims, and cuts a long query at whole characters', () => {
		expect(searchedText('  talks ')).toEqual({ text: 'talks', cut: false });
		const long = '📚'.repeat(10_000);
		const { text, cut } = searchedText(long);
		expect(cut).toBe(true);
		expect(Array.from(text)).toHaveLength(maxQueryLength);
		expect(text).toBe('📚'.repeat(maxQueryLength));
	});
});
