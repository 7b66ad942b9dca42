/** Text made safe for XML 1.0: markup characters escaped, characters XML cannot hold dropped. */
export function xmlText(text: string): string {
	return (
		text
			// Control characters (but tab, newline, return), lone surrogates, U+FFFE and U+FFFF.
			// eslint-disable-next-line no-control-regex -- these are exactly what XML 1.0 forbids
			.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
			.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
			.replace(/'/g, '&apos;')
	);
}
