/**
 * Going on from one article to the next in Up next: which article comes next, its listening
 * file (from the offline cache when offline), skipping those that cannot be loaded, and the
 * articles heard before, for "previous" on the lock screen. Plain TypeScript.
 */
import type { UpNextItem } from '$lib/up-next/up-next';
import { listeningFileUrl, type ListeningArticle } from './listening-file';
import { wordsPerMinute } from './queue';

/** What the continuation needs of Up next (src/lib/up-next/up-next.svelte.ts). */
export interface UpNextList {
	readonly items: readonly UpNextItem[];
	remove(slug: string): void;
	listenNext(item: UpNextItem): void;
}

export type LoadArticle = (slug: string) => Promise<ListeningArticle>;

/** An article as an Up next entry: its minutes at 1x from its words. */
export function upNextItemOf(article: ListeningArticle): UpNextItem {
	const words = article.items.reduce((sum, item) => sum + item.words, 0);
	return { slug: article.slug, title: article.title, minutes: words / wordsPerMinute };
}

/** An article's listening file, from the network or the service worker's cache. */
export async function fetchListeningArticle(slug: string): Promise<ListeningArticle> {
	// A network that hangs must not hold the player silent between two articles.
	const response = await fetch(listeningFileUrl(slug), { signal: AbortSignal.timeout(10_000) });
	if (!response.ok) throw new Error(`${slug}: the listening file answered ${response.status}`);
	const article = (await response.json()) as ListeningArticle;
	if (article?.slug !== slug || !Array.isArray(article.items) || article.items.length === 0) {
		throw new Error(`${slug}: the listening file is not one`);
	}
	return article;
}

export class Continuation {
	/** Set once Up next has loaded (its own chunk); until then there is nothing next. */
	upNext: UpNextList | undefined;
	#load: LoadArticle;
	#heard: ListeningArticle[] = [];

	constructor(upNext: UpNextList | undefined, load: LoadArticle = fetchListeningArticle) {
		this.upNext = upNext;
		this.#load = load;
	}

	get hasNext(): boolean {
		return (this.upNext?.items.length ?? 0) > 0;
	}
	get hasPrevious(): boolean {
		return this.#heard.length > 0;
	}

	/**
	 * The first article of Up next that loads, taken off the list; `from` is remembered for
	 * "previous". Those that do not load (not saved, and offline) are taken off and reported.
	 */
	async next(
		from: ListeningArticle,
		onSkip: (item: UpNextItem) => void
	): Promise<ListeningArticle | undefined> {
		for (let item = this.upNext?.items[0]; item; item = this.upNext?.items[0]) {
			this.upNext?.remove(item.slug);
			if (item.slug === from.slug) continue;
			try {
				const article = await this.#load(item.slug);
				this.#heard.push(from);
				return article;
			} catch {
				onSkip(item);
			}
		}
		return undefined;
	}

	/** The article heard before `current`; `current` goes back to the front of Up next. */
	previous(current: ListeningArticle): ListeningArticle | undefined {
		const before = this.#heard.pop();
		if (before) this.upNext?.listenNext(upNextItemOf(current));
		return before;
	}
}
