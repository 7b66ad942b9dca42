/** Text and attribute values made safe to put in HTML: the one escaping ./html.ts and its parts use. */

const textEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const attributeEscapes: Record<string, string> = { ...textEscapes, '"': '&quot;' };

export function escapeText(text: string): string {
	return text.replace(/[&<>]/g, (char) => textEscapes[char]);
}

export function escapeAttribute(value: string): string {
	return value.replace(/[&<>"]/g, (char) => attributeEscapes[char]);
}
