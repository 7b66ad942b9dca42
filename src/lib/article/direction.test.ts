import { afterEach, describe, expect, it, vi } from 'vitest';
import { textDirection } from './direction';

describe('textDirection', () => {
	afterEach(() => vi.restoreAllMocks());

	it.each([
		['ar', 'rtl'],
		['he', 'rtl'],
		['fa-IR', 'rtl'],
		['ur', 'rtl'],
		['ar-EG', 'rtl'],
		['en', 'ltr'],
		['uk', 'ltr'],
		['zh-Hant', 'ltr'],
		['not a tag', 'ltr']
	])('%s reads %s', (lang, direction) => {
		expect(textDirection(lang)).toBe(direction);
	});

	it('falls back to its own list where the engine has no text info', () => {
		const plain = Intl.Locale;
		vi.spyOn(Intl, 'Locale').mockImplementation(
			class {
				language: string;
				constructor(tag: string) {
					this.language = new plain(tag).language;
				}
			} as unknown as typeof Intl.Locale
		);
		expect(['ar', 'he', 'yi', 'dv', 'ps'].map(textDirection)).toEqual(Array(5).fill('rtl'));
		expect(['en', 'de'].map(textDirection)).toEqual(['ltr', 'ltr']);
	});
});
