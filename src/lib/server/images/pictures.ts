// The reading half of the image step (./prepare.ts): what the prerender needs to show each image,
// and which cached file each public image URL is, for the step that puts them in the site.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { imagesOf } from '$lib/article/images';
import type { Article, Picture, Pictures } from '$lib/article/types';

export const picturesName = 'pictures.json';

export interface PictureRecord {
	/** By the image's path in the library. */
	pictures: Record<string, Picture>;
	/** The site's image files (`3fa9…-800.avif`, under images/) and where each is kept. */
	files: Record<string, string>;
}

/** The record in `out`, or undefined when the image step has not run there. */
export function readPictureRecord(out: string): PictureRecord | undefined {
	try {
		return JSON.parse(readFileSync(join(out, picturesName), 'utf8')) as PictureRecord;
	} catch {
		return undefined;
	}
}

/** The pictures of one article, from `all`; an image the step did not make is left out. */
export function picturesOf(
	article: Pick<Article, 'blocks'>,
	all: Record<string, Picture>
): Pictures {
	const pictures: Pictures = {};
	for (const { src } of imagesOf(article)) if (Object.hasOwn(all, src)) pictures[src] = all[src];
	return pictures;
}
