/**
 * The read-aloud engine: a queue of sentences, one utterance each, spoken through an injected
 * synthesizer. No DOM; what a listener shows (status, sentence, word, error, speed, voice) is
 * state (runes), read reactively by the player's components.
 *
 * Where the synthesizer works through a queue by itself (Chromium, Firefox), the engine hands it
 * the next few minutes of sentences at once, so speech goes on while a locked phone holds back
 * the page's scripts; each utterance's `start` moves the position and tops the queue up. Where it
 * does not (WebKit), it hands over one sentence at a time. Pause is a cancel, and play speaks
 * the current sentence again, because pause() is a cancel on Android and a no-op elsewhere.
 */
import { handOverUntil } from './ahead';
import type { QueueItem } from './queue';
import { clampRate } from './rate';

export { maxRate, minRate } from './rate';
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
	/** The listening position moved to `id`: a sentence started, or the user skipped while paused. */
	onPosition?: (id: string) => void;
	/** The last sentence ended. */
	onEnd?: () => void;
	/** The sleep time came: stopped at the end of the sentence spoken then. */
	onSleep?: () => void;
}

/** "Back" within this long of a sentence's start goes one sentence further back. */
export const backThresholdMs = 2000;
/** Error codes of utterances cancelled by someone; not failures of the engine. */
const cancelCodes = new Set(['interrupted', 'canceled']);

export class SpeechEngine {
	readonly queue: QueueItem[];
	#synth: Synthesizer;
	#options: EngineOptions;
	#now: () => number;
	/** The sentence speaking, or where speaking starts. */
	#index = $state(0);
	/** While playing: the first sentence not yet handed to the synthesizer. */
	#next = 0;
	#status = $state<Status>('stopped');
	#word = $state.raw<WordRange>();
	#error = $state<string>();
	#rate = $state(1);
	#voiceUri = $state<string>();
	/** Bumped on every cancel: events of utterances handed over before it are ignored. */
	#generation = 0;
	/** Utterances of this generation handed over and not yet ended or failed. */
	#inFlight = 0;
	#startedAt = -Infinity;
	#stopAfterSentence = false;
	#sleepAt: number | undefined;
	#interrupted = false;

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
	/** Paused because someone else (the system, another tab) cut speech off. */
	get interrupted(): boolean {
		return this.#interrupted;
	}

