/**
 * The read-aloud engine: a queue of sentences spoken one utterance each through an injected
 * synthesizer. Plain TypeScript, no DOM. Pause is a cancel and resume speaks the current
 * sentence again, because pause() is a cancel on Android and a no-op in some engines.
 */
import type { QueueItem } from './queue';
import type { Synthesizer } from './synthesizer';

export type Status = 'stopped' | 'playing' | 'paused' | 'ended' | 'error';

/** The current word, as character offsets into the current sentence's text. */
export interface WordRange {
	start: number;
	length: number;
}

export interface EngineOptions {
	lang: string;
	rate?: number;
	voiceUri?: string;
	/** Clock in ms, for the 2-second back rule. */
	now?: () => number;
	/** Something a listener shows changed (status, sentence, word, error). */
	onChange?: () => void;
	/** The listening position moved to `id`: a sentence started, or the user skipped while paused. */
	onPosition?: (id: string) => void;
	/** The last sentence ended. */
	onEnd?: () => void;
}

export const minRate = 0.5;
export const maxRate = 3;
/** "Back" within this long of a sentence's start goes one sentence further back. */
export const backThresholdMs = 2000;
/** Error codes of utterances cancelled by someone; not failures of the engine. */
const cancelCodes = new Set(['interrupted', 'canceled']);

export class SpeechEngine {
	readonly queue: QueueItem[];
	#synth: Synthesizer;
	#options: EngineOptions;
	#now: () => number;
	#index = 0;
	#status: Status = 'stopped';
	#word: WordRange | undefined;
	#error: string | undefined;
	#rate: number;
	#voiceUri: string | undefined;
	/** Bumped on every speak and cancel: events from older utterances are ignored. */
	#generation = 0;
	#inFlight = false;
	#startedAt = -Infinity;
	#stopAfterSentence = false;

	constructor(queue: QueueItem[], synth: Synthesizer, options: EngineOptions) {
		if (queue.length === 0) throw new Error('nothing to read');
		this.queue = queue;
		this.#synth = synth;
		this.#options = options;
		this.#now = options.now ?? (() => Date.now());
		this.#rate = clampRate(options.rate ?? 1);
		this.#voiceUri = options.voiceUri;
	}

