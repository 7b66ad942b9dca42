// The images an article names, checked as it is parsed: each must be a file in the library's
// folder, in a format the build turns into variants, not too large, and described. What is
// inside the file (corrupt, too many pixels, an unsafe SVG) is checked when the build makes
// its variants (lib/server/images), which is the step that reads it.
import { statSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { ImageRef } from '$lib/article/types';

/** The formats an image may be in, by extension. GIF is refused: convert it to PNG or WebP. */
export const imageExtensions = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.svg'];

/** Larger files are refused: no picture in an article needs more, and a runaway file would. */
export const maxImageBytes = 30 * 1024 * 1024;

/**
 * The alt text that marks an image as decorative on purpose (`![decorative](media/rule.png)`):
 * it is shown with `alt=""` and screen readers pass it by. Any other image must say what it shows.
 */
export const decorativeAlt = 'decorative';

/** Checks an image path and alt text of one article; throws a one-line reason. */
export type ImageChecker = (url: string, alt: string) => ImageRef;

/** For a source with no file in a library (the importer's check): an image cannot be placed. */
export const noImages: ImageChecker = (url) => {
	throw new Error(`image ${url} needs the article's file in a library; images are not imported`);
};

/**
 * The checker for the article at `articlePath` in the library folder `libraryDir`: paths are
 * relative to the article's file, as Markdown editors preview them (`media/photo.jpg` beside
 * `content/articles/x.md`), and must stay inside the library folder.
 */
export function imageChecker(articlePath: string, libraryDir: string): ImageChecker {
	const root = resolve(libraryDir);
	return (url, alt) => {
		const named = url.trim();
		if (!named) throw new Error('an image has no path');
		if (/^https?:/i.test(named))
			throw new Error(
				`image ${named} is remote; the build has no network and the reader works offline, so save it in ${relative(process.cwd(), root) || '.'} and give its path`
			);
		if (/^[a-z][a-z0-9+.-]*:/i.test(named) || named.startsWith('//'))
			throw new Error(`image ${named} is not a file path; give a path relative to the article`);
		if (isAbsolute(named))
			throw new Error(`image ${named} is an absolute path; give a path relative to the article`);
		let decoded: string;
		try {
			decoded = decodeURIComponent(named.split(/[?#]/)[0]);
		} catch {
			throw new Error(`image ${named} is not a valid path`);
		}
		const file = resolve(dirname(resolve(articlePath)), decoded);
		const inLibrary = relative(root, file);
		if (!inLibrary || inLibrary.startsWith('..') || isAbsolute(inLibrary))
			throw new Error(
				`image ${named} is outside the library folder ${relative(process.cwd(), root) || '.'}`
			);
		const extension = extname(file).toLowerCase();
		if (!imageExtensions.includes(extension))
			throw new Error(
				`image ${named} is in an unsupported format (${extension || 'no extension'}); use JPEG, PNG, WebP, AVIF or SVG`
			);
		let size: number;
		try {
			const stats = statSync(file);
			if (!stats.isFile()) throw new Error('not a file');
			size = stats.size;
		} catch {
			throw new Error(`image ${named} does not exist`);
		}
		if (size > maxImageBytes)
			throw new Error(
				`image ${named} is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${maxImageBytes / 1024 / 1024} MB`
			);
		const described = alt.replace(/\s+/gu, ' ').trim();
		if (!described)
			throw new Error(
				`image ${named} has no alt text; say what it shows, or mark it ![${decorativeAlt}](${named}) if it only decorates`
			);
		return {
			src: inLibrary.split(sep).join('/'),
			alt: described === decorativeAlt ? '' : described
		};
	};
}
