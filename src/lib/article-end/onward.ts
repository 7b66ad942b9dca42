/**
 * Where to go from an article's end: the next article in library order that the reader has not
 * read. The page names a few candidates (so this costs nothing per page however large the
 * library); when all of them are read, the next one is still offered.
 */
import type { Positions } from '$lib/progress/positions';

/** How many following articles a page names: skips up to this many minus one read ones. */
export const onwardCandidates = 5;

export interface Onward {
	slug: string;
	title: string;
	lang: string;
}

/** The first of `candidates` not read in `positions`, else the first; none if none. */
export function nextUnread(candidates: Onward[], positions: Positions): Onward | undefined {
	const read = (slug: string) =>
		Object.hasOwn(positions, slug) && positions[slug].readAt !== undefined;
	return candidates.find(({ slug }) => !read(slug)) ?? candidates[0];
}
