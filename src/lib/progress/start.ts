/**
 * Reading progress on an article, loaded after the page is interactive (its own chunk, off the
 * up-front budget): the tracker, the progress bar and note (fixed, over the page), and the
 * Share and read controls in the space the article reserves for them.
 */
import { mount, unmount } from 'svelte';
import type { ArticleSummary } from '$lib/article/types';
import ArticleEndTools from './ArticleEndTools.svelte';
import ContinuedNote from './ContinuedNote.svelte';
import ProgressBar from './ProgressBar.svelte';
import ReadingTracker from './ReadingTracker.svelte';
import { Reading } from './reading.svelte';

/** Start tracking `article`; returns the function that stops (and saves). */
export function startReading(article: ArticleSummary, endSlot: HTMLElement): () => void {
	const reading = new Reading(article);
	const props = { reading };
	// Inside the main landmark (fixed on screen all the same), so every piece of content has one.
	const main = document.querySelector('main') ?? document.body;
	const parts = [
		mount(ReadingTracker, { target: main, props }),
		mount(ProgressBar, { target: main, props }),
		mount(ContinuedNote, { target: main, props }),
		mount(ArticleEndTools, { target: endSlot, props })
	];
	return () => parts.forEach((part) => unmount(part));
}
