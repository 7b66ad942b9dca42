/**
 * Up next as shared reactive state: the library and the player read and change the same list,
 * which is stored on every change and re-read when another tab changes it.
 */
import { Persisted } from '$lib/persisted.svelte';
import { upNextFormat } from './stored-up-next';
import { listenLater, listenNext, move, remove, type UpNextItem } from './up-next';

export class UpNext {
	#stored = new Persisted(upNextFormat);

	get items(): readonly UpNextItem[] {
		return this.#stored.current;
	}
	has(slug: string): boolean {
		return this.items.some((item) => item.slug === slug);
	}
	listenNext(item: UpNextItem): void {
		this.#set(listenNext(this.items, item));
	}
	listenLater(item: UpNextItem): void {
		this.#set(listenLater(this.items, item));
	}
	remove(slug: string): void {
		if (this.has(slug)) this.#set(remove(this.items, slug));
	}
	move(from: number, to: number): void {
		this.#set(move(this.items, from, to));
	}
	replace(items: UpNextItem[]): void {
		this.#set(items);
	}
	/** Take the first article off the list. */
	shift(): UpNextItem | undefined {
		const [first, ...rest] = this.items;
		if (first) this.#set(rest);
		return first;
	}
	#set(items: UpNextItem[]): void {
		this.#stored.save(items);
	}
}

let shared: UpNext | undefined;

/** The one list of this page, kept in step with other tabs. Browser only. */
export function sharedUpNext(): UpNext {
	return (shared ??= new UpNext());
}
