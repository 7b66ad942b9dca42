import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleStats, countWords, readingSpeed } from './stats';

/** Words as Intl.Segmenter counts them: what countWords must agree with, only faster. */
function segmenterWords(text: string, lang: string): number {
	let words = 0;
	for (const segment of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text))
		if (segment.isWordLike) words++;
	return words;
}

describe('stats', () => {
	it('counts words in spaced and unspaced scripts', () => {
		expect(countWords('Ukraine’s top negotiator, Rustem Umerov.', 'en')).toBe(5);
		expect(countWords('今日は晴れです', 'ja')).toBeGreaterThan(1);
	});

	it('counts plain text exactly as Intl.Segmenter does, whatever its mix', () => {
		const pieces = [
			...'aeiouzAZéàçñüöäßøłšžЖжїієґабвΩωάή0123456789',
			...' .,;:\'’·-–—!?"“”«»()[]/&%@#',
			'U.S.',
			'1,000.5',
			"don't",
			'high-stakes',
			'e-mail',
			'3:30',
			'a.b',
			'x,y'
		];
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom(...pieces), { maxLength: 40 }),
				fc.constantFrom('en', 'de', 'fr', 'uk', 'el'),
				(parts, lang) => {
					const text = parts.join('');
					expect(countWords(text, lang)).toBe(segmenterWords(text, lang));
				}
			),
			{ numRuns: 3000 }
		);
	});

	it('leaves other scripts, emoji and underscores to the segmenter', () => {
		for (const [text, lang] of [
			['今日は晴れです', 'ja'],
			['สวัสดีครับ ทุกคน', 'th'],
			['snake_case and window.__x', 'en'],
			['Families 👨‍👩‍👧‍👦 and keycaps 1️⃣ stay whole', 'en'],
			['مرحبا بالعالم', 'ar']
		])
			expect(countWords(text, lang)).toBe(segmenterWords(text, lang));
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
