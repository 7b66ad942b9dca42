// An SVG is shown as an image (<img>), where a browser runs none of its scripts and loads none
// of its references; a reader who opens it by itself would. So an SVG that holds any is refused,
// with what was found, rather than silently changed: its author decides what it should be.

const unsafe: [RegExp, string][] = [
	[/<script\b/i, 'a <script> element'],
	[/<foreignObject\b/i, 'a <foreignObject> element (HTML inside the SVG)'],
	[/\son[a-z]+\s*=/i, 'an event handler attribute (on…=)'],
	[/<!ENTITY\b/i, 'an XML entity declaration'],
	[
		/(?:xlink:)?href\s*=\s*["']\s*(?!#)[^"']/i,
		'a link or reference to another file (href not starting with #)'
	],
	[/url\(\s*["']?\s*(?!#)[^)"'\s]/i, 'a url() reference to another file'],
	[/@import\b/i, 'a stylesheet @import'],
	[/javascript:/i, 'a javascript: address']
];

/** What makes an SVG's text unsafe to publish, or undefined when nothing does. */
export function svgProblem(text: string): string | undefined {
	if (!/<svg[\s>]/i.test(text)) return 'it has no <svg> element';
	for (const [pattern, what] of unsafe) if (pattern.test(text)) return `it contains ${what}`;
	return undefined;
}
