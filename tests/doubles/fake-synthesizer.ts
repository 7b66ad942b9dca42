/**
 * A synthesizer for unit tests: records what was asked and lets the test fire the events. Like
 * a browser, it keeps the utterances it holds in order: the first is the one speaking.
 */
import type { Synthesizer, Utterance, UtteranceEvents } from '../../src/lib/speech/synthesizer';

export interface Spoken extends Utterance {
	events: UtteranceEvents;
}

export class FakeSynthesizer implements Synthesizer {
	readonly queues: boolean;
	/** Every utterance handed over, in order. */
	spoken: Spoken[] = [];
	cancels = 0;
	/** Handed over and not yet ended or failed; the first is the one speaking. */
	#held: Spoken[] = [];

	/** `queues`: whether the engine may hand over sentences ahead (see Synthesizer). */
	constructor({ queues = false }: { queues?: boolean } = {}) {
		this.queues = queues;
	}

	speak(utterance: Utterance, events: UtteranceEvents): void {
		const release = (spoken: Spoken) => (this.#held = this.#held.filter((s) => s !== spoken));
		const spoken: Spoken = {
			...utterance,
			events: {
				...events,
				end: () => {
					release(spoken);
					events.end();
				},
				error: (code) => {
					release(spoken);
					events.error(code);
				}
			}
		};
		this.spoken.push(spoken);
		this.#held.push(spoken);
	}

	/** Like Chrome: `interrupted` for the utterance speaking, `canceled` for those waiting. */
	cancel(): void {
		this.cancels++;
		const [speaking, ...waiting] = this.#held;
		speaking?.events.error('interrupted');
		for (const spoken of waiting) spoken.events.error('canceled');
	}

	busy(): boolean {
		return this.#held.length > 0;
	}

	/** The utterances held, the speaking one first. */
	get held(): readonly Spoken[] {
		return this.#held;
	}

	get last(): Spoken {
		const last = this.spoken.at(-1);
		if (!last) throw new Error('nothing spoken');
		return last;
	}

	/** The system stops speech without a word to the page (as iOS may with the screen locked). */
	dropAll(): void {
		this.#held = [];
	}

	/** Start and end the utterance speaking (the first held), as a working engine would. */
	finishCurrent(): void {
		const current = this.#held[0];
		if (!current) throw new Error('nothing held');
		current.events.start();
		current.events.end();
	}

	/** Start and end the last utterance (one at a time, it is the one speaking). */
	finishLast(): void {
		this.last.events.start();
		this.last.events.end();
	}
}
