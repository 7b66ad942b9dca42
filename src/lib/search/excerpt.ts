/**
 * Pagefind's excerpts are HTML: the article's text with `<`, `>` escaped and the query's words
 * wrapped in <mark>. Folio never renders them as HTML: they become plain text parts, marked or
 * not, that Svelte escapes again, so no text of an article or a query can become markup.
 */
export interface ExcerptPart {
	text: string;
	marked: boolean;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The text of escaped HTML: the five entities Pagefind and HTML escaping use, decoded once. */
function decode(html: string): string {
	return html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name]);
}

/** The parts of an excerpt, in order; tags other than <mark> are dropped as text-less. */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let marked = false;
	for (const piece of excerpt.split(/(<\/?mark>)/)) {
		if (piece === '<mark>') marked = true;
		else if (piece === '</mark>') marked = false;
		else {
			const text = decode(piece.replace(/<[^>]*>/g, ''));
			if (text) parts.push({ text, marked });
		}
	}
	return parts;
}
