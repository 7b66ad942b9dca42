/**
 * Up next as shared reactive state: the library and the player read and change the same list,
 * which is stored on every change and re-read when another tab changes it.
 */
import { readUpNext, upNextKey, writeUpNext } from './stored-up-next';
import { listenLater, listenNext, move, remove, type UpNextItem } from './up-next';

export class UpNext {
	#items = $state.raw<UpNextItem[]>(readUpNext());

	get items(): readonly UpNextItem[] {
		return this.#items;
	}
	has(slug: string): boolean {
		return this.#items.some((item) => item.slug === slug);
	}
	listenNext(item: UpNextItem): void {
		this.#set(listenNext(this.#items, item));
	}
	listenLater(item: UpNextItem): void {
		this.#set(listenLater(this.#items, item));
	}
	remove(slug: string): void {
		if (this.has(slug)) this.#set(remove(this.#items, slug));
	}
	move(from: number, to: number): void {
		this.#set(move(this.#items, from, to));
	}
	replace(items: UpNextItem[]): void {
		this.#set(items);
	}
	/** Take the first article off the list. */
	shift(): UpNextItem | undefined {
		const [first, ...rest] = this.#items;
		if (first) this.#set(rest);
		return first;
	}
	/** Another tab changed the list. */
	reload(): void {
		this.#items = readUpNext();
	}

	#set(items: UpNextItem[]): void {
		this.#items = items;
		writeUpNext(items);
	}
}

let shared: UpNext | undefined;

/** The one list of this page, kept in step with other tabs. Browser only. */
export function sharedUpNext(): UpNext {
	if (!shared) {
		const upNext = new UpNext();
		addEventListener('storage', (event) => {
			if (event.key === upNextKey || event.key === null) upNext.reload();
		});
		shared = upNext;
	}
	return shared;
}
