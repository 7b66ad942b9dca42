// Which files the build makes of an image, and how: plain rules, so the cache key can hold them.

/** The widths an image is made at (never above its own): a phone, a phone at 2x or a laptop, a laptop at 2x, and a large screen at 2x. */
export const ladder = [480, 800, 1200, 1600];

/** Images with more pixels are refused: 40 megapixels is a high-end camera's full frame. */
export const maxMegapixels = 40;

/** How each format is encoded; part of every variant's cache key. */
export const encoding = {
	avif: { quality: 50, effort: 4 },
	webp: { quality: 75, effort: 4 },
	jpeg: { quality: 78, mozjpeg: true },
	png: { compressionLevel: 9, effort: 7 }
} as const;

/** Bump to make every variant again (a change to how they are made that the options do not show). */
const recipe = 1;

/** What a variant depends on besides the source's bytes. */
export const optionsKey = JSON.stringify({ recipe, ladder, encoding });

/**
 * The widths to make of an image `width` pixels wide: each of the ladder's below it (by at least
 * a tenth: 1,550 px gets 480, 800, 1200 and itself, not 1,500 as well), and its own width capped
 * at the ladder's top.
 */
export function variantWidths(width: number): number[] {
	const top = Math.min(width, ladder.at(-1) as number);
	return [...ladder.filter((step) => step < top * 0.9), top];
}

/** The width of the fallback in the image's own format: the largest up to 800 px, else the smallest. */
export function fallbackWidth(widths: number[]): number {
	return widths.filter((width) => width <= 800).at(-1) ?? widths[0];
}

/** The fallback's format: the source's own, but JPEG for AVIF and HEIF (PNG when they have alpha). */
export function fallbackFormat(format: string, hasAlpha: boolean): 'jpeg' | 'png' | 'webp' {
	if (format === 'jpeg' || format === 'png' || format === 'webp') return format;
	return hasAlpha ? 'png' : 'jpeg';
}

/** A format's file extension. */
export const extensionOf = (format: 'jpeg' | 'png' | 'webp' | 'avif' | 'svg') =>
	format === 'jpeg' ? 'jpg' : format;
