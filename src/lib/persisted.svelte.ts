/**
 * One piece of stored state and its one owner: read from storage and validated, reactive,
 * written on every change, and following other tabs. Every store of Folio's is one of these
 * (settings, positions, listening preferences, Up next; only the reading face's one-word note
 * is plain text), through the guarded storage.ts and the one `{ v, data }` envelope that each
 * format's `read` and `write` handle.
 *
 * Storage stays the truth: `current` parses again only when the stored text differs from what
 * was last parsed, so a change made by another tab (its event not here yet), or written before
 * this was created, is never shadowed by a stale copy, and the same text is parsed once.
 * Storage that cannot be read leaves the value as it was: the defaults, or what this visit set.
 */
import { onOtherTabChange, readEntry, writeText } from './storage';

/** How one key is stored: what it holds when read, and what is written for a value. */
export interface StoredFormat<T> {
	key: string;
	/** A valid value from anything parsed out of storage (undefined when missing or not JSON). */
	read(stored: unknown): T;
	/** What to store for `value`: the envelope `{ v, data }`. */
	write(value: T): unknown;
}

export class Persisted<T> {
	readonly #format: StoredFormat<T>;
	/**
	 * The stored text `#value` accounts for (undefined: nothing stored, or unreadable). A write
	 * storage refused leaves it as it was, so the value set lives on for this visit until the
	 * stored text changes.
	 */
	#text: string | undefined;
	#value: T;
	/** Bumped at every change seen, so that readers of `current` run again. */
	#changes = $state(0);
	#saved = $state(true);

	constructor(format: StoredFormat<T>) {
		this.#format = format;
		this.#text = readEntry(format.key)?.text;
		this.#value = format.read(parse(this.#text));
		onOtherTabChange(format.key, () => this.#changes++);
	}

	/** The value now: what storage holds, validated (the defaults when it holds nothing valid). */
	get current(): T {
		void this.#changes;
		const entry = readEntry(this.#format.key);
		if (entry && entry.text !== this.#text) {
			this.#text = entry.text;
			this.#value = this.#format.read(parse(entry.text));
		}
		return this.#value;
	}

	set current(value: T) {
		this.save(value);
	}

	/** False when this device refused the last write (storage disabled or full). */
	get saved(): boolean {
		return this.#saved;
	}

	/** Store `value` and show it; false when storage refused it (it is kept for this visit). */
	save(value: T): boolean {
		const text = json(this.#format.write(value));
		const saved = text !== undefined && writeText(this.#format.key, text);
		if (saved) this.#text = text;
		this.#value = value;
		this.#saved = saved;
		this.#changes++;
		return saved;
	}

	/** Change the value as storage holds it now (another tab may have written since). */
	update(change: (value: T) => T): boolean {
		return this.save(change(this.current));
	}

	/** Call `listener` with the value each time another tab changes it. Returns the stop. */
	onOtherTab(listener: (value: T) => void): () => void {
		return onOtherTabChange(this.#format.key, () => listener(this.current));
	}

	/** Forget what only this visit holds (a value storage refused): read storage anew. */
	reload(): void {
		this.#text = readEntry(this.#format.key)?.text;
		this.#value = this.#format.read(parse(this.#text));
		this.#saved = true;
		this.#changes++;
	}
}

/** The JSON text of `value`, or undefined for a value JSON cannot write (a cycle, a BigInt). */
function json(value: unknown): string | undefined {
	try {
		return JSON.stringify(value);
	} catch {
		return undefined;
	}
}

function parse(text: string | undefined): unknown {
	try {
		return text === undefined ? undefined : JSON.parse(text);
	} catch {
		return undefined;
	}
}
