/**
 * Mapping between the page and a reading position: which sentence crosses the top of the
 * viewport and how far down it, and where a stored sentence id lands when it no longer exists.
 * Plain functions over numbers and ids, so they can be tested without a browser.
 */

/**
 * The index of the first box whose bottom is below `line`, by binary search over boxes in
 * reading order (their bottoms never go up). `count` when every box is above the line.
 */
export function firstBelow(count: number, bottomOf: (index: number) => number, line: number) {
	let low = 0;
	let high = count;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (bottomOf(middle) > line) high = middle;
		else low = middle + 1;
	}
	return low;
}

/** How far down a box (top, height) `line` is, as a fraction 0-1 of its height. */
export function offsetWithin(top: number, height: number, line: number): number {
	if (height <= 0) return 0;
	return Math.min(1, Math.max(0, (line - top) / height));
}

/** How far through `count` sentences the reader is at sentence `index`, `offset` down it. */
export function progressAt(index: number, offset: number, count: number): number {
	if (count <= 1) return 0;
	return Math.min(1, Math.max(0, (index + offset) / (count - 1)));
}

const idPattern = /^b(\d+)-\d+$/;

/**
 * The element id to return to for a stored sentence id: the sentence itself, else its
 * paragraph (`b3`), else the closest earlier paragraph that exists; undefined means the start.
 */
export function placeToRestore(id: string, exists: (id: string) => boolean): string | undefined {
	if (exists(id)) return id;
	const block = idPattern.exec(id);
	if (!block) return undefined;
	for (let n = Number(block[1]); n > 0; n--) {
		if (exists(`b${n}`)) return `b${n}`;
	}
	return undefined;
}

/**
 * Whether the reader is somewhere other than `stored` (no stored place is the start, the top
 * of the title): a place measured when tracking begins, after scrolling that happened before the
 * app started, is worth saving only then. Offsets within a hundredth of a sentence are the same.
 */
export function movedFrom(
	place: { sentenceId: string; offset: number },
	stored: { sentenceId: string; offset: number } | undefined,
	startId: string
): boolean {
	const from = stored ?? { sentenceId: startId, offset: 0 };
	return place.sentenceId !== from.sentenceId || Math.abs(place.offset - from.offset) > 0.01;
}
