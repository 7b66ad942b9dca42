/** A short note on what Folio did by itself (picked speech up again, skipped an article). */

/** How long a note stays. */
const noticeMs = 8000;

export class Notice {
	#text = $state<string>();
	#timer: ReturnType<typeof setTimeout> | undefined;

	/** The note shown now, or undefined. */
	get text(): string | undefined {
		return this.#text;
	}

	say(text: string): void {
		this.#text = text;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => (this.#text = undefined), noticeMs);
	}

	clear(): void {
		clearTimeout(this.#timer);
		this.#text = undefined;
	}
}
