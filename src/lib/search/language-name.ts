/** A language's name in English ("German" for "de"), or the code itself when it has none. */
export function languageName(code: string): string {
	try {
		return new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(code) ?? code;
	} catch {
		// Not a valid language tag: show it as it is.
		return code;
	}
}
