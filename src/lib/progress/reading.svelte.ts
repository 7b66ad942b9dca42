/**
 * Reading progress through the open article: where the reader is, how far through, whether it
 * is read, and the note after a restore. Saves into the one positions store.
 */
import { untrack } from 'svelte';
import type { ArticleSummary } from '$lib/article/types';
import { getPosition, markRead, updatePosition } from './positions';

export interface Place {
	sentenceId: string;
	offset: number;
	progress: number;
}

export class Reading {
	readonly article: ArticleSummary;
	#place: Place | undefined;
	#progress = $state(0);
	#read = $state(false);
	#note = $state(false);
	/** Reaching the end marks read only after the end was out of view (so "unread" sticks). */
	#armed = true;

	readonly percent = $derived(Math.round(this.#progress * 100));
	/** Minutes left to read at the reader's pace (the article's reading time). */
	readonly minutesLeft = $derived.by(
		() => this.article.stats.readingMinutes * (this.#read ? 0 : 1 - this.#progress)
	);

	constructor(article: ArticleSummary) {
		this.article = article;
		// Read once: the page makes a Reading in a `$derived` (a new one for another article), and
		// the positions store is reactive; the saves this Reading makes must not make another.
		const saved = untrack(() => getPosition(article.slug));
		this.#read = saved?.readAt !== undefined;
		this.#progress = saved?.progress ?? 0;
	}

	get progress() {
		return this.#progress;
	}
	get read() {
		return this.#read;
	}
	/** "Continued where you left off" is showing. */
	get note() {
		return this.#note;
	}
	set note(shown: boolean) {
		this.#note = shown;
	}

	/** The reader is now at `place` (not saved yet). */
	moveTo(place: Place): void {
		this.#place = place;
		this.#progress = place.progress;
	}

	/** Store the current place; false when there is none or storage refused it. */
	save(): boolean {
		if (!this.#place) return false;
		const { slug, title, stats } = this.article;
		return updatePosition(slug, { ...this.#place, title, readingMinutes: stats.readingMinutes });
	}

	/** The end of the article is in view (or not): the first time, it is read. */
	endInView(inView: boolean): void {
		if (!inView) this.#armed = true;
		else if (this.#armed && !this.#read) this.setRead(true);
	}

	/** Mark read, or unread again (which starts over from the top). */
	setRead(read: boolean): void {
		this.save();
		markRead(this.article.slug, read);
		this.#read = read;
		this.#armed = false;
		if (read) this.#progress = 1;
	}
}