	/** Speak from the current sentence (from the start after the end). */
	play(): void {
		if (this.#status === 'playing') return;
		if (this.#status === 'ended') this.#index = 0;
		this.#speakFrom(this.#index);
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
		if (index >= 0) this.#speakFrom(index);
	}

	/** Move to sentence `id` without speaking (a saved position). */
	seek(id: string): void {
		const index = this.queue.findIndex((item) => item.id === id);
		if (index >= 0) this.#moveTo(index);
	}

	/** Go to sentence `index`: speak from it when playing, or wait there. */
	moveTo(index: number): void {
		this.#moveTo(index);
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

	/**
	 * The sleep timer's time (by `now`), or undefined. Sentences that would start after it are
	 * not handed over, so speech stops near it even when no timer can run in the page; the
	 * sentence that crosses it is finished.
	 */
	sleepAt(time: number | undefined): void {
		this.#sleepAt = time;
	}

	/** Finish the sentence being spoken, then pause (the sleep timer, when it fires in time). */
	stopAfterSentence(): void {
		if (this.#status === 'playing') this.#stopAfterSentence = true;
	}

	/**
	 * The page is in view again. If speech stopped while it was away (cut off by the system, or
	 * the synthesizer went quiet without a word), speak again from the current sentence and
	 * return true.
	 */
	resumeAfterAway(): boolean {
		const cutOff = this.#status === 'paused' && this.#interrupted;
		const wentQuiet = this.#status === 'playing' && this.#inFlight > 0 && !this.#synth.busy();
		if (!cutOff && !wentQuiet) return false;
		this.#speakFrom(this.#index);
		return true;
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
			this.#speakFrom(target);
			return;
		}
		this.#index = target;
		this.#word = undefined;
		if (this.#status === 'ended' || this.#status === 'error') this.#status = 'paused';
		this.#options.onPosition?.(this.current.id);
	}

	#restartIfPlaying(): void {
		if (this.#status === 'playing') this.#speakFrom(this.#index);
	}

	/** Cancel everything handed over; nothing said before now is reported any more. */
	#silence(): void {
		this.#generation++;
		this.#stopAfterSentence = false;
		this.#word = undefined;
		if (this.#inFlight > 0) this.#synth.cancel();
		this.#inFlight = 0;
	}

	#setStatus(status: Status): void {
		this.#status = status;
	}

	#speakFrom(index: number): void {
		this.#silence();
		if (this.#sleepAt !== undefined && this.#now() >= this.#sleepAt) this.#sleepAt = undefined;
		this.#index = index;
		this.#next = index;
		this.#error = undefined;
		this.#interrupted = false;
		this.#startedAt = this.#now();
		this.#status = 'playing';
		this.#handOver();
	}

	/**
	 * Hand the synthesizer the current sentence if it does not have it, and, where it queues,
	 * the sentences after it that start within the window (ahead.ts).
	 */
	#handOver(): void {
		const until = handOverUntil({
			queue: this.queue,
			index: this.#index,
			next: this.#next,
			startedAt: this.#startedAt,
			now: this.#now(),
			rate: this.#rate,
			sleepAt: this.#sleepAt,
			queues: this.#synth.queues
		});
		while (this.#next < until) this.#speak(this.#next++);
	}

	#speak(index: number): void {
		const generation = this.#generation;
		const mine = () => generation === this.#generation;
		const item = this.queue[index];
		this.#inFlight++;
		this.#synth.speak(
			{ text: item.text, lang: this.#options.lang, rate: this.#rate, voiceUri: this.#voiceUri },
			{
				start: () => {
					if (mine()) this.#started(index);
				},
				boundary: (charIndex, charLength) => {
					if (!mine() || index !== this.#index) return;
					this.#word = { start: charIndex, length: charLength || wordLength(item.text, charIndex) };
				},
				end: () => {
					if (!mine()) return;
					this.#inFlight--;
					this.#ended(index);
				},
				error: (code) => {
					if (mine()) this.#failed(index, code);
				}
			}
		);
	}

	/** Sentence `index` started: it is the position now, whatever came late before it. */
	#started(index: number): void {
		this.#index = index;
		this.#startedAt = this.#now();
		this.#word = undefined;
		this.#options.onPosition?.(this.queue[index].id);
		this.#handOver();
	}

	#ended(index: number): void {
		if (index === this.#index) this.#word = undefined;
		const last = this.queue.length - 1;
		if (index >= last) {
			this.#silence();
			this.#index = last;
			this.#setStatus('ended');
			this.#options.onEnd?.();
			return;
		}
		// Nothing more handed over: the window ran out, or one sentence at a time.
		const ranOut = index + 1 >= this.#next;
		const sleepTime = this.#sleepAt !== undefined && this.#now() >= this.#sleepAt;
		if (this.#stopAfterSentence || (ranOut && sleepTime)) {
			this.#silence();
			this.#sleepAt = undefined;
			this.#index = index + 1;
			this.#setStatus('paused');
			this.#options.onPosition?.(this.current.id);
			this.#options.onSleep?.();
			return;
		}
		if (ranOut) {
			this.#index = index + 1;
			this.#startedAt = this.#now();
			this.#handOver();
		}
	}

	/**
	 * Sentence `index` failed. Every sentence before it has ended (events come in order), so it
	 * is the position. A cancel by someone else pauses there; anything else is an error.
	 */
	#failed(index: number, code: string): void {
		this.#inFlight--;
		this.#silence();
		this.#index = index;
		if (cancelCodes.has(code)) {
			this.#interrupted = true;
			this.#setStatus('paused');
			return;
		}
		this.#error = code || 'unknown';
		this.#setStatus('error');
	}
}

/** The length of the word at `start`, for engines whose boundary events carry no length. */
function wordLength(text: string, start: number): number {
	const match = /^\S+/.exec(text.slice(start));
	return match ? match[0].length : 0;
}
