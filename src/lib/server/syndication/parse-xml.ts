/**
 * A strict XML parser for tests: any well-formedness error throws with the parser's message,
 * instead of being recovered from as browsers and lenient parsers do.
 */
import { DOMParser, type Document } from '@xmldom/xmldom';

export function parseXmlStrictly(text: string): Document {
	const errors: string[] = [];
	const parser = new DOMParser({
		onError: (level, message) => {
			if (level !== 'warning') errors.push(message);
		}
	});
	let document: Document;
	try {
		document = parser.parseFromString(text, 'application/xml');
	} catch (error) {
		throw new Error(`not well-formed XML: ${(error as Error).message}`, { cause: error });
	}
	if (errors.length) throw new Error(`not well-formed XML: ${errors.join('; ')}`);
	return document;
}
