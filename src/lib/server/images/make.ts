// One image made into its variants, with sharp (libvips): it reads the file once, checks what
// is inside (a readable image, not too many pixels, a safe SVG), and writes every width in AVIF
// and WebP and one fallback in the image's own format into a folder. Metadata (EXIF, GPS) is not
// copied to the variants; the orientation it gives is applied first.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { svgProblem } from './svg';
import {
	encoding,
	extensionOf,
	fallbackFormat,
	fallbackWidth,
	maxMegapixels,
	variantWidths
} from './variants';

/** What the build made of one image: its shape, its colour, its widths and its files' sizes. */
export interface Made {
	width: number;
	height: number;
	/** Its dominant colour, or '' for an image with transparency (SVG included). */
	color: string;
	widths: number[];
	/** The fallback's file name in the folder: `800.jpg`, or `image.svg` for an SVG. */
	fallback: string;
	/** Every file written, with its bytes. */
	files: Record<string, number>;
}

/** A problem with what is inside an image file; its message is the build's reason. */
export class ImageProblem extends Error {}

const hex = (value: number) => value.toString(16).padStart(2, '0');

/** The problem of a file sharp could not read or decode, with sharp's first line of why. */
function unreadable(error: unknown): ImageProblem {
	const reason = String((error as Error).message).split('\n')[0];
	return new ImageProblem(`cannot be read as an image (${reason})`);
}

/** The source's format as sharp reads it, or the problem of a file it cannot read. */
async function readMetadata(file: string) {
	try {
		return await sharp(file).metadata();
	} catch (error) {
		throw unreadable(error);
	}
}

/** Make the variants of `file` into the folder `out`. */
export async function makeVariants(file: string, out: string): Promise<Made> {
	const meta = await readMetadata(file);
	const format = meta.format ?? 'unknown';
	if (!['jpeg', 'png', 'webp', 'heif', 'svg'].includes(format))
		throw new ImageProblem(`is ${format}, not JPEG, PNG, WebP, AVIF or SVG`);
	const turned = (meta.orientation ?? 1) >= 5;
	const width = (turned ? meta.height : meta.width) ?? 0;
	const height = (turned ? meta.width : meta.height) ?? 0;
	if (!width || !height) throw new ImageProblem('has no width or height');
	if (width * height > maxMegapixels * 1e6)
		throw new ImageProblem(
			`is ${width} x ${height} (${((width * height) / 1e6).toFixed(1)} megapixels); the limit is ${maxMegapixels}`
		);
	mkdirSync(out, { recursive: true });
	const files: Record<string, number> = {};

	if (format === 'svg') {
		const text = readFileSync(file, 'utf8');
		const problem = svgProblem(text);
		if (problem) throw new ImageProblem(`is an SVG that is refused: ${problem}`);
		writeFileSync(join(out, 'image.svg'), text);
		files['image.svg'] = Buffer.byteLength(text);
		return { width, height, color: '', widths: [], fallback: 'image.svg', files };
	}

	const source = sharp(file, { limitInputPixels: maxMegapixels * 1e6 }).rotate();
	const widths = variantWidths(width);
	const fallback = fallbackFormat(format, Boolean(meta.hasAlpha));
	const fallbackAt = fallbackWidth(widths);
	const jobs: Promise<void>[] = [];
	const write = (name: string, image: sharp.Sharp) =>
		jobs.push(
			image.toFile(join(out, name)).then((info) => {
				files[name] = info.size;
			})
		);
	for (const at of widths) {
		const resized = source.clone().resize({ width: at });
		write(`${at}.avif`, resized.clone().avif(encoding.avif));
		write(`${at}.webp`, resized.clone().webp(encoding.webp));
		if (at === fallbackAt)
			write(`${at}.${extensionOf(fallback)}`, resized.clone()[fallback](encoding[fallback]));
	}
	// An image that may be see-through gets no colour behind it: it would show through.
	const color = meta.hasAlpha ? '' : await dominantColor(source.clone().resize({ width: 64 }));
	try {
		await Promise.all(jobs);
	} catch (error) {
		throw unreadable(error);
	}
	return {
		width,
		height,
		color,
		widths,
		fallback: `${fallbackAt}.${extensionOf(fallback)}`,
		files
	};
}

/** The colour most of the image is, `#rrggbb`, for its place until it loads. */
async function dominantColor(image: sharp.Sharp): Promise<string> {
	const { dominant } = await image.stats();
	return `#${hex(dominant.r)}${hex(dominant.g)}${hex(dominant.b)}`;
}
