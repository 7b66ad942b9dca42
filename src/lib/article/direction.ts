/** Languages written right to left, for engines without Intl.Locale text info. */
const rightToLeft = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'iw']);

interface TextInfo {
	direction?: string;
}
type LocaleWithTextInfo = Intl.Locale & { getTextInfo?: () => TextInfo; textInfo?: TextInfo };

/**
 * The writing direction of a BCP 47 language tag, for the `dir` attribute: from the engine's
 * locale data where it has any (`getTextInfo()`, formerly the `textInfo` getter, which also
 * knows scripts: "az-Arab"), else from a short list of right-to-left languages.
 */
export function textDirection(lang: string): 'ltr' | 'rtl' {
	let direction = directions.get(lang);
	if (!direction) {
		direction = directionOf(lang);
		directions.set(lang, direction);
	}
	return direction;
}

/** Each tag's direction, worked out once: every entry of the library and every result asks. */
const directions = new Map<string, 'ltr' | 'rtl'>();

function directionOf(lang: string): 'ltr' | 'rtl' {
	try {
		const locale = new Intl.Locale(lang) as LocaleWithTextInfo;
		const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
		if (direction === 'rtl' || direction === 'ltr') return direction;
		return rightToLeft.has(locale.language) ? 'rtl' : 'ltr';
	} catch {
		return 'ltr';
	}
}