	get status(): Status {
		return this.#status;
	}
	get index(): number {
		return this.#index;
	}
	get current(): QueueItem {
		return this.queue[this.#index];
	}
	get word(): WordRange | undefined {
		return this.#word;
	}
	get error(): string | undefined {
		return this.#error;
	}
	get rate(): number {
		return this.#rate;
	}
	get voiceUri(): string | undefined {
		return this.#voiceUri;
	}

	/** Speak from the current sentence (from the start after the end). */
	play(): void {
		if (this.#status === 'playing') return;
		if (this.#status === 'ended') this.#index = 0;
		this.#speakCurrent();
	}

	/** Stop speaking and stay on the current sentence; play() says it again from its start. */
	pause(): void {
		if (this.#status !== 'playing') return;
		this.#silence();
		this.#setStatus('paused');
		this.#options.onPosition?.(this.current.id);
	}

	toggle(): void {
		if (this.#status === 'playing') this.pause();
		else this.play();
	}

	/** Start speaking at sentence `id` ("read from here"). Unknown ids are ignored. */
	speakFrom(id: string): void {
		const index = this.queue.findIndex((item) => item.id === id);
		if (index < 0) return;
		this.#index = index;
		this.#speakCurrent();
	}

	/** Move to sentence `id` without speaking (a saved position). */
	seek(id: string): void {
		const index = this.queue.findIndex((item) => item.id === id);
		if (index >= 0) this.#moveTo(index);
	}

	nextSentence(): void {
		this.#moveTo(this.#index + 1);
	}

	/** Restart the current sentence, or go to the previous one within 2 s of the start. */
	previousSentence(): void {
		this.#moveTo(this.#justStarted() ? this.#index - 1 : this.#index);
	}

	nextParagraph(): void {
		const { blockId } = this.current;
		const next = this.queue.findIndex((item, i) => i > this.#index && item.blockId !== blockId);
		if (next >= 0) this.#moveTo(next);
	}

	/** Go to the start of this paragraph, or of the previous one when already there (2 s rule). */
	previousParagraph(): void {
		const start = this.#blockStart(this.#index);
		if (start < this.#index || !this.#justStarted() || start === 0) this.#moveTo(start);
		else this.#moveTo(this.#blockStart(start - 1));
	}

	/** Change speed (0.5x to 3x); a playing sentence restarts at the new speed. */
	setRate(rate: number): void {
		this.#rate = clampRate(rate);
		this.#restartIfPlaying();
	}

	/** Change voice; a playing sentence restarts in the new voice. */
	setVoice(voiceUri: string | undefined): void {
		this.#voiceUri = voiceUri;
		this.#restartIfPlaying();
	}

	/** Finish the sentence being spoken, then pause (the sleep timer). */
	stopAfterSentence(): void {
		if (this.#status === 'playing') this.#stopAfterSentence = true;
	}

	/** Stop for good (leaving the page). */
	stop(): void {
		this.#silence();
		this.#setStatus('stopped');
	}

	#justStarted(): boolean {
		return this.#status !== 'playing' || this.#now() - this.#startedAt < backThresholdMs;
	}

	#blockStart(index: number): number {
		const { blockId } = this.queue[index];
		let start = index;
		while (start > 0 && this.queue[start - 1].blockId === blockId) start--;
		return start;
	}

	#moveTo(index: number): void {
		const target = Math.min(Math.max(index, 0), this.queue.length - 1);
		if (this.#status === 'playing') {
			this.#index = target;
			this.#speakCurrent();
			return;
		}
		this.#index = target;
		this.#word = undefined;
		if (this.#status === 'ended' || this.#status === 'error') this.#status = 'paused';
		this.#options.onPosition?.(this.current.id);
		this.#options.onChange?.();
	}

	#restartIfPlaying(): void {
		if (this.#status === 'playing') this.#speakCurrent();
		else this.#options.onChange?.();
	}

	#silence(): void {
		this.#generation++;
		this.#stopAfterSentence = false;
		this.#word = undefined;
		if (this.#inFlight) this.#synth.cancel();
		this.#inFlight = false;
	}

	#setStatus(status: Status): void {
		this.#status = status;
		this.#options.onChange?.();
	}

	#speakCurrent(): void {
		this.#silence();
		const generation = this.#generation;
		const item = this.current;
		const mine = () => generation === this.#generation;
		this.#error = undefined;
		this.#startedAt = this.#now();
		this.#inFlight = true;
		this.#setStatus('playing');
		this.#synth.speak(
			{ text: item.text, lang: this.#options.lang, rate: this.#rate, voiceUri: this.#voiceUri },
			{
				start: () => {
					if (!mine()) return;
					this.#startedAt = this.#now();
					this.#options.onPosition?.(item.id);
					this.#options.onChange?.();
				},
				boundary: (charIndex, charLength) => {
					if (!mine()) return;
					this.#word = { start: charIndex, length: charLength || wordLength(item.text, charIndex) };
					this.#options.onChange?.();
				},
				end: () => {
					if (mine()) this.#finished();
				},
				error: (code) => {
					if (!mine()) return;
					this.#inFlight = false;
					this.#generation++;
					this.#word = undefined;
					if (cancelCodes.has(code)) {
						// Someone else (the system, another tab) cut us off: stop, keep the place.
						this.#setStatus('paused');
						return;
					}
					this.#error = code || 'unknown';
					this.#setStatus('error');
				}
			}
		);
	}

	#finished(): void {
		this.#inFlight = false;
		this.#word = undefined;
		if (this.#stopAfterSentence) {
			this.#stopAfterSentence = false;
			this.#generation++;
			if (this.#index < this.queue.length - 1) this.#index++;
			this.#options.onPosition?.(this.current.id);
			this.#setStatus('paused');
			return;
		}
		if (this.#index < this.queue.length - 1) {
			this.#index++;
			this.#speakCurrent();
			return;
		}
		this.#generation++;
		this.#setStatus('ended');
		this.#options.onEnd?.();
	}
}

function clampRate(rate: number): number {
	if (!Number.isFinite(rate)) return 1;
	return Math.min(maxRate, Math.max(minRate, rate));
}

/** The length of the word at `start`, for engines whose boundary events carry no length. */
function wordLength(text: string, start: number): number {
	const match = /^\S+/.exec(text.slice(start));
	return match ? match[0].length : 0;
}
