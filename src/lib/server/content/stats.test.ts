import { describe, expect, it } from 'vitest';
import { articleStats, countWords, readingSpeed } from './stats';

describe('stats', () => {
	it('counts words in spaced and unspaced scripts', () => {
		expect(countWords('Ukraine’s top negotiator, Rustem Umerov.', 'en')).toBe(5);
		expect(countWords('今日は晴れです', 'ja')).toBeGreaterThan(1);
	});

	it('uses the published reading speed per language, English when unknown', () => {
		expect(readingSpeed('en-GB')).toBe(987);
		expect(readingSpeed('zh-Hant')).toBe(255);
		expect(readingSpeed('uk')).toBe(987);
	});

	it('reads at 987 characters and listens at 150 words a minute in English', () => {
		const text = 'word '.repeat(300).trim();
		const stats = articleStats([text], 'en', 1);
		expect(stats.words).toBe(300);
		expect(stats.characters).toBe(1499);
		expect(stats.readingMinutes).toBeCloseTo(1499 / 987);
		expect(stats.listeningMinutes).toBe(2);
	});
});
