/** WCAG 2 relative luminance of an sRGB colour given as [r, g, b] in 0-255. */
export function luminance([r, g, b]: readonly number[]): number {
	const linear = (channel: number) => {
		const c = channel / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** [r, g, b] of `#rrggbb`, `#rgb`, `rgb(r, g, b)` or `rgba(r, g, b, a)`; else undefined. */
export function parseColour(colour: string): number[] | undefined {
	const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(colour.trim());
	if (short) return short.slice(1).map((part) => parseInt(part + part, 16));
	const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
	if (hex) return hex.slice(1).map((part) => parseInt(part, 16));
	const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(colour.trim());
	return rgb ? rgb.slice(1).map(Number) : undefined;
}

/** The WCAG contrast ratio of two colours, from 1 to 21; NaN when either cannot be parsed. */
export function contrastRatio(foreground: string, background: string): number {
	const fg = parseColour(foreground);
	const bg = parseColour(background);
	if (!fg || !bg) return NaN;
	const [light, dark] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
	return (light + 0.05) / (dark + 0.05);
}

/** WCAG AA for body-size text. */
export const minimumContrast = 4.5;
