import { escapeAttribute as escape, escapeText } from './escape';
import type { ImageRef, Picture } from './types';

/*
 * An image as HTML: a <picture> with AVIF and WebP sources at each width the build made, and
 * the fallback in the image's own format, always with its intrinsic width and height so the page
 * never shifts. Plain strings, like ./html.ts, escaped by ./escape.ts.
 */

/**
 * How wide an image shows, for the browser's choice among the widths: the reading column at the
 * default measure (65ch of 20 px text, less the side margins), else the screen less its margins.
 * A reader who widens the column gets the next width up, as a high-density screen does.
 */
export const pictureSizes = '(min-width: 42rem) 40rem, calc(100vw - 2.5rem)';

/**
 * How an image shows: `eager` for the lead image in the first screen (loaded at once and first;
 * the rest when they near the view), the width it shows at (`sizes`), and `inline` in a sentence.
 */
export interface PictureOptions {
	eager?: boolean;
	sizes?: string;
	inline?: boolean;
}

function srcset(picture: Picture, format: 'avif' | 'webp'): string {
	return picture.widths.map((width) => `${picture.base}-${width}.${format} ${width}w`).join(', ');
}

function loadingAttributes({ eager }: PictureOptions): string {
	return eager ? 'fetchpriority="high"' : 'loading="lazy" decoding="async"';
}

/** The <picture> of an image the build made. */
export function pictureHtml(image: ImageRef, picture: Picture, options: PictureOptions): string {
	const { sizes = pictureSizes, inline } = options;
	const img = `<img src="${escape(picture.fallback)}" alt="${escape(image.alt)}" width="${picture.width}" height="${picture.height}" ${loadingAttributes(options)}>`;
	const open = inline ? '<picture class="inline-image">' : '<picture>';
	if (picture.widths.length === 0) return `${open}${img}</picture>`;
	const source = (format: 'avif' | 'webp') =>
		`<source type="image/${format}" srcset="${srcset(picture, format)}" sizes="${sizes}">`;
	return `${open}${source('avif')}${source('webp')}${img}</picture>`;
}

/**
 * A figure's image in its frame: a box of the image's exact shape in its dominant colour (an
 * inline SVG, as the page's policy allows no style attributes), with the image over it. When the
 * image cannot load (offline, not saved) the box stays, with the alt text in it
 * (./missing-images.ts); never a broken-image icon.
 */
export function frameHtml(
	image: ImageRef,
	picture: Picture | undefined,
	options: PictureOptions
): string {
	if (!picture)
		return `<span class="frame" data-missing><span class="frame-alt">${escapeText(image.alt)}</span></span>`;
	const box = `<svg class="frame-box" viewBox="0 0 ${picture.width} ${picture.height}" width="${picture.width}" aria-hidden="true" focusable="false">${picture.color ? `<rect width="100%" height="100%" fill="${picture.color}"/>` : ''}</svg>`;
	const alt = image.alt
		? `<span class="frame-alt" aria-hidden="true">${escapeText(image.alt)}</span>`
		: '';
	return `<span class="frame">${box}${pictureHtml(image, picture, options)}${alt}</span>`;
}
