import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

function sentences(text: string, lang = 'en') {
	return splitSentences(text, lang).map(({ start, end }) => text.slice(start, end));
}

describe('splitSentences', () => {
	it('keeps "U.S." before a capitalised word inside the sentence', () => {
		expect(sentences('By U.S. Department of State')).toEqual(['By U.S. Department of State']);
		expect(sentences('The U.K. Government agreed. Talks go on.')).toEqual([
			'The U.K. Government agreed.',
			'Talks go on.'
		]);
	});

	it('splits ordinary sentences and trims the space between them', () => {
		expect(sentences('One. Two!  Three? ')).toEqual(['One.', 'Two!', 'Three?']);
	});

	it('does not split after English titles', () => {
		expect(sentences('Mr. Witkoff met Dr. Umerov. They talked.')).toEqual([
			'Mr. Witkoff met Dr. Umerov.',
			'They talked.'
		]);
	});

	it('leaves titles to other languages alone but still catches initialisms', () => {
		expect(sentences('Die U.S. Regierung sprach. Dann ging sie.', 'de')).toEqual([
			'Die U.S. Regierung sprach.',
			'Dann ging sie.'
		]);
	});

	it('segments scripts without spaces', () => {
		expect(sentences('今日は晴れです。明日は雨です。', 'ja')).toEqual([
			'今日は晴れです。',
			'明日は雨です。'
		]);
	});

	it('does not split inside a web address, only after it', () => {
		expect(sentences('See https://x.org/a?q=1&b=2.Z here. Next one.')).toEqual([
			'See https://x.org/a?q=1&b=2.Z here.',
			'Next one.'
		]);
		expect(sentences('Is it https://x.org/? Yes.')).toEqual(['Is it https://x.org/?', 'Yes.']);
	});

	it('returns nothing for blank text', () => {
		expect(sentences('   ')).toEqual([]);
	});
});
