/** Where a sentence lies in a block's plain text: `text.slice(start, end)`, trimmed. */
export interface SentenceRange {
	start: number;
	end: number;
}

/**
 * Abbreviations after which a capitalised word does not start a new sentence. Intl.Segmenter
 * (ICU without its suppression lists) splits "By U.S. Department of State" after "U.S.".
 * Initialisms such as U.S., U.K. or E.U. are caught by shape in any Latin-script language;
 * the titles below are English.
 */
const initialism = /(?:^|[\s(“"‘'])(?:\p{Lu}\.){2,}$/u;
const englishTitles = new Set([
	'Mr.',
	'Mrs.',
	'Ms.',
	'Dr.',
	'Prof.',
	'St.',
	'Sen.',
	'Rep.',
	'Gov.',
	'Gen.',
	'Lt.',
	'Col.',
	'Capt.',
	'Sgt.',
	'Jr.',
	'Sr.',
	'No.',
	'vs.'
]);

function endsWithAbbreviation(sentence: string, lang: string): boolean {
	const trimmed = sentence.trimEnd();
	if (initialism.test(trimmed)) return true;
	if (!lang.toLowerCase().startsWith('en')) return false;
	const lastWord = trimmed.slice(trimmed.lastIndexOf(' ') + 1);
	return englishTitles.has(lastWord);
}

/** A break right after an address's "?", "." or "!" with no space after it: not a sentence end. */
function insideAddress(segment: string, nextChar: string | undefined): boolean {
	return nextChar !== undefined && /\S/u.test(nextChar) && /(?:^|\s)\S*:\/\/\S*$/u.test(segment);
}

const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(lang: string): Intl.Segmenter {
	let segmenter = segmenters.get(lang);
	if (!segmenter) {
		segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
		segmenters.set(lang, segmenter);
	}
	return segmenter;
}

/** Split a block's text into sentences, trimmed of surrounding white space. */
export function splitSentences(text: string, lang: string): SentenceRange[] {
	const ranges: SentenceRange[] = [];
	let pendingStart: number | undefined;
	for (const { segment, index } of sentenceSegmenter(lang).segment(text)) {
		const start = pendingStart ?? index;
		const end = index + segment.length;
		const next = text.slice(end).trimStart();
		// Keep going when the break follows an abbreviation and the next word is capitalised,
		// or falls inside a web address ("https://x.org/a?q=1": ICU breaks after the "?").
		if (
			(next && /^\p{Lu}/u.test(next) && endsWithAbbreviation(segment, lang)) ||
			insideAddress(text.slice(start, end), text[end])
		) {
			pendingStart = start;
			continue;
		}
		pendingStart = undefined;
		pushTrimmed(ranges, text, start, end);
	}
	if (pendingStart !== undefined) pushTrimmed(ranges, text, pendingStart, text.length);
	return ranges;
}

function pushTrimmed(ranges: SentenceRange[], text: string, start: number, end: number) {
	while (start < end && /\s/u.test(text[start])) start++;
	while (end > start && /\s/u.test(text[end - 1])) end--;
	if (end > start) ranges.push({ start, end });
}
