import { describe, expect, it } from 'vitest';
import { svgProblem } from './svg';

const svg = (inner: string, attributes = '') =>
	`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"${attributes}>${inner}</svg>`;

describe('an SVG image', () => {
	it('with shapes, gradients and links inside itself is safe', () => {
		expect(
			svgProblem(
				svg(
					'<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="10" height="10"/><use href="#g"/>'
				)
			)
		).toBeUndefined();
	});

	it.each([
		[svg('<script>alert(1)</script>'), 'a <script> element'],
		[svg('<rect/>', ' onload="alert(1)"'), 'an event handler attribute'],
		[svg('<rect ONCLICK = "x"/>'), 'an event handler attribute'],
		[svg('<foreignObject><p>x</p></foreignObject>'), 'a <foreignObject> element'],
		[svg('<image href="https://example.org/x.png"/>'), 'a link or reference to another file'],
		[svg('<use xlink:href="other.svg#a"/>'), 'a link or reference to another file'],
		[svg('<a href="javascript:alert(1)"><rect/></a>'), 'a link or reference'],
		[svg('<rect style="fill: url(https://example.org/p.svg#x)"/>'), 'a url() reference'],
		[svg('<style>@import "https://example.org/x.css";</style>'), 'a stylesheet @import'],
		['<!DOCTYPE svg [<!ENTITY x "y">]>' + svg('<rect/>'), 'an XML entity declaration'],
		['<html><body>not an svg</body></html>', 'it has no <svg> element']
	])('%s is refused: %s', (text, problem) => {
		expect(svgProblem(text)).toContain(problem);
	});
});
