/**
 * The seam between the engine and a speech synthesizer: the browser's speechSynthesis in the
 * page (browser-synthesizer.ts), a fake in unit tests. Plain data in, callbacks out.
 */

/** One sentence to speak. `voiceUri` undefined means the engine's default voice. */
export interface Utterance {
	text: string;
	lang: string;
	rate: number;
	voiceUri?: string;
}

/** What a synthesizer reports about one utterance. `error` gets the event's error code. */
export interface UtteranceEvents {
	start(): void;
	end(): void;
	/** A word boundary; `charLength` is 0 when the engine does not say. */
	boundary(charIndex: number, charLength: number): void;
	error(code: string): void;
}

export interface Synthesizer {
	/**
	 * Whether utterances handed over while one is speaking are spoken in turn by the speech
	 * service itself, with no page script between them. False: hand over one at a time.
	 */
	readonly queues: boolean;
	/** Add an utterance to the end of what is being spoken. */
	speak(utterance: Utterance, events: UtteranceEvents): void;
	/** Stop everything; events of cancelled utterances may still arrive and must be ignored. */
	cancel(): void;
	/** Speaking, holding utterances to speak, or holding events not yet reported. */
	busy(): boolean;
}
