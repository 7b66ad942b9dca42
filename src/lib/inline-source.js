// The source of a self-contained function, as sent inline in every page (the pre-paint script,
// the start after paint): without its comments and indentation. Safe for Folio's inline
// functions, whose strings and regular expressions hold no comment markers (their unit tests
// run the compacted text).

/** @param {Function} fn */
export function inlineSource(fn) {
	return String(fn)
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/^\s*\/\/.*$/gm, '')
		.replace(/\n\s*/g, '\n');
}
