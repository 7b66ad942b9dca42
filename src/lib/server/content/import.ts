import type { Heading, Paragraph, Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';

/** What the plain text does not say, given by whoever imports it. */
export interface ImportDetails {
	title: string;
	summary: string;
	lang: string;
	/** Defaults to the byline without its leading "By ". */
	sourceName?: string;
	sourceUrl?: string;
	published?: string;
}

/** Characters that end a sentence, closing quotes and brackets included. */
const endPunctuation = new Set([...'.!?…:;"”’)»」』。！？']);

/**
 * A heading in the plain-text shape: a short line with no end punctuation, followed by more
 * text. ("From Florida to Moscow — and Back Again")
 */
function isHeading(line: string, isLast: boolean): boolean {
	const last = [...line.trimEnd()].at(-1) ?? '';
	return !isLast && [...line].length <= 100 && !endPunctuation.has(last);
}

/**
 * Convert a plain-text article into Folio Markdown: the first line is the byline, short lines
 * without end punctuation are section headings, every other line is a paragraph. Words and
 * typographic characters are kept exactly; Markdown syntax characters are escaped.
 */
export function importPlainText(text: string, details: ImportDetails): string {
	const lines = text
		.replace(/^\uFEFF/u, '')
		.split(/\r?\n/u)
		.map((line) => line.trim())
		.filter(Boolean);
	const [bylineLine, ...body] = lines;
	if (!bylineLine) throw new Error('the text is empty');
	if (body.length === 0) throw new Error('the text has a byline but no body');

	const byline = bylineLine;
	const meta: Record<string, unknown> = {
		title: details.title,
		byline,
		lang: details.lang
	};
	if (details.published) meta.published = details.published;
	meta.summary = details.summary;
	meta.source = {
		name: details.sourceName ?? byline.replace(/^By\s+/u, ''),
		...(details.sourceUrl ? { url: details.sourceUrl } : {})
	};

	const root: Root = {
		type: 'root',
		children: body.map((line, index): Heading | Paragraph =>
			isHeading(line, index === body.length - 1)
				? { type: 'heading', depth: 2, children: [{ type: 'text', value: line }] }
				: { type: 'paragraph', children: [{ type: 'text', value: line }] }
		)
	};
	return `---\n${stringify(meta, { lineWidth: 0 })}---\n\n${toMarkdown(root)}`;
}
