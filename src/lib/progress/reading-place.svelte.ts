/**
 * The sentence the reader is at right now, on the open article: set by the reading tracker as
 * the page scrolls (before any debounced save), read by the Listen button so that listening
 * starts where the eyes are.
 */
class ReadingPlace {
	#sentenceId = $state<string | undefined>();

	get current(): string | undefined {
		return this.#sentenceId;
	}
	set current(id: string | undefined) {
		this.#sentenceId = id;
	}
}

export const readingPlace = new ReadingPlace();
