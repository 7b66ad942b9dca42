/**
 * The reader's progress as the library sees it: the stored positions (read in the browser
 * only, after hydration), the chosen order and filter, and what follows from them.
 */
import { online } from 'svelte/reactivity/window';
import type { ArticleIndexEntry } from '$lib/article/types';
import { dropMissing, readPositions, type Positions } from '$lib/progress/positions';
import type { LibrarySort } from './entry-state';

export class LibraryProgress {
	#loaded = $state(false);
	#sort = $state<LibrarySort>('newest');
	#unreadOnly = $state(false);

	/**
	 * Undefined until loaded in the browser: the prerendered page shows no states. Then the
	 * stored positions, followed as they change (in another tab too).
	 */
	get positions(): Readonly<Positions> | undefined {
		return this.#loaded ? readPositions() : undefined;
	}
	get sort() {
		return this.#sort;
	}
	set sort(sort: LibrarySort) {
		this.#sort = sort;
	}
	get unreadOnly() {
		return this.#unreadOnly;
	}
	set unreadOnly(on: boolean) {
		this.#unreadOnly = on;
	}

	/** Read the positions; then, online, drop those of articles no longer in the library. */
	async load(): Promise<void> {
		this.#loaded = true;
		if (Object.keys(readPositions()).length === 0 || !online.current) return;
		try {
			const response = await fetch('/articles.json');
			const index: unknown = response.ok ? await response.json() : undefined;
			if (!Array.isArray(index)) return;
			dropMissing(index.map((entry: ArticleIndexEntry) => entry.slug));
		} catch {
			// Offline or an old index: keep every position until the library can be checked.
		}
	}
}
