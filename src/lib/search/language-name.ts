/** English names of languages, made once: results ask for one per match. */
let names: Intl.DisplayNames | undefined;

/** A language's name in English ("German" for "de"), or the code itself when it has none. */
export function languageName(code: string): string {
	try {
		names ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
		return names.of(code) ?? code;
	} catch {
		// Not a valid language tag: show it as it is.
		return code;
	}
}
