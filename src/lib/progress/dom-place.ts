/**
 * The reading position on the page: which sentence crosses the top of the viewport, and
 * scrolling back to a stored one. The only DOM code of reading progress.
 */
import { firstBelow, offsetWithin, placeToRestore, progressAt } from './place';
import type { Place } from './reading.svelte';

/** The top of the reading area: nothing is sticky at the top, so the viewport's top. */
const topLine = 0;

/** Every sentence of the article, in reading order (the title first). */
export function sentenceElements(): HTMLElement[] {
	return [...document.querySelectorAll<HTMLElement>('article .sentence[id]')];
}

/** The sentence crossing the top of the viewport, how far down it, and the progress. */
export function placeOnScreen(sentences: HTMLElement[]): Place | undefined {
	if (sentences.length === 0) return undefined;
	const count = sentences.length;
	const found = firstBelow(count, (i) => sentences[i].getBoundingClientRect().bottom, topLine);
	const index = Math.min(found, count - 1);
	const box = sentences[index].getBoundingClientRect();
	const offset = found === count ? 1 : offsetWithin(box.top, box.height, topLine);
	return { sentenceId: sentences[index].id, offset, progress: progressAt(index, offset, count) };
}

/**
 * Scroll so that `offset` of the stored sentence is at the top; a sentence that no longer
 * exists falls back to its paragraph or an earlier one. False when that is the start.
 */
export function scrollToPlace(sentenceId: string, offset: number): boolean {
	const id = placeToRestore(sentenceId, (id) => document.getElementById(id) !== null);
	const element = id && document.getElementById(id);
	if (!element) return false;
	const box = element.getBoundingClientRect();
	const within = id === sentenceId ? offset * box.height : 0;
	window.scrollTo({ top: window.scrollY + box.top + within - topLine, behavior: 'instant' });
	return true;
}

/** The end of the article (its source line) is above the listening bar. */
export function endInView(end: Element | null): boolean {
	if (!end) return false;
	const dock = document.querySelector('.listen-dock')?.getBoundingClientRect().height ?? 0;
	return end.getBoundingClientRect().top < window.innerHeight - dock;
}
